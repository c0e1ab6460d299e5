import { onContentChange, type ContentChange } from '../content';
import { expireTags } from './expire';
import { SITE_TAG, tagsOf } from './tags';

/**
 * A render that read the content before it changed and finishes after the expiry caches what it
 * read, with a time after the expiry: that page would stay stale for its TTL. Under load (renders
 * take a second or more; a scheduled article appears exactly while the pages that will list it are
 * being read) this was seen in e2e. So the same tags expire again once such renders are done:
 * targeted tags, each costing one more render of the pages that carry them (for a banner drawn
 * into the page, every page of its edition: decision 023). `site` is not expired again (every
 * page would render a second time).
 */
const AGAIN_AFTER_MS = [3_000];

/**
 * Registered once at server start (instrumentation.ts): every content change this process hears
 * of (a reload of the in-memory store, a sync's NOTIFY on PostgreSQL, a scheduled time) expires the
 * cached pages that show it. Freshness is decided here and only here; the content layer only reports.
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
    if (tags.includes(SITE_TAG)) return;
    for (const delay of AGAIN_AFTER_MS) {
      setTimeout(() => void expireTags(tags).catch((error: Error) => console.error(`[content] could not expire the changed pages again: ${error.message}`)), delay).unref();
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
