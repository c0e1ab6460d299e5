import { PAGE_TTL_SECONDS } from '../http/cache-policy';
import { singleton } from '../singletons';

/**
 * The pages this instance answered from its page cache (or rendered into it) lately, by internal
 * path (lib/routing/route.ts internalPath): a hint for the door (door.ts), which lets them in
 * without waiting, so that a cached page never queues behind renders. Only a hint: a page the
 * cache dropped since (its tags expired, the cache's bound) comes through and is bounded by the
 * render gate like any other render. Bounded (oldest out), each key kept PAGE_TTL_SECONDS after
 * it was last answered, forgotten whole on any content change (lib/freshness).
 */
const MAX_KEYS = 50_000;
const TTL_MS = PAGE_TTL_SECONDS * 1000;

class HotPages {
  private readonly until = new Map<string, number>();

  mark(key: string, now = Date.now()): void {
    this.until.delete(key);
    this.until.set(key, now + TTL_MS);
    if (this.until.size > MAX_KEYS) {
      const oldest = this.until.keys().next().value;
      if (oldest !== undefined) this.until.delete(oldest);
    }
  }

  has(key: string, now = Date.now()): boolean {
    const until = this.until.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    this.until.delete(key);
    return false;
  }

  forget(): void {
    this.until.clear();
  }
}

export const hotPages = (): HotPages => singleton('admission-hot-pages', () => new HotPages());
