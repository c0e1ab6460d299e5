import { getContent } from '@/lib/content';
import { tagResponse } from '@/lib/freshness/tag-response';
import { SITE_TAG, listTag } from '@/lib/freshness/tags';
import { imageFileSize } from '@/lib/media/images';
import { renderRss } from '@/lib/feeds/rss';
import { cacheControl } from '@/lib/http/cache-policy';
import { plainNotFound } from '@/lib/http/plain';
import { findPage } from '@/lib/page-model';
import { routeFromInternal } from '@/lib/routing/route';
import { categoryPath, feedPath, homePath } from '@/lib/urls';

/** /rss.xml and /rss/{category}.xml: the 50 newest articles. */
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed/[[...category]]'>) {
  const { locale: segment, category: slugs = [] } = await params;
  const route = routeFromInternal(segment, false, ['feed', ...slugs]);
  const content = await getContent();
  const found = await findPage(content, route);
  if (found.kind === 'missing' || found.subject.kind !== 'feed') return plainNotFound();
  const { locale } = route;
  const { category } = found.subject;
  const edition = content.site.editions[locale];
  await tagResponse([SITE_TAG, category ? listTag.category(locale, category.slug) : listTag.feed(locale)]);
  const xml = renderRss({
    site: content.site,
    locale,
    title: category ? `${category.name} | ${edition.name}` : edition.name,
    description: category?.description ?? edition.description,
    path: category ? categoryPath(locale, category.slug) : homePath(locale),
    self: feedPath(locale, category?.slug),
    fileSize: imageFileSize,
    items: category ? (await content.listByCategory(locale, category.slug, 1, 50)).items : await content.latest(locale, 50),
  });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': cacheControl('page'), 'X-Content-Type-Options': 'nosniff' },
  });
}
