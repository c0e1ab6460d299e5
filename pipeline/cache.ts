import { cacheLife } from 'next/cache';
import { getContent } from '@/lib/content';
import { tagCachedResult } from '@/lib/freshness/cache-tag';
import { routeTags } from '@/lib/freshness/tags';
import { CACHE_LIFE } from '@/lib/http/cache-policy';
import { findPage } from '@/lib/page-model/find';
import { routeOfKey } from '@/lib/routing/route';
import { renderUncached, type RenderOutcome } from './gate';

/**
 * The page cache: Next's `'use cache'` (cacheComponents), kept in memory per instance
 * (PAGE_CACHE_MB), each entry tagged with what it shows so that a publish, an edit or a removal
 * expires it at once (decision 008), and rendered again after PAGE_TTL_SECONDS. Keys are internal
 * paths (lib/routing/route.ts internalPath: one string per route). Two kinds of entry:
 *  - a route's location: does it name a page, nothing (404) or another URL (308)? Cheap to make
 *    (lookups in the store, no render) and small, so redirects and 404s never wait for a render;
 *  - a page's HTML, made by the one render (pipeline/gate.ts → render.ts).
 * A cache hit touches neither the store nor the renderer: with the database away, cached pages
 * still answer. What could not be had (the store failed, or a render was refused) is returned
 * with no lifetime, so it is never kept.
 */

export type Location = { kind: 'page' } | { kind: 'missing' } | { kind: 'redirect'; location: string } | { kind: 'unavailable' };

export async function cachedLocation(key: string): Promise<Location> {
  'use cache';
  const route = routeOfKey(key);
  try {
    const found = await findPage(await getContent(), route);
    cacheLife(CACHE_LIFE.page);
    tagCachedResult(routeTags(route));
    if (found.kind === 'missing') return { kind: 'missing' };
    return found.redirect ? { kind: 'redirect', location: found.redirect } : { kind: 'page' };
  } catch (error) {
    console.error(`[locate] ${key}: ${(error as Error).message}`);
    cacheLife(CACHE_LIFE.none);
    return { kind: 'unavailable' };
  }
}

export async function cachedPage(key: string): Promise<RenderOutcome> {
  'use cache';
  const route = routeOfKey(key);
  const outcome = await renderUncached(route);
  if (outcome.kind !== 'page') {
    cacheLife(CACHE_LIFE.none);
    return outcome;
  }
  cacheLife(CACHE_LIFE.page);
  // What it shows, and what its route's existence hangs on: an article removed between the
  // location and the render is a 404 here, which its own tag expires when it comes back.
  tagCachedResult([...new Set([...routeTags(route), ...outcome.tags])]);
  return outcome;
}
