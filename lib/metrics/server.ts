import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { appendPeer } from '../http/peer';
import { resolvePublicPath } from '../routing/resolve';
import { singleton } from '../singletons';
import { answered, type CacheOutcome, type PageKind } from './index';

/** Paths that are files or operators' routes, not pages (proxy.ts lets them through untouched). */
const FILES = /^\/(?:_next|media|sitemaps|icons|views)\/|^\/(?:sitemap\.xml|robots\.txt|favicon\.ico|(?:en\/)?manifest\.webmanifest)$/;
const OPS = /^\/(?:healthz|readyz|metrics|internal\/.*)$/;

/** What an answer was, for the metrics: a page kind (lib/routing), a file, or an operators' route. */
export function kindOf(url: string | undefined, host: string | undefined): PageKind {
  try {
    const { pathname, searchParams } = new URL(url ?? '/', 'http://x');
    if (OPS.test(pathname)) return 'ops';
    if (FILES.test(pathname)) return 'file';
    // The live check of live pages (app/live): how many reach the app behind the tier.
    if (pathname.startsWith('/live/')) return 'live-check';
    const { route } = resolvePublicPath(pathname, searchParams, { mobileHost: (host ?? '').toLowerCase().startsWith('m.') });
    return route.kind;
  } catch {
    return 'other';
  }
}

function cacheOf(response: ServerResponse): CacheOutcome {
  const header = String(response.getHeader('x-nextjs-cache') ?? '').toUpperCase();
  return header === 'HIT' || header === 'STALE' || header === 'MISS' ? header : 'none';
}

/**
 * Every request the process's HTTP server takes, before Next sees it: the connecting address is
 * appended to X-Forwarded-For (lib/http/peer.ts), and the answer is counted by page kind, cache
 * outcome (Next's x-nextjs-cache) and status, with its time (tin_answers_total,
 * tin_answer_seconds). `next start` offers no hook of its own, so the server's `emit` is wrapped,
 * once per process, from instrumentation.ts (decision 022).
 */
export function hookServer(): void {
  singleton('server-hook', () => {
    const emit = http.Server.prototype.emit;
    http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'request') onRequest(args[0] as IncomingMessage, args[1] as ServerResponse);
      return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
    } as typeof emit;
    return true;
  });
}

function onRequest(request: IncomingMessage, response: ServerResponse): void {
  appendPeer(request);
  const started = performance.now();
  const kind = kindOf(request.url, request.headers.host);
  response.once('finish', () => answered(kind, cacheOf(response), response.statusCode, (performance.now() - started) / 1000));
}
