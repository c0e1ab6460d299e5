import { randomBytes, timingSafeEqual } from 'node:crypto';
import { singleton } from '../singletons';
import { config } from '../config';


/**
 * The bearer token of the revalidation route: REVALIDATE_SECRET when an
 * operator sets one (a CMS or a deploy script calls the route), otherwise a
 * random one made when the process starts, known only to this process (its
 * content watcher calls its own route).
 */
export function revalidateSecret(): string {
  return config.revalidateSecret || singleton('revalidate-secret', () => randomBytes(24).toString('base64url'));
}

export function isRevalidateSecret(header: string | null): boolean {
  const expected = Buffer.from(`Bearer ${revalidateSecret()}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
