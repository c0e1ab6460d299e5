import { onContentChange, type ContentChange } from '../content';
import { expireTags } from './expire';
import { tagsOf } from './tags';

/**
 * Registered once at server start (instrumentation.ts): every content change this process hears
 * of (a reload of the in-memory store, a sync's NOTIFY on PostgreSQL) expires the cached pages
 * that show it. Freshness is decided here and only here; the content layer only reports.
 */
export function expireOnContentChange(): () => void {
  return onContentChange(async (change: ContentChange) => {
    const tags = tagsOf(change);
    if (tags.length === 0) return;
    try {
      await expireTags(tags);
      console.log(`[content] ${change.everything ? 'everything' : `${change.articles.length} article(s)`} changed; expired ${tags.length} cache tag(s)`);
    } catch (error) {
      // The pages still refresh within their TTL; say why they did not at once.
      console.error(`[content] could not expire the cached pages that changed: ${(error as Error).message}`);
    }
  });
}
