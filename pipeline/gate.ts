import type { Route } from '@/lib/routing/route';
import { renderPage, type RenderedPage } from './render';

/** A page that could not be had now: its store failed, or (issue 21) too many renders were in flight. */
export interface Unavailable {
  kind: 'unavailable';
  reason: 'failed' | 'refused';
}

export type RenderOutcome = RenderedPage | Unavailable;

/**
 * The one door to renderPage: the page cache's misses (pipeline/cache.ts) and search (never
 * cached) come through here, cached answers never do. Admission control belongs here: a bound on
 * renders in flight and a short queue, past which the answer is `{ kind: 'unavailable', reason:
 * 'refused' }` (a 503 with Retry-After, pipeline/unavailable.tsx). An outcome other than a page is
 * never cached (pipeline/cache.ts gives it no lifetime). Today: a render that throws (the store
 * failed) is logged and answered as unavailable, never as a 500 nor as a cached page.
 */
export async function renderUncached(route: Route): Promise<RenderOutcome> {
  try {
    return await renderPage(route);
  } catch (error) {
    console.error(`[render] ${route.locale}${route.mobile ? '/m' : ''} ${route.kind}: ${(error as Error).message}`);
    return { kind: 'unavailable', reason: 'failed' };
  }
}
