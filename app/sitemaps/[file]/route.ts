import { plainNotFound } from '@/lib/http/plain';
import { getContent } from '@/lib/content';
import { tagResponse } from '@/lib/freshness/tag-response';
import { SITE_TAG, listTag } from '@/lib/freshness/tags';
import { xmlResponse } from '@/lib/sitemaps/respond';
import { monthSitemap, newsSitemap, pagesSitemap, parseSitemapFile } from '@/lib/sitemaps/sitemaps';

/** /sitemaps/pages.xml, /sitemaps/news.xml, /sitemaps/articles-YYYY-MM.xml. */
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const file = parseSitemapFile((await params).file);
  const content = await getContent();
  const xml = await (file?.kind === 'pages'
      ? pagesSitemap(content)
      : file?.kind === 'news'
        ? newsSitemap(content, Date.now())
        : file?.kind === 'month'
          ? monthSitemap(content, file.month)
          : undefined);
  if (xml === undefined || file === undefined) return plainNotFound();
  await tagResponse([SITE_TAG, file.kind === 'month' ? listTag.sitemapMonth(file.month) : file.kind === 'news' ? listTag.sitemapNews : listTag.sitemapPages]);
  return xmlResponse(xml);
}
