import { NextResponse, type NextRequest } from 'next/server';
import { badRequest } from './lib/http/bad-request';
import { cacheControl } from './lib/http/cache-policy';
import { securityHeaders } from './lib/http/security-headers';
import { CORRECTION_HEADERS, correctionHeaders, correctionOf, type Corrections } from './lib/routing/corrections';
import { isPhone } from './lib/routing/device';
import { malformedPath } from './lib/routing/malformed';
import { resolvePublicPath } from './lib/routing/resolve';
import { internalPath, notFoundRoute } from './lib/routing/route';
import { VIEW_COOKIE, VIEW_PARAM, absoluteUrl } from './lib/urls';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The URL contract, decided from the URL alone: the proxy never reads the content, so a page the
 * cache holds is answered whatever the database is doing (decision 021).
 * 0. A path that cannot name anything (malformed percent-encoding, control
 *    characters, absurd length) gets a plain 400: Next would answer 500 when
 *    it decodes route parameters from it.
 * 1. "Phiên bản di động / máy tính" links (?view=…) store the choice in a
 *    cookie and redirect to the clean URL.
 * 2. A public URL is parsed into a typed route (lib/routing/resolve.ts).
 * 3. Corrections, every one in one hop (lib/routing/corrections.ts): a legacy /vi prefix or a
 *    trailing slash, and a phone on a desktop URL (decision 002). An article's URL may also be
 *    corrected by the content (a stale slug, a short link): its request goes on to the page
 *    handler with what the proxy learned, and is corrected there, after the cache.
 * 4. The route is rewritten onto the internal tree (internalPath), where the page handler
 *    (app/[locale]/[[...path]]) decides existence (404) from the cache or the content.
 * Every answer carries the security headers (lib/http/security-headers.ts).
 * Redirects are built on SITE_URL: no request header (Host, X-Forwarded-Host)
 * ever decides where a reader is sent.
 */
export function proxy(request: NextRequest) {
  const { answer, mobile } = decide(request);
  for (const [name, value] of Object.entries(securityHeaders({ mobile }))) answer.headers.set(name, value);
  return answer;
}

/** Files the proxy only guards against malformed paths, never rewrites. */
const FILES = /^\/(?:_next|media|sitemaps|internal|icons|views|live)\/|^\/(?:sitemap\.xml|robots\.txt|favicon\.ico|(?:en\/)?manifest\.webmanifest|healthz|readyz|metrics)$/;

function decide(request: NextRequest): { answer: Response; mobile: boolean } {
  const url = request.nextUrl;
  const desktop = (answer: Response) => ({ answer, mobile: false });
  if (malformedPath(url.pathname)) return desktop(badRequest(/^\/en(\/|$)/.test(url.pathname) ? 'en' : 'vi'));
  if (FILES.test(url.pathname)) return desktop(NextResponse.next());
  const clean = cleanPath(url);

  const view = url.searchParams.get(VIEW_PARAM);
  if (view === 'mobile' || view === 'desktop') {
    const response = NextResponse.redirect(absoluteUrl(clean), 307);
    response.cookies.set(VIEW_COOKIE, view, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax' });
    response.headers.set('Cache-Control', cacheControl('private'));
    return desktop(response);
  }

  const mobileHost = (request.headers.get('host') ?? '').toLowerCase().startsWith('m.');
  const resolved = resolvePublicPath(url.pathname, url.searchParams, { mobileHost });
  const { respell } = resolved;
  // Feeds are XML for every device: a mobile feed URL names nothing.
  const route = resolved.route.kind === 'feed' && resolved.route.mobile ? notFoundRoute(resolved.route) : resolved.route;
  const corrections: Corrections = {
    clean,
    respell: respell && cleanPath(new URL(respell, url)),
    // Feeds are the same XML for every device.
    toPhone: !route.mobile && route.kind !== 'feed' && isPhone(request.headers.get('user-agent')) && request.cookies.get(VIEW_COOKIE)?.value !== 'desktop',
  };

  // Only search reads the query: every other page ignores it, so tracking
  // parameters (utm_*, fbclid, zarsrc…) can never produce a different page.
  const target = `${internalPath(route)}${route.kind === 'search' ? url.search : ''}`;
  const headers = new Headers(request.headers);
  for (const name of CORRECTION_HEADERS) headers.delete(name);
  if (route.kind === 'article') {
    for (const [name, value] of Object.entries(correctionHeaders(corrections))) headers.set(name, value);
    return { answer: rewrite(request, target, headers), mobile: route.mobile };
  }
  const correction = correctionOf(corrections);
  if (correction?.perReader) {
    const response = NextResponse.redirect(absoluteUrl(correction.location), correction.status);
    response.headers.set('Cache-Control', cacheControl('private'));
    response.headers.set('Vary', 'User-Agent, Cookie');
    return desktop(response);
  }
  if (correction) return { answer: NextResponse.redirect(absoluteUrl(correction.location), correction.status), mobile: route.mobile };
  return { answer: rewrite(request, target, headers), mobile: route.mobile };
}

/**
 * A rewrite onto the internal tree, on the origin of the URL Next gave the proxy: Next serves a
 * rewrite to its own origin in place, and proxies one to any other origin over HTTP, back into
 * this proxy, which would then see an internal path as a public one (a 308 to itself).
 */
function rewrite(request: NextRequest, target: string, headers: Headers): Response {
  return NextResponse.rewrite(new URL(target, request.url), { request: { headers } });
}

/** The requested path with the query, minus the view switch parameter. */
function cleanPath(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete(VIEW_PARAM);
  const qs = params.toString();
  return qs ? `${url.pathname}?${qs}` : url.pathname;
}

export const config = {
  // Every page. Build assets, images, the desktop stylesheet and script (/media/site), sitemaps,
  // icons, manifests and the revalidation route only when their path holds a percent sign (the
  // malformed-encoding guard); otherwise they skip the proxy. /healthz, /readyz and /metrics
  // (operators' routes) never need the proxy, nor the database.
  matcher: ['/((?!(?:_next/|media/|sitemap\\.xml|sitemaps/|internal/|icons/|views/|manifest\\.webmanifest|en/manifest\\.webmanifest|robots\\.txt|favicon\\.ico|icon\\.|apple-icon\\.|healthz$|readyz$|metrics$)[^%]*$).*)'],
};
