import { createHash } from 'node:crypto';
import { isBot } from '../routing/device';
import { hourOf } from './counter';

/** What the view beacon knows about a request. */
export interface ViewRequest {
  articleId: number;
  headers: Headers;
  at: Date;
}

/** Views of one article counted from one address in an hour, whatever the browsers (a household, an office). */
export const VIEWS_PER_ADDRESS = 3;
/** Addresses × articles remembered within the hour; past that the oldest are forgotten (the gate's memory is bounded). */
export const MAX_REMEMBERED = 50_000;

/** `::ffff:203.0.113.7` (IPv4 on an IPv6 socket) is 203.0.113.7. */
const plain = (address: string) => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/**
 * The reader's address from X-Forwarded-For as the app sees it: the server appends the address
 * of whoever connected (lib/http/peer.ts), so the last entry is always true. Walking from the
 * end, entries written by a trusted proxy (TRUSTED_PROXIES: the cache tier, which sets the
 * header to its own client's address) are passed over; the first one that is not a trusted
 * proxy is the reader. What a reader wrote into the header is never reached unless every hop
 * after it is trusted.
 */
export function clientAddress(forwardedFor: string | null, trusted: readonly string[]): string {
  const hops = (forwardedFor ?? '').split(',').map(plain).filter(Boolean);
  const proxies = new Set(trusted.map(plain));
  while (hops.length > 1 && proxies.has(hops[hops.length - 1] ?? '')) hops.pop();
  return hops[hops.length - 1] ?? '';
}

/**
 * Which beacon requests count as a view: not crawlers or link-preview bots (they do not read),
 * not prefetches (nobody has looked yet), at most one per browser per article per hour, and at
 * most VIEWS_PER_ADDRESS per address per article per hour whatever the User-Agent, so that a
 * flood from one machine cannot push an article up. Memory: at most MAX_REMEMBERED address ×
 * article pairs, each with at most VIEWS_PER_ADDRESS browsers, for the current hour.
 */
export class ViewGate {
  private hour = 0;
  /** hash(address, article) → hashes of the browsers counted. Insertion order: oldest first. */
  private seen = new Map<string, string[]>();

  constructor(
    private readonly trusted: readonly string[],
    private readonly limits = { perAddress: VIEWS_PER_ADDRESS, remembered: MAX_REMEMBERED },
  ) {}

  counts({ articleId, headers, at }: ViewRequest): boolean {
    const agent = headers.get('user-agent') ?? '';
    if (isBot(agent)) return false;
    const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
    if (/prefetch|preview/i.test(purpose)) return false;
    const hour = hourOf(at);
    if (hour !== this.hour) {
      this.hour = hour;
      this.seen = new Map();
    }
    const address = clientAddress(headers.get('x-forwarded-for'), this.trusted);
    const key = hash(`${address}|${articleId}`);
    const browser = hash(agent).slice(0, 8);
    const browsers = this.seen.get(key) ?? [];
    if (browsers.includes(browser) || browsers.length >= this.limits.perAddress) return false;
    browsers.push(browser);
    if (browsers.length === 1) {
      this.seen.set(key, browsers);
      if (this.seen.size > this.limits.remembered) this.seen.delete(this.seen.keys().next().value ?? '');
    }
    return true;
  }

  /** Address × article pairs remembered now (for tests). */
  get size(): number {
    return this.seen.size;
  }
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 16);
}
