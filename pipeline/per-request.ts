import { PER_REQUEST_MARKER } from '@/components/document/PerRequestSlot';
import { bannerHtml } from '@/components/layout/banner-html';
import { currentBanner, type Banner } from '@/lib/breaking/banner';
import { getContent } from '@/lib/content';
import { getUi } from '@/lib/i18n/ui';
import type { Route } from '@/lib/routing/route';

/** What the per-request parts of a page may depend on. */
export interface PerRequestContext {
  route: Route;
}

/**
 * The parts of a page made for each request, after the cache: HTML for the per-request slot
 * (components/document/PerRequestSlot.tsx, below the masthead of both frames). A part read here
 * reaches every cached page at once, without rendering any page again nor expiring any. It runs
 * on every answer, cache hits included, so it must be cheap and must not fail the page.
 *
 * Today: the edition's breaking-news banner (breaking.json, decision 023), read from the store's
 * memory (no query: the PostgreSQL store holds it with the taxonomy, refreshed on NOTIFY), shown
 * until its `until` passes, which this check makes exact to the request.
 */
export async function perRequestParts({ route }: PerRequestContext): Promise<string> {
  try {
    const banner = currentBanner(await getContent(), route.locale);
    return banner ? drawnBanner(banner, route) : '';
  } catch (error) {
    // A page without its banner beats no page.
    console.error(`[per-request] the breaking-news banner was left out: ${(error as Error).message}`);
    return '';
  }
}

/** A cached page with its per-request parts in the slot (or the slot removed). */
export async function fillPerRequest(html: string, context: PerRequestContext): Promise<string> {
  const at = html.indexOf(PER_REQUEST_MARKER);
  if (at === -1) return html;
  const parts = await perRequestParts(context);
  return html.slice(0, at) + parts + html.slice(at + PER_REQUEST_MARKER.length);
}

/** The last banners drawn, by edition and frame: a banner is drawn once, not once per answer. */
const drawn = new Map<string, { banner: Banner; html: string }>();

function drawnBanner(banner: Banner, route: Route): string {
  const key = `${route.locale}${route.mobile ? '/m' : ''}`;
  const held = drawn.get(key);
  if (held && held.banner.text === banner.text && held.banner.href === banner.href) return held.html;
  const html = bannerHtml(banner, getUi(route.locale, { mobile: route.mobile }));
  drawn.set(key, { banner, html });
  return html;
}
