import type { MetadataRoute } from 'next';
import { absoluteUrl, mobilePath, searchPath } from '@/lib/urls';

/** Rendered per request: SITE_URL is read at run time, not baked in at build. */
export const dynamic = 'force-dynamic';

/** Crawl everything but search results (which are noindex anyway); point at the sitemap index. */
export default function robots(): MetadataRoute.Robots {
  const search = [searchPath('vi'), searchPath('en')];
  return {
    rules: { userAgent: '*', allow: '/', disallow: [...search, ...search.map(mobilePath)] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
