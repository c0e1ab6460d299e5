import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { throughDoor } from '../admission/door';
import { appendPeer } from '../http/peer';
import { securityHeaders } from '../http/security-headers';
import type { Locale } from '../locale';
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

/** The 503 the door answers with: a page in the reader's edition and frame, and its headers (pipeline/unavailable.tsx). */
export type Refusal = (edition: { locale: Locale; mobile: boolean }) => { html: string; headers: Record<string, string> };

/**
 * Every request the process's HTTP server takes, before Next sees it: the connecting address is
 * appended to X-Forwarded-For (lib/http/peer.ts), the answer is counted by page kind, cache
 * outcome (Next's x-nextjs-cache) and status, with its time (tin_answers_total,
 * tin_answer_seconds), and a page that would render goes through the door of admission control
 * (lib/admission/door.ts), which may hold it a moment or answer 503 itself. `next start` offers
 * no hook of its own, so the server's `emit` is wrapped, once per process, from
 * instrumentation.ts (decision 022, 024).
 */
export function hookServer(refusal: Refusal): void {
  singleton('server-hook', () => {
    const emit = http.Server.prototype.emit;
    http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      const pass = () => (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
      if (event !== 'request') return pass();
      const [request, response] = args as [IncomingMessage, ServerResponse];
      onRequest(request, response);
      throughDoor(request, response, pass, (edition) => {
        if (response.headersSent || response.writableEnded) return;
        const { html, headers } = refusal(edition);
        response.writeHead(503, { ...headers, ...securityHeaders({ mobile: edition.mobile }) });
        response.end(html);
      });
      return true;
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
