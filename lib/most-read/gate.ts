import { createHash } from 'node:crypto';
import { isBot } from '../routing/device';
import { hourOf } from './counter';

/** What the view beacon knows about a request. */
export interface ViewRequest {
  articleId: number;
  headers: Headers;
  at: Date;
}

/**
 * Which beacon requests count as a view: not crawlers or link-preview bots
 * (they do not read), not prefetches (nobody has looked yet), and at most
 * one per client per article per hour, so a flood from one client cannot push
 * an article up. A client is its address and browser, hashed; the memory this
 * takes is bounded by one hour's views.
 */
export class ViewGate {
  private hour = 0;
  private seen = new Set<string>();

  counts({ articleId, headers, at }: ViewRequest): boolean {
    if (isBot(headers.get('user-agent'))) return false;
    const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
    if (/prefetch|preview/i.test(purpose)) return false;
    const hour = hourOf(at);
    if (hour !== this.hour) {
      this.hour = hour;
      this.seen = new Set();
    }
    const client = (headers.get('x-forwarded-for') ?? '').split(',')[0]?.trim() ?? '';
    const key = createHash('sha1').update(`${client}|${headers.get('user-agent') ?? ''}|${articleId}`).digest('base64url');
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}
