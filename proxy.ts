import { NextResponse, type NextRequest } from 'next/server';
import { getContent } from './lib/content';
import { internalPathExists } from './lib/routing/exists';
import { resolvePublicPath } from './lib/routing/resolve';
import { absoluteUrl } from './lib/urls';

/**
 * Maps public URLs onto the internal route tree (see lib/routing/resolve.ts)
 * and sends anything that does not exist to the 404 handler, so pages never
 * have to call notFound() (see docs/decisions/004-not-found-in-proxy.md).
 * Redirects are built on SITE_URL: no request header (Host,
 * X-Forwarded-Host) ever decides where a reader is sent.
 */
export async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const resolution = resolvePublicPath(url.pathname, url.searchParams);
  if (resolution.kind === 'redirect') return NextResponse.redirect(absoluteUrl(resolution.location), 308);

  const target = url.clone();
  const exists = internalPathExists(await getContent(), resolution.path);
  target.pathname = exists ? resolution.path : `/${resolution.path.split('/')[1]}/not-found`;
  // Only search reads the query: every other page ignores it, so tracking
  // parameters (utm_*, fbclid, zarsrc…) can never produce a different page.
  target.search = exists && resolution.keepQuery ? url.search : '';
  return NextResponse.rewrite(target);
}

export const config = {
  // Everything but build assets, images, sitemaps and static metadata files.
  matcher: ['/((?!_next/|media/|sitemap|robots\\.txt|favicon\\.ico|icon\\.|apple-icon\\.).*)'],
};
