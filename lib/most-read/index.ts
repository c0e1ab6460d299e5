import type { ArticleSummary, ContentStore } from '../content';
import { HOUR_MS, viewCounter, type ViewCounter } from './counters';
import type { Locale } from '../locale';
import { ViewGate } from './gate';
import { singleton } from '../singletons';
import { config } from '../config';

/** The list is worked out again at most this often per edition (pages are cached longer anyway). */
const LIST_TTL_MS = 10_000;
export const MOST_READ_COUNT = 10;
/** Fewer articles than this read in 24 hours: the list covers 7 days. */
const THIN = 5;

interface MostRead {
  counter: Promise<ViewCounter>;
  gate: ViewGate;
  lists: Map<Locale, { at: number; list: Promise<ArticleSummary[]> }>;
}

/** This process's counter and gate (one per process, shared by every route bundle). */
function mostRead(): MostRead {
  return singleton<MostRead>('most-read', () => ({ counter: viewCounter(), gate: new ViewGate(config.trustedProxies), lists: new Map() }));
}

/** A beacon request for an article: counted when it is a reader's view of a published article. */
export async function countView(content: ContentStore, articleId: number, headers: Headers, at = new Date()): Promise<boolean> {
  const state = mostRead();
  if (!(await content.getArticle(articleId))) return false;
  if (!state.gate.counts({ articleId, headers, at })) return false;
  (await state.counter).add(articleId, at);
  return true;
}

/**
 * "Đọc nhiều": the edition's ten most read articles of the last 24 hours, or
 * of the last 7 days when fewer than five were read. Only published articles:
 * each id is looked up in the store, so an unpublished one drops out.
 */
export function mostReadList(content: ContentStore, locale: Locale, now = Date.now()): Promise<ArticleSummary[]> {
  const state = mostRead();
  const cached = state.lists.get(locale);
  if (cached && now - cached.at < LIST_TTL_MS) return cached.list;
  const list = (async () => {
    const counter = await state.counter;
    const pick = async (hours: number) => {
      const top = await counter.top(new Date(now - hours * HOUR_MS), MOST_READ_COUNT * 5);
      const articles = await Promise.all(top.map((t) => content.getArticle(t.id)));
      return articles.filter((a): a is NonNullable<typeof a> => a !== undefined && a.locale === locale).slice(0, MOST_READ_COUNT);
    };
    const day = await pick(24);
    return day.length >= THIN ? day : pick(24 * 7);
  })();
  state.lists.set(locale, { at: now, list });
  list.catch(() => state.lists.delete(locale));
  return list;
}
