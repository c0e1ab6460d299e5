import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { throughDoor } from '../admission/door';
import { appendPeer } from '../http/peer';
import { securityHeaders } from '../http/security-headers';
import type { Locale } from '../locale';
import { targetOf, type RequestTarget } from '../routing/request-target';
import { singleton } from '../singletons';
import { answered, type CacheOutcome, type PageKind } from './index';

/** What an answer was, for the metrics: a page kind (lib/routing), a file, an operators' route, the live check. */
export function kindOf(target: RequestTarget): PageKind {
  return target.kind === 'page' ? target.route.kind : target.kind;
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
      const target = targetOf(request.url, request.headers.host);
      onRequest(request, response, target);
      throughDoor(target, request, response, pass, (edition) => {
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

function onRequest(request: IncomingMessage, response: ServerResponse, target: RequestTarget): void {
  appendPeer(request);
  const started = performance.now();
  const kind = kindOf(target);
  response.once('finish', () => answered(kind, cacheOf(response), response.statusCode, (performance.now() - started) / 1000));
}
