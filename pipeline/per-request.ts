import { PER_REQUEST_MARKER } from '@/components/document/PerRequestSlot';
import type { Route } from '@/lib/routing/route';

/** What the per-request parts of a page may depend on. */
export interface PerRequestContext {
  route: Route;
}

/**
 * The parts of a page made for each request, after the cache: HTML for the per-request slot
 * (components/document/PerRequestSlot.tsx, below the masthead of both frames). A part read here
 * (a breaking-news banner from the store, a live blog's "n new updates") reaches every cached
 * page at once, without rendering any page again nor expiring any. It must be cheap and must not
 * fail the page: it runs on every answer, cache hits included. Nothing yet.
 */
export async function perRequestParts(context: PerRequestContext): Promise<string> {
  void context;
  return '';
}

/** A cached page with its per-request parts in the slot (or the slot removed). */
export async function fillPerRequest(html: string, context: PerRequestContext): Promise<string> {
  const at = html.indexOf(PER_REQUEST_MARKER);
  if (at === -1) return html;
  const parts = await perRequestParts(context);
  return html.slice(0, at) + parts + html.slice(at + PER_REQUEST_MARKER.length);
}
