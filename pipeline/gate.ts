import { config } from '@/lib/config';
import type { Route } from '@/lib/routing/route';
import { singleton } from '@/lib/singletons';
import { Admission } from '@/lib/admission/admission';
import { renderPage, type RenderedPage } from './render';

/** A page that could not be had now: its store failed, or too many renders were in flight (refused). */
export interface Unavailable {
  kind: 'unavailable';
  reason: 'failed' | 'refused';
}

export type RenderOutcome = RenderedPage | Unavailable;

/** One admission per process (lib/singletons), whichever route bundle asks. */
const admission = () =>
  singleton('pipeline-admission', () => new Admission({ concurrency: config.renderConcurrency, queue: config.renderQueue, queueMs: config.renderQueueMs }));

/**
 * The one door to renderPage: the page cache's misses (pipeline/cache.ts) and search (never
 * cached) come through here, cached answers never do. Admission control (decision 024): at most
 * RENDER_CONCURRENCY renders at once, RENDER_QUEUE more waiting up to RENDER_QUEUE_MS, first come
 * first served; past that the outcome is `{ kind: 'unavailable', reason: 'refused' }`, a 503 with
 * Retry-After (pipeline/unavailable.tsx) that no cache keeps (pipeline/cache.ts gives it no
 * lifetime) and that is never answered from the last good copy. The 404 page is one entry per
 * edition and frame, rendered once for every concurrent asker (the page cache single-flights
 * identical misses): it never waits. A render that throws (the store failed) is logged and
 * answered as unavailable, never as a 500 nor as a cached page.
 */
export async function renderUncached(route: Route): Promise<RenderOutcome> {
  const outcome = await admission().run(route.kind, () => renderOrFail(route), { unbounded: route.kind === 'not-found' });
  return outcome.admitted ? outcome.value : { kind: 'unavailable', reason: 'refused' };
}

async function renderOrFail(route: Route): Promise<RenderOutcome> {
  try {
    return await renderPage(route);
  } catch (error) {
    console.error(`[render] ${route.locale}${route.mobile ? '/m' : ''} ${route.kind}: ${(error as Error).message}`);
    return { kind: 'unavailable', reason: 'failed' };
  }
}
