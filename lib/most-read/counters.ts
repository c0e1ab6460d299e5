import path from 'node:path';
import { contentDatabase } from '../content';
import { config } from '../config';
import { singleton } from '../singletons';
import type { ViewCounter } from './counter';
import { FileViewCounter } from './file-counter';
import { PostgresViewCounter } from './postgres-counter';

export type { ViewCounter } from './counter';
export { HOUR_MS } from './counter';

/** How often new counts are written (the most a restart can lose). */
const FLUSH_MS = 2000;

/**
 * Page views per article, kept where the content lives: a state file beside the in-memory store
 * ({STATE_DIR}/most-read.json), a table in the PostgreSQL store's database (where several
 * instances add up). One per process, written every two seconds.
 */
export function viewCounter(): Promise<ViewCounter> {
  return singleton('view-counter', () => {
    const counter: Promise<ViewCounter> = contentDatabase().then((sql) =>
      sql ? new PostgresViewCounter(sql) : new FileViewCounter(path.join(config.stateDir, 'most-read.json')),
    );
    void counter.then((c) => {
      const timer = setInterval(() => void c.flush().catch((error: unknown) => console.error(`[most-read] cannot save counts: ${String(error)}`)), FLUSH_MS);
      timer.unref();
    });
    return counter;
  });
}
