import type { Route } from './route';
import { resolvePublicPath } from './resolve';

/** Paths that are files or operators' routes, not pages (proxy.ts lets them through untouched). */
const FILES = /^\/(?:_next|media|sitemaps|icons|views)\/|^\/(?:sitemap\.xml|robots\.txt|favicon\.ico|(?:en\/)?manifest\.webmanifest)$/;
const OPS = /^\/(?:healthz|readyz|metrics|internal\/.*)$/;

/**
 * What a request asks for, from its URL and Host alone, read once per request by the server hook
 * for both the metrics (lib/metrics/server.ts) and the door of admission control
 * (lib/admission/door.ts): an operators' route, a file, the live check of live pages (app/live),
 * a page route (with the respelling the URL itself calls for, if any), or `other` for what cannot
 * be parsed (Next answers it 400).
 */
export type RequestTarget =
  | { kind: 'ops' | 'file' | 'live-check' | 'other' }
  | { kind: 'page'; route: Route; respell: string | undefined; search: URLSearchParams };

export function targetOf(url: string | undefined, host: string | undefined): RequestTarget {
  try {
    const { pathname, searchParams } = new URL(url ?? '/', 'http://x');
    if (OPS.test(pathname)) return { kind: 'ops' };
    if (FILES.test(pathname)) return { kind: 'file' };
    if (pathname.startsWith('/live/')) return { kind: 'live-check' };
    const { route, respell } = resolvePublicPath(pathname, searchParams, { mobileHost: (host ?? '').toLowerCase().startsWith('m.') });
    return { kind: 'page', route, respell, search: searchParams };
  } catch {
    return { kind: 'other' };
  }
}
