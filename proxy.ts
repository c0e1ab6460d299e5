import { NextResponse, type NextRequest } from 'next/server';
import { getContent } from './lib/content';
import { badRequest } from './lib/http/bad-request';
import { cacheControl } from './lib/http/cache-policy';
import { securityHeaders } from './lib/http/security-headers';
import { findPage } from './lib/page-model/find';
import { isPhone } from './lib/routing/device';
import { malformedPath } from './lib/routing/malformed';
import { resolvePublicPath } from './lib/routing/resolve';
import { internalPath, notFoundRoute } from './lib/routing/route';
import { VIEW_COOKIE, VIEW_PARAM, absoluteUrl, mobilePath } from './lib/urls';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * 0. A path that cannot name anything (malformed percent-encoding, control
 *    characters, absurd length) gets a plain 400: Next would answer 500 when
 *    it decodes route parameters from it.
 * 1. "Phiên bản di động / máy tính" links (?view=…) store the choice in a
 *    cookie and redirect to the clean URL.
 * 2. A phone that opens a desktop URL, and has not chosen desktop, is sent to
 *    the mobile twin (see docs/decisions/002-mobile-site.md for caching).
 * 3. A public URL is parsed into a typed route (lib/routing/resolve.ts) and
 *    looked up in the content (lib/page-model/find.ts): stale article slugs
 *    redirect, anything that does not exist goes to the 404 route, so pages
 *    never call notFound() (docs/decisions/004-not-found-in-proxy.md). The
 *    route is then rewritten onto the internal tree (internalPath).
 * Every answer carries the security headers (lib/http/security-headers.ts).
 * Redirects are built on SITE_URL: no request header (Host, X-Forwarded-Host)
 * ever decides where a reader is sent.
 */
export async function proxy(request: NextRequest) {
  const { answer, mobile } = await decide(request);
  for (const [name, value] of Object.entries(securityHeaders({ mobile }))) answer.headers.set(name, value);
  return answer;
}

/** Files the proxy only guards against malformed paths, never rewrites. */
const FILES = /^\/(?:_next|media|sitemaps|internal|icons|views)\/|^\/(?:sitemap\.xml|robots\.txt|favicon\.ico|(?:en\/)?manifest\.webmanifest|healthz|readyz|metrics)$/;

async function decide(request: NextRequest): Promise<{ answer: Response; mobile: boolean }> {
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
  const { route, respell } = resolvePublicPath(url.pathname, url.searchParams, { mobileHost });
  const found = await findPage(await getContent(), route);

  // Every correction in one hop: a legacy /vi prefix or trailing slash, a stale article slug, a phone on a desktop URL.
  const canonical = (found.kind === 'found' && found.redirect) || (respell && cleanPath(new URL(respell, url)));
  // Feeds are the same XML for every device.
  const toPhone = !route.mobile && route.kind !== 'feed' && isPhone(request.headers.get('user-agent')) && request.cookies.get(VIEW_COOKIE)?.value !== 'desktop';
  if (toPhone) {
    const response = NextResponse.redirect(absoluteUrl(mobilePath(canonical || clean)), 302);
    response.headers.set('Cache-Control', cacheControl('private'));
    response.headers.set('Vary', 'User-Agent, Cookie');
    return desktop(response);
  }
  if (canonical) return { answer: NextResponse.redirect(absoluteUrl(canonical), 308), mobile: route.mobile };

  const target = url.clone();
  target.pathname = internalPath(found.kind === 'found' ? route : notFoundRoute(route));
  // Only search reads the query: every other page ignores it, so tracking
  // parameters (utm_*, fbclid, zarsrc…) can never produce a different page.
  target.search = found.kind === 'found' && route.kind === 'search' ? url.search : '';
  return { answer: NextResponse.rewrite(target), mobile: route.mobile };
}

/** The requested path with the query, minus the view switch parameter. */
function cleanPath(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete(VIEW_PARAM);
  const qs = params.toString();
  return qs ? `${url.pathname}?${qs}` : url.pathname;
}

export const config = {
  // Every page. Build assets, images, sitemaps, icons, manifests and the revalidation route only when
  // their path holds a percent sign (the malformed-encoding guard); otherwise they skip the proxy.
  // /healthz, /readyz and /metrics (operators' routes) never need the proxy, nor the database.
  matcher: ['/((?!(?:_next/|media/|sitemap\\.xml|sitemaps/|internal/|icons/|views/|manifest\\.webmanifest|en/manifest\\.webmanifest|robots\\.txt|favicon\\.ico|icon\\.|apple-icon\\.|healthz$|readyz$|metrics$)[^%]*$).*)'],
};
