/**
 * Views per article per hour: what "Đọc nhiều" ranks. Two keepers behind one
 * interface, chosen with the content store: a state file for the in-memory
 * store (file-counter.ts), a table for PostgreSQL (postgres-counter.ts).
 */
export interface ViewCounter {
  /** One counted view (the caller has already refused bots, prefetches and repeats). */
  add(articleId: number, at: Date): void;
  /** Article ids by views since `since`, most first, at most `limit`. */
  top(since: Date, limit: number): Promise<{ id: number; views: number }[]>;
  /** Writes what is pending (called on a timer and before exit). */
  flush(): Promise<void>;
}

export const HOUR_MS = 60 * 60 * 1000;
/** Counts older than this are dropped: the longest window shown is 7 days. */
export const KEEP_MS = 8 * 24 * HOUR_MS;

/** The start of the hour an instant falls in, as epoch milliseconds. */
export function hourOf(at: Date): number {
  return Math.floor(at.getTime() / HOUR_MS) * HOUR_MS;
}
