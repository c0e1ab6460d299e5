import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startSchedule, type Schedule } from './schedule';

test('the schedule publishes each thing once, not before its time, and tries again when another instance holds the lock', async (t) => {
  const start = Date.now();
  const due = [start + 150, start + 300];
  /** [due, when it was published], relative to the start. */
  const published: [number, number][] = [];
  let refusals = 1;
  let done = () => {};
  const both = new Promise<void>((resolve) => (done = resolve));
  const schedule: Schedule = {
    next: async () => due[0],
    publishDue: async (now) => {
      // The first try meets another instance's lock.
      if (refusals-- > 0) return false;
      while (due[0] !== undefined && due[0] <= now) published.push([due.shift()! - start, now - start]);
      if (due.length === 0) done();
      return true;
    },
  };
  const running = startSchedule(schedule);
  t.after(() => running.stop());
  await Promise.race([both, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  assert.deepEqual(published.map(([at]) => at), [150, 300]);
  for (const [at, when] of published) assert.ok(when >= at, `published at ${when} ms, due at ${at} ms`);
});
