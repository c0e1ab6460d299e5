import { reportChange } from '../change-feed';
import type { MemoryIndex } from '../memory/memory-index';
import type { PostgresStore } from '../postgres/store';
import { singleton } from '../../singletons';
import { releaseDue } from './sync/release';

/**
 * Scheduled publishing, in every process that serves. An article whose publishedAt is still to
 * come is hidden by the stores until then (store/contract.ts); at its time the schedule announces
 * it, so that the cached pages that list it expire (decision 008), and likewise when a curated
 * front page or a breaking-news banner ends. It sleeps until the next scheduled time, and at most
 * MAX_WAIT_MS, so that something saved a moment ahead, or due on another instance, is seen in time.
 *
 * - In memory each process announces to itself what became due since it last looked: its own cache
 *   is the only one it holds.
 * - On PostgreSQL every instance tries, and one does it: releaseDue lists the articles and sends
 *   the NOTIFY in one transaction under a lock no other instance can hold at once, and every
 *   instance expires what that one change names (ingest/listen.ts).
 * A restart changes nothing: what is due is hidden or shown by the clock (memory) or released by
 * the first instance to look (PostgreSQL), and a fresh process has nothing cached.
 */
export interface Schedule {
  /** When something is next due (ms; possibly already past), undefined when nothing is scheduled. */
  next(): Promise<number | undefined>;
  /** Publishes what is due at `now`; false when it must be tried again soon (another instance holds the lock). */
  publishDue(now: number): Promise<boolean>;
}

const MAX_WAIT_MS = 2_000;
const RETRY_MS = 250;

export interface Running {
  stop(): void;
}

/** Runs a schedule until stopped (one per process: a second start replaces the first). */
export function startSchedule(schedule: Schedule, clock: () => number = Date.now): Running {
  const holder = singleton<{ current?: Running }>('content-schedule', () => ({}));
  holder.current?.stop();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const tick = async () => {
    let wait = MAX_WAIT_MS;
    try {
      let next = await schedule.next();
      if (next !== undefined && next <= clock()) {
        const done = await schedule.publishDue(clock());
        next = done ? await schedule.next() : undefined;
        if (!done) wait = RETRY_MS;
      }
      if (next !== undefined) wait = Math.min(wait, Math.max(0, next - clock()));
    } catch (error) {
      console.error(`[content] the schedule could not publish what was due: ${(error as Error).message}`);
    }
    if (stopped) return;
    timer = setTimeout(() => void tick(), wait);
    timer.unref();
  };
  const running: Running = {
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
  holder.current = running;
  void tick();
  return running;
}

/** The in-memory store: what became due since the last look is reported to this process's listeners. */
export function memorySchedule(index: () => Promise<MemoryIndex>, clock: () => number = Date.now): Schedule {
  let announcedUpTo = clock();
  return {
    next: async () => (await index()).nextAfter(announcedUpTo),
    publishDue: async (now) => {
      const change = (await index()).dueBetween(announcedUpTo, now);
      announcedUpTo = now;
      if (change.articles.length > 0) console.log(`[content] scheduled article(s) published: ${change.articles.join(', ')}`);
      await reportChange(change);
      return true;
    },
  };
}

/** The PostgreSQL store: the first instance to get the lock releases what is due and NOTIFYs every instance. */
export function postgresSchedule(store: PostgresStore): Schedule {
  return {
    next: () => store.nextScheduled(),
    publishDue: async (now) => {
      const change = await releaseDue(store.sql, (locale, slug) => store.getCategory(locale, slug)?.parent, { now });
      if (change && change.articles.length > 0) console.log(`[content] scheduled article(s) released: ${change.articles.join(', ')}`);
      return change !== undefined;
    },
  };
}
