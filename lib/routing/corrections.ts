import { mobilePath } from '../urls';

/**
 * Every correction of a request URL in one hop: a legacy /vi prefix or a trailing slash (the
 * path's canonical spelling), a stale article slug or a short link (the content's canonical URL),
 * and a phone opening a desktop URL (its mobile twin, of the corrected URL). The proxy knows all
 * of them but the content's; only the page handler, after the cache, knows that one. So the
 * proxy corrects every route whose URL the content cannot change, and hands an article's request
 * to the page handler with what it learned (these request headers), which decides once with the
 * same function.
 */
export interface Corrections {
  /** The requested path and query, without the version switch parameter. */
  clean: string;
  /** The path's canonical spelling with the query, when the request used another. */
  respell?: string;
  /** A phone opened a desktop URL and has not chosen the desktop site. */
  toPhone: boolean;
}

export interface Correction {
  status: 302 | 308;
  /** A site path (the caller makes it absolute on SITE_URL). */
  location: string;
  /** The phone redirect depends on the reader's device and cookie: never shared. */
  perReader: boolean;
}

export function correctionOf(request: Corrections, contentCanonical?: string): Correction | undefined {
  const canonical = contentCanonical ?? request.respell;
  if (request.toPhone) return { status: 302, location: mobilePath(canonical ?? request.clean), perReader: true };
  if (canonical) return { status: 308, location: canonical, perReader: false };
  return undefined;
}

const HEADER = { clean: 'x-tin-clean', respell: 'x-tin-respell', phone: 'x-tin-phone' } as const;

/** The request headers the proxy sets on a request it hands on (and removes from any other). */
export const CORRECTION_HEADERS: readonly string[] = Object.values(HEADER);

export function correctionHeaders(request: Corrections): Record<string, string> {
  return { [HEADER.clean]: request.clean, ...(request.respell ? { [HEADER.respell]: request.respell } : {}), ...(request.toPhone ? { [HEADER.phone]: '1' } : {}) };
}

/** What the proxy handed on, or nothing (a route the proxy corrected itself). Only site paths are believed. */
export function readCorrections(headers: Headers): Corrections | undefined {
  const clean = headers.get(HEADER.clean);
  if (!clean?.startsWith('/') || clean.startsWith('//')) return undefined;
  const respell = headers.get(HEADER.respell);
  return { clean, respell: respell?.startsWith('/') && !respell.startsWith('//') ? respell : undefined, toPhone: headers.get(HEADER.phone) === '1' };
}
