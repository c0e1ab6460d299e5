import { getContent } from '@/lib/content';
import { sitemapIndex } from '@/lib/sitemaps/sitemaps';
import { xmlResponse } from '@/lib/sitemaps/respond';

/**
 * The sitemap index (lib/sitemaps/sitemaps.ts). Rendered per request, not at
 * build, so one build serves any CONTENT_DIR and SITE_URL; CDNs cache it.
 */
export const dynamic = 'force-dynamic';

export async function GET() {
  return xmlResponse(await sitemapIndex(await getContent()));
}
