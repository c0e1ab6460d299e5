import { cacheControl } from '@/lib/http/cache-policy';
import { MOBILE_CSP } from '@/lib/http/security-headers';
import type { Ui } from '@/lib/i18n/ui';
import type { PageModel } from '@/lib/page-model';
import { absoluteUrl } from '@/lib/urls';
import { renderDocument, stylesheet } from '../document/renderDocument';
import { IconLinks } from '../seo/IconLinks';
import { JsonLd } from '../seo/JsonLd';
import { PreviewTags } from '../seo/PreviewTags';
import { DesktopPage } from './DesktopPage';
import { MobilePage } from './MobilePage';

/**
 * A page model as a complete plain-HTML response, outside the App Router:
 * every mobile page (zero JavaScript, decision 002) and the desktop 404 page
 * (decision 004). Status and Cache-Control come from the model.
 */
export function htmlResponse(model: PageModel, ui: Ui): Response {
  const mobile = model.route.mobile;
  const { head } = model;
  const canonical = absoluteUrl(head.canonicalPath);
  const feeds = head.feeds.map((feed) => <link key={feed.path} rel="alternate" type="application/rss+xml" title={feed.title} href={absoluteUrl(feed.path)} />);
  const html = renderDocument({
    lang: model.route.locale,
    title: head.title,
    css: stylesheet(mobile ? 'mobile.css' : 'desktop.css'),
    head: mobile ? (
      <>
        <meta name="description" content={head.description} />
        <link rel="canonical" href={canonical} />
        {!head.index && <meta name="robots" content="noindex" />}
        <IconLinks locale={model.route.locale} />
        {feeds}
        {head.preview && <PreviewTags preview={head.preview} />}
        {head.structuredData.length > 0 && <JsonLd data={head.structuredData} />}
      </>
    ) : (
      <>
        {!head.index && <meta name="robots" content="noindex" />}
        <IconLinks locale={model.route.locale} />
        {feeds}
      </>
    ),
    body: mobile ? <MobilePage model={model} ui={ui} /> : <DesktopPage model={model} ui={ui} />,
  });
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': cacheControl(model.cache),
    'X-Content-Type-Options': 'nosniff',
  };
  if (mobile) {
    headers['Content-Security-Policy'] = MOBILE_CSP;
    headers.Link = `<${canonical}>; rel="canonical"`;
  }
  return new Response(html, { status: model.status, headers });
}
