import type { MetadataRoute } from 'next';
import { absoluteUrl, mobilePath, searchPath } from '@/lib/urls';

/** Rendered per request: SITE_URL is read at run time, not baked in at build. */
export const dynamic = 'force-dynamic';

/**
 * Crawl everything but search results (which are noindex anyway); point at the
 * sitemap index. Rules match by prefix, so the search paths are pinned with $
 * and ? lest they hide articles such as /tim-kiem-nguoi-than-1234.html.
 */
export default function robots(): MetadataRoute.Robots {
  const search = [searchPath('vi'), searchPath('en')].flatMap((p) => [p, mobilePath(p)]);
  return {
    rules: { userAgent: '*', allow: '/', disallow: search.flatMap((p) => [`${p}$`, `${p}?`]) },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
