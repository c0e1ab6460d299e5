import { plainNotFound } from '@/lib/http/plain';
import { isLocale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { renderRss } from '@/lib/feeds/rss';
import { categoryPath, homePath } from '@/lib/urls';

/** /rss.xml and /rss/{category}.xml: the 50 newest articles. */
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed/[[...category]]'>) {
  const { locale: param, category: slugs = [] } = await params;
  const locale = isLocale(param) ? param : 'vi';
  const content = await getContent();
  const edition = content.site.editions[locale];
  const category = slugs[0] ? content.getCategory(locale, slugs[0]) : undefined;
  if (slugs.length > 0 && !category) return plainNotFound();
  const xml = renderRss({
    site: content.site,
    locale,
    title: category ? `${category.name} | ${edition.name}` : edition.name,
    description: category?.description ?? edition.description,
    path: category ? categoryPath(locale, category.slug) : homePath(locale),
    items: category ? content.listByCategory(locale, category.slug, 1, 50).items : content.latest(locale, 50),
  });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400' },
  });
}
