import { NextResponse, type NextRequest } from 'next/server';
import { getContent } from './lib/content';
import { isPhone } from './lib/routing/device';
import { checkInternalPath } from './lib/routing/check';
import { notFoundPath, resolvePublicPath } from './lib/routing/resolve';
import { VIEW_COOKIE, VIEW_PARAM, absoluteUrl, mobilePath } from './lib/urls';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * 1. "Phiên bản di động / máy tính" links (?view=…) store the choice in a
 *    cookie and redirect to the clean URL.
 * 2. A phone that opens a desktop URL, and has not chosen desktop, is sent to
 *    the mobile twin (see docs/decisions/002-mobile-site.md for caching).
 * 3. Public URLs are mapped onto the internal route tree (lib/routing/resolve.ts)
 *    and checked against the content (lib/routing/check.ts): stale article
 *    slugs redirect, anything that does not exist goes to the 404 handler, so
 *    pages never call notFound() (docs/decisions/004-not-found-in-proxy.md).
 * Redirects are built on SITE_URL: no request header (Host, X-Forwarded-Host)
 * ever decides where a reader is sent.
 */
export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const clean = cleanPath(url);

  const view = url.searchParams.get(VIEW_PARAM);
  if (view === 'mobile' || view === 'desktop') {
    const response = NextResponse.redirect(absoluteUrl(clean), 307);
    response.cookies.set(VIEW_COOKIE, view, { path: '/', maxAge: ONE_YEAR, sameSite: 'lax' });
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }

  const mobileHost = (request.headers.get('host') ?? '').toLowerCase().startsWith('m.');
  const resolution = resolvePublicPath(url.pathname, url.searchParams, { mobileHost });
  if (resolution.kind === 'redirect') return NextResponse.redirect(absoluteUrl(resolution.location), 308);

  if (!resolution.mobile && isPhone(request.headers.get('user-agent')) && request.cookies.get(VIEW_COOKIE)?.value !== 'desktop') {
    const response = NextResponse.redirect(absoluteUrl(mobilePath(clean)), 302);
    response.headers.set('Cache-Control', 'private, no-store');
    response.headers.set('Vary', 'User-Agent, Cookie');
    return response;
  }

  const check = checkInternalPath(await getContent(), resolution.path);
  if (check.kind === 'redirect') return NextResponse.redirect(absoluteUrl(check.location), 308);
  const exists = check.kind === 'ok';
  const target = url.clone();
  target.pathname = exists ? resolution.path : notFoundPath(resolution.locale, resolution.mobile);
  // Only search reads the query: every other page ignores it, so tracking
  // parameters (utm_*, fbclid, zarsrc…) can never produce a different page.
  target.search = exists && resolution.keepQuery ? url.search : '';
  return NextResponse.rewrite(target);
}

/** The requested path with the query, minus the view switch parameter. */
function cleanPath(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete(VIEW_PARAM);
  const qs = params.toString();
  return qs ? `${url.pathname}?${qs}` : url.pathname;
}

export const config = {
  // Everything but build assets, images, sitemaps, static metadata files, icons and manifests.
  matcher: ['/((?!_next/|media/|sitemap|robots\\.txt|favicon\\.ico|icon\\.|apple-icon\\.|icons/|manifest\\.webmanifest|en/manifest\\.webmanifest).*)'],
};
