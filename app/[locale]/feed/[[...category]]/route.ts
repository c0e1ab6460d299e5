import { cacheLife } from 'next/cache';
import { getContent } from '@/lib/content';
import { tagCachedResult } from '@/lib/freshness/cache-tag';
import { SITE_TAG, listTag } from '@/lib/freshness/tags';
import { imageFileSize } from '@/lib/media/images';
import { renderRss } from '@/lib/feeds/rss';
import { CACHE_LIFE, cacheControl } from '@/lib/http/cache-policy';
import { findPage } from '@/lib/page-model';
import { toLocale } from '@/lib/locale';
import { notFoundRoute, routeFromInternal } from '@/lib/routing/route';
import { categoryPath, feedPath, homePath } from '@/lib/urls';
import { respond } from '@/pipeline/respond';

/** /rss.xml and /rss/{category}.xml: the 50 newest articles, cached and tagged like the pages. */
export async function GET(request: Request, { params }: RouteContext<'/[locale]/feed/[[...category]]'>) {
  const { locale, category = [] } = await params;
  const xml = await feedXml(locale, category.join('/'));
  // A feed of a section that does not exist: the edition's 404 page, like any unknown URL.
  if (xml === undefined) return respond(request, notFoundRoute({ locale: toLocale(locale), mobile: false }));
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': cacheControl('page'), 'X-Content-Type-Options': 'nosniff' },
  });
}

async function feedXml(localeSegment: string, slug: string): Promise<string | undefined> {
  'use cache';
  cacheLife(CACHE_LIFE.page);
  const route = routeFromInternal(localeSegment, false, slug ? ['feed', ...slug.split('/')] : ['feed']);
  const content = await getContent();
  const found = await findPage(content, route);
  const { locale } = route;
  if (found.kind === 'missing' || found.subject.kind !== 'feed') {
    tagCachedResult([SITE_TAG]);
    return undefined;
  }
  const { category } = found.subject;
  const edition = content.site.editions[locale];
  tagCachedResult([SITE_TAG, category ? listTag.category(locale, category.slug) : listTag.feed(locale)]);
  return renderRss({
    site: content.site,
    locale,
    title: category ? `${category.name} | ${edition.name}` : edition.name,
    description: category?.description ?? edition.description,
    path: category ? categoryPath(locale, category.slug) : homePath(locale),
    self: feedPath(locale, category?.slug),
    fileSize: imageFileSize,
    items: category ? (await content.listByCategory(locale, category.slug, 1, 50)).items : await content.latest(locale, 50),
  });
}
