import path from 'node:path';
import { storeKind } from '../index';
import { postgresStore } from '../postgres/runtime';
import type { ViewCounter } from './counter';
import { FileViewCounter } from './file-counter';
import { PostgresViewCounter } from './postgres-counter';

export type { ViewCounter } from './counter';
export { HOUR_MS } from './counter';

/** How often new counts are written (the most a restart can lose). */
const FLUSH_MS = 2000;

/** Where the in-memory store keeps state that is not content: STATE_DIR, or ./.state (ignored by git). */
export function stateDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.STATE_DIR || '.state');
}

const KEY = Symbol.for('tin-thu-do.view-counter');
const holder = globalThis as typeof globalThis & { [KEY]?: Promise<ViewCounter> };

/**
 * Page views per article, kept where the content lives: a state file beside
 * the in-memory store, a table in the PostgreSQL store's database (where
 * several instances add up). One per process, written every two seconds.
 */
export function viewCounter(): Promise<ViewCounter> {
  if (holder[KEY]) return holder[KEY];
  const counter: Promise<ViewCounter> =
    storeKind() === 'postgres'
      ? postgresStore().then((store) => new PostgresViewCounter(store.sql))
      : Promise.resolve(new FileViewCounter(path.join(stateDir(), 'most-read.json')));
  void counter.then((c) => {
    const timer = setInterval(() => void c.flush().catch((error: unknown) => console.error(`[most-read] cannot save counts: ${String(error)}`)), FLUSH_MS);
    timer.unref();
  });
  holder[KEY] = counter;
  return counter;
}
