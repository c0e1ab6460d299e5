import { IconLinks } from '@/components/seo/IconLinks';
import { JsonLd } from '@/components/seo/JsonLd';
import { PreviewTags } from '@/components/seo/PreviewTags';
import { getContent, type Locale } from '../content';
import { getUi } from '../i18n/ui';
import { renderDocument, stylesheet } from '../render/html';
import { absoluteUrl } from '../urls';
import { mobilePage } from './page';

/** No script may run on the mobile site; styles are inline, images same-origin. */
export const MOBILE_CSP =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

/** Renders one mobile page to a complete, zero-JavaScript HTML response. */
export async function mobileResponse(locale: Locale, segments: string[], query?: { q: string; page: number }): Promise<Response> {
  const [content, ui] = await Promise.all([getContent(), getUi(locale, { mobile: true })]);
  const result = mobilePage({ content, ui, locale, segments, query });
  const html = renderDocument({
    lang: locale,
    title: result.title,
    css: stylesheet('mobile.css'),
    head: (
      <>
        <meta name="description" content={result.description} />
        <link rel="canonical" href={absoluteUrl(result.desktopPath)} />
        {!result.index || result.status === 404 ? <meta name="robots" content="noindex" /> : null}
        <IconLinks locale={locale} />
        {result.preview && <PreviewTags preview={result.preview} />}
        {result.structuredData && <JsonLd data={result.structuredData} />}
      </>
    ),
    body: result.body,
  });
  return new Response(html, {
    status: result.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': MOBILE_CSP,
      'Cache-Control': query
        ? 'public, max-age=0, s-maxage=60'
        : result.status === 404
          ? 'public, max-age=60, s-maxage=60'
          : 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400',
      'X-Content-Type-Options': 'nosniff',
      Link: `<${absoluteUrl(result.desktopPath)}>; rel="canonical"`,
    },
  });
}
