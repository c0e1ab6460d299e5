import { article, articlePath, type RawArticle, type RawUpdate } from './content';

/**
 * The sample live articles (issue 24) as the tests' oracle, read from their records in data/ (not
 * through the app): 1080, live, 45 updates; 1081, English, ended. Updates newest first, as pages
 * show them (same time: the later in the file first), 20 a page.
 */
export const LIVE_PAGE_SIZE = 20;

export interface LiveSample {
  id: number;
  path: string;
  title: string;
  status: 'live' | 'ended';
  /** Newest first. */
  updates: RawUpdate[];
  /** The page an update is on: how many are newer, over 20. */
  pageOf(updateId: string): number;
  /** `/{slug}-{id}.html?page=N` (page 1 without ?page). */
  pagePath(page: number): string;
}

export function liveSample(raw: RawArticle): LiveSample {
  if (!raw.live) throw new Error(`article ${raw.id} is not a live article`);
  const updates = raw.live.updates
    .map((update, order) => ({ update, order, time: Date.parse(update.at) }))
    .sort((a, b) => b.time - a.time || b.order - a.order)
    .map((entry) => entry.update);
  const path = articlePath(raw);
  return {
    id: raw.id,
    path,
    title: raw.title,
    status: raw.live.status,
    updates,
    pageOf(updateId) {
      const index = updates.findIndex((u) => u.id === updateId);
      if (index < 0) throw new Error(`article ${raw.id} has no update ${updateId}`);
      return Math.floor(index / LIVE_PAGE_SIZE) + 1;
    },
    pagePath: (page) => (page > 1 ? `${path}?page=${page}` : path),
  };
}

export const LIVE = liveSample(article(1080));
export const ENDED_LIVE = liveSample(article(1081));
