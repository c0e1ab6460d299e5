import { renderFrame } from '@/components/frames/renderFrame';
import { cacheControl, type CachePolicy } from '@/lib/http/cache-policy';
import { loadPage } from '@/lib/page-model/load';
import type { Route } from '@/lib/routing/route';
import { absoluteUrl } from '@/lib/urls';

/** A page rendered to HTML: what the page cache keeps, and what every answer is assembled from. */
export interface RenderedPage {
  kind: 'page';
  status: 200 | 404;
  html: string;
  /** The page's own headers: type, Cache-Control (from its model), the mobile page's canonical Link. */
  headers: Record<string, string>;
  /** What it shows, as cache tags (lib/freshness/tags.ts). */
  tags: string[];
  /** When it was rendered (ms since the epoch): an answer made from an older one came from the cache. */
  renderedAt: number;
}

/**
 * THE render: route → page model → frame → HTML, both sites, every page kind. Every page that is
 * not in the cache is made here and nowhere else (pipeline/gate.ts is the one caller, which is
 * where a bound on renders in flight goes). Throws when the content store fails.
 */
export async function renderPage(route: Route): Promise<RenderedPage> {
  const { model, ui, tags } = await loadPage(route);
  const html = renderFrame(model, ui);
  return { kind: 'page', status: model.status, html, headers: pageHeaders(model.cache, route.mobile, model.head.canonicalPath), tags, renderedAt: Date.now() };
}

function pageHeaders(policy: CachePolicy, mobile: boolean, canonicalPath: string): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': cacheControl(policy),
    // The mobile twin names its canonical desktop page in the headers too.
    ...(mobile ? { Link: `<${absoluteUrl(canonicalPath)}>; rel="canonical"` } : {}),
  };
}
