import { cacheLife } from 'next/cache';
import { plainNotFound } from '@/lib/http/plain';
import { getContent } from '@/lib/content';
import { tagCachedResult } from '@/lib/freshness/cache-tag';
import { SITE_TAG, listTag } from '@/lib/freshness/tags';
import { CACHE_LIFE } from '@/lib/http/cache-policy';
import { xmlResponse } from '@/lib/sitemaps/respond';
import { monthSitemap, newsSitemap, pagesSitemap, parseSitemapFile } from '@/lib/sitemaps/sitemaps';

/** /sitemaps/pages.xml, /sitemaps/news.xml, /sitemaps/articles-YYYY-MM.xml, cached and tagged like the pages. */
export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
  const xml = await sitemapXml((await params).file);
  return xml === undefined ? plainNotFound() : xmlResponse(xml);
}

async function sitemapXml(name: string): Promise<string | undefined> {
  'use cache';
  cacheLife(CACHE_LIFE.page);
  const file = parseSitemapFile(name);
  const content = await getContent();
  const xml = await (file?.kind === 'pages'
    ? pagesSitemap(content)
    : file?.kind === 'news'
      ? newsSitemap(content, Date.now())
      : file?.kind === 'month'
        ? monthSitemap(content, file.month)
        : undefined);
  tagCachedResult(file === undefined ? [SITE_TAG] : [SITE_TAG, file.kind === 'month' ? listTag.sitemapMonth(file.month) : file.kind === 'news' ? listTag.sitemapNews : listTag.sitemapPages]);
  return xml;
}
