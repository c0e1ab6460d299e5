import type { Article, LiveStatus, LiveUpdate } from '../content';
import { vietnamTime } from '../hanoi-time';
import type { Ui } from '../i18n/ui';
import { absoluteUrl, articlePath, liveCheckPath, updateAnchor, updateShortPath } from '../urls';
import { pageLinks, type PageLinks } from './pagination';

/**
 * A live article's pages ("Trực tiếp", decision 025): its updates newest first, LIVE_PAGE_SIZE a
 * page, `?page=N` as the listings. An update's page is a function of how many updates are newer
 * than it, so it moves to a later page as updates come: its share link (/a/{id}/{update}) is
 * answered with the page that holds it now (find.ts).
 */
export const LIVE_PAGE_SIZE = 20;
/** The key-events list shows the newest this many key updates. */
export const MAX_KEY_EVENTS = 7;

export function livePageCount(article: Pick<Article, 'updates'>): number {
  return Math.max(1, Math.ceil((article.updates?.length ?? 0) / LIVE_PAGE_SIZE));
}

/** The page that holds an update now, or undefined when the article has no such update. */
export function pageOfUpdate(article: Pick<Article, 'updates'>, updateId: string): number | undefined {
  const index = article.updates?.findIndex((u) => u.id === updateId) ?? -1;
  return index < 0 ? undefined : Math.floor(index / LIVE_PAGE_SIZE) + 1;
}

/** Where an update is read: its page (page 1 without ?page, as listings write it) and its anchor. */
export function updatePath(article: Article, page: number, updateId: string): string {
  return `${articlePath(article, page)}#${updateAnchor(updateId)}`;
}

/** One update as a page shows it. */
export interface LiveUpdateView {
  update: LiveUpdate;
  /** The element id: `cap-nhat-{id}`. */
  anchor: string;
  /** hh:mm, with the date when it is not the day the page is drawn (Hà Nội time). */
  time: string;
  /** The share link (/a/{articleId}/{updateId}), a site path. */
  sharePath: string;
  /** Its absolute share URL (the copy-link button's and the JSON-LD's). */
  shareUrl: string;
  /** The pinned update's first lines, shown while it is folded. */
  lead?: string;
}

export interface KeyEvent {
  id: string;
  label: string;
  /** ISO 8601, and as shown. */
  at: string;
  time: string;
  /** Its anchor on this page (`#cap-nhat-…`), or its page and anchor. */
  path: string;
}

/** What a live article's page shows beyond the article (the page model's ArticleBody.live). */
export interface LivePage {
  status: LiveStatus;
  /** The updates of this page, newest first. */
  updates: LiveUpdateView[];
  /** Page 1 only: the pinned update, drawn first and folded. */
  pinned?: LiveUpdateView;
  keyEvents: KeyEvent[];
  pages: PageLinks;
  /** Page 1 while live: where "Xem cập nhật mới" leads. */
  refreshPath?: string;
  /** Desktop page 1 while live: the URL the script asks for newer updates, and the button's text in both plural forms ("{n}"). */
  check?: { path: string; one: string; other: string };
}

/** The text of an update's first paragraph. */
function firstText(update: LiveUpdate): string {
  const paragraph = update.body.find((b) => b.type === 'paragraph');
  return paragraph ? paragraph.content.map((run) => run.text).join('') : '';
}

/** The text a key event is listed by: its title, or the start of its first paragraph. */
function labelOf(update: LiveUpdate): string {
  if (update.title) return update.title;
  const text = firstText(update);
  return text.length > 90 ? `${text.slice(0, 88).trimEnd()}…` : text || update.id;
}

/** "YYYY-MM-DD" of an instant in Hà Nội. */
const hanoiDay = (instant: string | number) => vietnamTime(new Date(instant)).slice(0, 10);

export function updateView(article: Article, update: LiveUpdate, ui: Ui, today: string): LiveUpdateView {
  const sharePath = updateShortPath(article.id, update.id);
  return {
    update,
    anchor: updateAnchor(update.id),
    time: hanoiDay(update.at) === today ? ui.clock(update.at) : ui.timeDate(update.at),
    sharePath,
    shareUrl: absoluteUrl(sharePath),
  };
}

/**
 * Page `page` of a live article (page numbers past the last are refused before: find.ts). `now`
 * decides which updates are "today" (their date is left out).
 */
export function livePage(article: Article, page: number, ui: Ui, options: { mobile: boolean; now: number }): LivePage {
  const updates = article.updates ?? [];
  const status = article.live?.status ?? 'ended';
  const today = hanoiDay(options.now);
  const view = (u: LiveUpdate) => updateView(article, u, ui, today);
  const onPage = updates.slice((page - 1) * LIVE_PAGE_SIZE, page * LIVE_PAGE_SIZE);
  const here = new Set(onPage.map((u) => u.id));
  const pinned = page === 1 ? updates.find((u) => u.pinned) : undefined;
  const keyEvents = updates
    .filter((u) => u.key)
    .slice(0, MAX_KEY_EVENTS)
    .map((u) => ({
      id: u.id,
      label: labelOf(u),
      at: u.at,
      time: view(u).time,
      path: here.has(u.id) ? `#${updateAnchor(u.id)}` : updatePath(article, pageOfUpdate(article, u.id) ?? 1, u.id),
    }));
  const plural = (count: number) => ui.t('Live.newUpdates', { count }).replace(ui.number(count), '{n}');
  const live = status === 'live' && page === 1;
  return {
    status,
    updates: onPage.map(view),
    ...(pinned && { pinned: { ...view(pinned), lead: firstText(pinned) } }),
    keyEvents,
    pages: pageLinks({ page, pageCount: livePageCount(article), items: [], total: updates.length }, (p) => articlePath(article, p)),
    ...(status === 'live' && { refreshPath: articlePath(article) }),
    ...(live && !options.mobile && { check: { path: liveCheckPath(article.id, updates[0]?.id), one: plural(1), other: plural(2) } }),
  };
}

/**
 * What the live check answers (app/live/{id}/{since}): the coverage's status, its newest update,
 * and the updates newer than `since` (a page's newest, `-` for none) to insert, newest first. When
 * `since` is gone (an update removed) or more than a page came, `updates` is absent: the reader's
 * page is too old to patch, and the script offers to reload page 1.
 */
export interface LiveCheck {
  status: LiveStatus;
  newest?: string;
  count: number;
  updates?: LiveUpdateView[];
}

export function liveCheck(article: Article, since: string, ui: Ui, now: number): LiveCheck {
  const updates = article.updates ?? [];
  const status = article.live?.status ?? 'ended';
  const index = since === '-' ? updates.length : updates.findIndex((u) => u.id === since);
  const newer = index < 0 ? undefined : updates.slice(0, index);
  const today = hanoiDay(now);
  const base = { status, ...(updates[0] && { newest: updates[0].id }) };
  if (!newer) return { ...base, count: updates.length };
  if (newer.length > LIVE_PAGE_SIZE) return { ...base, count: newer.length };
  return { ...base, count: newer.length, updates: newer.map((u) => updateView(article, u, ui, today)) };
}
