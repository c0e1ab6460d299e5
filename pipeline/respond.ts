import { hotPages } from '@/lib/admission/hot';
import { cacheControl } from '@/lib/http/cache-policy';
import { correctionOf, readCorrections, type Correction } from '@/lib/routing/corrections';
import { internalPath, notFoundRoute, type Route } from '@/lib/routing/route';
import { absoluteUrl } from '@/lib/urls';
import { cachedLocation, cachedPage } from './cache';
import { renderUncached, type RenderOutcome } from './gate';
import { lastGood } from './last-good';
import { fillPerRequest } from './per-request';
import { unavailableResponse } from './unavailable';

/**
 * Every page, both sites: the request pipeline after the proxy (decision 021).
 *
 *   route ─▶ location (cached) ─▶ corrections (308/302, one hop) ─▶ page (cached, or rendered once)
 *         ─▶ per-request parts ─▶ answer
 *
 * Search is never cached: it is rendered per request through the same door (pipeline/gate.ts).
 * Anything that cannot be had now is a 503 that no cache keeps (pipeline/unavailable.tsx).
 */
export async function respond(request: Request, route: Route): Promise<Response> {
  const started = performance.now();
  const startedAt = Date.now();
  try {
    if (route.kind === 'search') return await answer(await renderUncached(route), route, { started });

    const publicKey = internalPath(route);
    const location = route.kind === 'not-found' ? ({ kind: 'missing' } as const) : await cachedLocation(publicKey);
    if (location.kind === 'unavailable') return staleOr503(publicKey, route, { started });
    // The proxy hands an article's request on with what it learned; any other route it corrected itself.
    const corrections = readCorrections(request.headers) ?? { clean: '/', toPhone: false };
    const correction = correctionOf(corrections, location.kind === 'redirect' ? location.location : undefined);
    if (correction) {
      // A redirect the content decides (a stale slug) comes from the cached location: no render.
      if (location.kind === 'redirect') hotPages().mark(publicKey);
      return redirect(correction);
    }

    const pageRoute = location.kind === 'missing' ? notFoundRoute(route) : route;
    const located = performance.now();
    const key = internalPath(pageRoute);
    const outcome = await cachedPage(key);
    if (outcome.kind === 'page') {
      lastGood().remember(key, outcome);
      // The cache holds it now: the door lets its URL in without waiting (lib/admission/hot.ts).
      hotPages().mark(publicKey);
    } else if (outcome.reason === 'failed') return await staleOr503(key, route, { started, located });
    return await answer(outcome, route, { started, located, startedAt });
  } catch (error) {
    // The cache itself failed (a render that outlived the cache's own time limit): still a 503, never a 500.
    console.error(`[respond] ${internalPath(route)}: ${(error as Error).message}`);
    return unavailableResponse(route);
  }
}

/**
 * The answer from a page: its HTML with the per-request parts, its own headers, and two of the
 * pipeline's: `X-Nextjs-Cache` (HIT when the page was rendered before this request, MISS when
 * for it) and `Server-Timing` (location, page and per-request times, in ms).
 */
async function answer(outcome: RenderOutcome, route: Route, times: { started: number; located?: number; startedAt?: number }): Promise<Response> {
  if (outcome.kind !== 'page') return unavailableResponse(route);
  const paged = performance.now();
  const html = await fillPerRequest(outcome.html, { route });
  const done = performance.now();
  const timing = [
    ...(times.located === undefined ? [] : [`locate;dur=${(times.located - times.started).toFixed(2)}`]),
    `page;dur=${(paged - (times.located ?? times.started)).toFixed(2)}`,
    `fill;dur=${(done - paged).toFixed(2)}`,
  ];
  const headers: Record<string, string> = { ...outcome.headers, 'Server-Timing': timing.join(', ') };
  if (times.startedAt !== undefined) headers['X-Nextjs-Cache'] = outcome.renderedAt < times.startedAt ? 'HIT' : 'MISS';
  return new Response(html, { status: outcome.status, headers });
}

/**
 * The store failed: the page's last good answer if this instance has one (stale, kept by no
 * cache: `X-Nextjs-Cache: STALE`), else the 503.
 */
async function staleOr503(key: string, route: Route, times: { started: number; located?: number }): Promise<Response> {
  const page = lastGood().recall(key);
  if (!page) return unavailableResponse(route);
  const response = await answer(page, route, times);
  response.headers.set('Cache-Control', cacheControl('private'));
  response.headers.set('X-Nextjs-Cache', 'STALE');
  return response;
}

/** A correction as an answer, on SITE_URL. The phone redirect depends on the reader: private, and it says on what. */
function redirect(correction: Correction): Response {
  const headers: Record<string, string> = { Location: absoluteUrl(correction.location) };
  if (correction.perReader) {
    headers['Cache-Control'] = cacheControl('private');
    headers.Vary = 'User-Agent, Cookie';
  }
  return new Response(null, { status: correction.status, headers });
}
