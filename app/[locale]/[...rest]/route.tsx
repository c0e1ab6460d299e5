import { NotFoundView } from '@/components/pages/NotFoundView';
import { IconLinks } from '@/components/seo/IconLinks';
import { isLocale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { getUi } from '@/lib/i18n/ui';
import { mobileVersionLink } from '@/lib/pages/context';
import { renderDocument, stylesheet } from '@/lib/render/html';
import { homePath } from '@/lib/urls';

/**
 * The 404 page. The proxy rewrites every path that names nothing here
 * (/{locale}/not-found), so the reader gets a real page with status 404, in
 * their language, rendered to plain HTML.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/[...rest]'>) {
  const requested = (await params).locale;
  const locale = isLocale(requested) ? requested : 'vi';
  const [content, ui] = await Promise.all([getContent(), getUi(locale)]);
  const html = renderDocument({
    lang: locale,
    title: `${ui.t('NotFound.title')} | ${content.site.editions[locale].name}`,
    css: stylesheet('desktop.css'),
    head: (
      <>
        <meta name="robots" content="noindex" />
        <IconLinks locale={locale} />
      </>
    ),
    body: <NotFoundView ui={ui} site={content.site} menu={content.menu(locale)} latest={content.latest(locale, 6)} versionLink={mobileVersionLink(ui, homePath(locale))} />,
  });
  return new Response(html, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60, s-maxage=60' },
  });
}
