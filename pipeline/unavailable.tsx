import { desktopAssetTags } from '@/components/document/desktop-assets';
import { renderDocument } from '@/components/document/renderDocument';
import { stylesheet } from '@/components/document/assets';
import { cacheControl } from '@/lib/http/cache-policy';
import { getUi } from '@/lib/i18n/ui';
import type { Route } from '@/lib/routing/route';
import { homePath } from '@/lib/urls';

/** Seconds a reader (or the cache tier) is asked to wait before asking again. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The answer when a page cannot be had now (the store failed, or a render was refused): 503 with
 * Retry-After, kept by no cache, and a short page in the reader's edition and frame that needs
 * nothing from the store (no menu, no lists), so it can always be made.
 */
export function unavailableResponse(route: Pick<Route, 'locale' | 'mobile'>): Response {
  const { html, headers } = unavailableAnswer(route);
  return new Response(html, { status: 503, headers });
}

/** The 503's page and headers, as the server hook writes them when the door refuses (lib/admission/door.ts). */
export function unavailableAnswer(route: Pick<Route, 'locale' | 'mobile'>): { html: string; headers: Record<string, string> } {
  return {
    html: unavailableHtml(route),
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cacheControl('unavailable'), 'Retry-After': String(RETRY_AFTER_SECONDS) },
  };
}

/** The page, made once per edition and frame: under a storm it is the most frequent answer. */
const made = new Map<string, string>();

function unavailableHtml(route: Pick<Route, 'locale' | 'mobile'>): string {
  const key = `${route.locale}${route.mobile ? '/m' : ''}`;
  const html = made.get(key) ?? renderUnavailable(route);
  made.set(key, html);
  return html;
}

function renderUnavailable(route: Pick<Route, 'locale' | 'mobile'>): string {
  const ui = getUi(route.locale, { mobile: route.mobile });
  const title = ui.t('Errors.unavailableTitle');
  return renderDocument({
    lang: route.locale,
    title,
    assets: route.mobile ? undefined : desktopAssetTags({ script: false }),
    head: <meta name="robots" content="noindex" />,
    css: route.mobile ? stylesheet('mobile.css') : undefined,
    body: (
      <main id="main" className="unavailable">
        <h1>{title}</h1>
        <p>{ui.t('Errors.unavailable')}</p>
        <p>
          <a href={ui.href(homePath(route.locale))}>{ui.t('NotFound.home')}</a>
        </p>
      </main>
    ),
  });
}
