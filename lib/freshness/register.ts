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
      console.log(`[content] ${describe(change)} changed; expired ${tags.length} cache tag(s)`);
    } catch (error) {
      // The pages still refresh within their TTL; say why they did not at once.
      console.error(`[content] could not expire the cached pages that changed: ${(error as Error).message}`);
    }
  });
}

/** "2 article(s), the front page (vi), the banner (vi, en)" */
function describe(change: ContentChange): string {
  if (change.everything) return 'everything';
  const parts = [
    change.articles.length > 0 ? `${change.articles.length} article(s)` : '',
    change.frontPages.length > 0 ? `the front page (${change.frontPages.join(', ')})` : '',
    change.breaking.length > 0 ? `the banner (${change.breaking.join(', ')})` : '',
  ];
  return parts.filter(Boolean).join(', ');
}
