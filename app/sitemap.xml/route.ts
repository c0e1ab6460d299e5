import { connection } from 'next/server';
import { getContent } from '@/lib/content';
import { sitemapIndex } from '@/lib/sitemaps/sitemaps';
import { xmlResponse } from '@/lib/sitemaps/respond';

/**
 * The sitemap index (lib/sitemaps/sitemaps.ts). Rendered per request, not at
 * build (connection()), so one build serves any CONTENT_DIR and SITE_URL; CDNs cache it.
 */
export async function GET() {
  await connection();
  return xmlResponse(await sitemapIndex(await getContent()));
}
