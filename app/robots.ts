import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { absoluteUrl, mobilePath, searchPath } from '@/lib/urls';

/**
 * Crawl everything but search results (which are noindex anyway); point at the
 * sitemap index. Rules match by prefix, so the search paths are pinned with $
 * and ? lest they hide articles such as /tim-kiem-nguoi-than-1234.html.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // Rendered per request: SITE_URL is read at run time, not baked in at build.
  await connection();
  const search = [searchPath('vi'), searchPath('en')].flatMap((p) => [p, mobilePath(p)]);
  return {
    rules: { userAgent: '*', allow: '/', disallow: search.flatMap((p) => [`${p}$`, `${p}?`]) },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
