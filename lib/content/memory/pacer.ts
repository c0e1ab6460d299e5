import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long loops over the archive call `await pace()` once per item. At start-up
 * (nothing to serve yet) it never waits; during a reload it lets the event
 * loop answer requests every `every` items, so that rebuilding 100,000
 * articles does not freeze the site for seconds.
 */
export type Pace = () => Promise<void> | void;

export const noPause: Pace = () => {};

export function pauseEvery(every = 500): Pace {
  let count = 0;
  return () => (++count % every === 0 ? nextTurn().then(() => undefined) : undefined);
}
