import { singleton } from '@/lib/singletons';
import type { RenderedPage } from './render';

/**
 * The last good answer of each page, kept so that a page that cannot be made now because the
 * store failed (the database away) is still answered, stale, rather than with a 503: a page
 * expired by a publish a moment before the outage (or by the second expiry three seconds after
 * it, decision 008) would otherwise be lost to every reader until the database is back. Bounded:
 * least recently answered first out past MAX_BYTES (the strings are mostly those the page cache
 * holds anyway). A refused render (admission control) is never answered from here: under a
 * storm, a quick 503 is the answer.
 */
const MAX_BYTES = 16 * 1024 * 1024;

class LastGood {
  private readonly pages = new Map<string, RenderedPage>();
  private bytes = 0;

  remember(key: string, page: RenderedPage): void {
    const old = this.pages.get(key);
    if (old === page) {
      // Most recently answered: to the end of the order.
      this.pages.delete(key);
      this.pages.set(key, page);
      return;
    }
    if (old) this.bytes -= old.html.length;
    this.pages.delete(key);
    this.pages.set(key, page);
    this.bytes += page.html.length;
    for (const [oldest, held] of this.pages) {
      if (this.bytes <= MAX_BYTES) break;
      this.pages.delete(oldest);
      this.bytes -= held.html.length;
    }
  }

  recall(key: string): RenderedPage | undefined {
    return this.pages.get(key);
  }
}

export const lastGood = (): LastGood => singleton('pipeline-last-good', () => new LastGood());
