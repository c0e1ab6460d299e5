import assert from 'node:assert/strict';
import { test } from 'node:test';
import { metricsText } from '../metrics';
import { Admission } from './admission';

/** Work that ends when told to. */
function held<T>(value: T) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { work: async () => (await done, value), release };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

async function metric(name: string, labels: string): Promise<number> {
  const { text } = await metricsText();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

test('work past the bound waits in the queue and starts in the order it came, as slots free', async () => {
  const gate = new Admission({ concurrency: 2, queue: 3, queueMs: 60_000 });
  const jobs = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, ...held(name) }));
  const started: string[] = [];
  const results = jobs.map((job) => gate.run('t-fifo', () => (started.push(job.name), job.work())));
  await settle();
  assert.deepEqual(started, ['a', 'b'], 'two at once');
  assert.equal(gate.inFlight, 2);
  assert.equal(gate.queued, 3);
  assert.equal(await metric('tin_renders_queued', 'kind="t-fifo"'), 3);
  jobs[1]?.release();
  await settle();
  assert.deepEqual(started, ['a', 'b', 'c'], 'the first waiting takes the freed slot');
  jobs[0]?.release();
  await settle();
  assert.deepEqual(started, ['a', 'b', 'c', 'd']);
  for (const job of jobs) job.release();
  assert.deepEqual(await Promise.all(results), jobs.map((j) => ({ admitted: true, value: j.name })));
  assert.equal(gate.inFlight, 0);
  assert.equal(await metric('tin_renders_queued', 'kind="t-fifo"'), 0);
  assert.equal(await metric('tin_renders_in_flight', 'kind="t-fifo"'), 0);
});

test('past the queue, work is refused at once without running, and counted as shed', async () => {
  const gate = new Admission({ concurrency: 1, queue: 1, queueMs: 60_000 });
  const first = held(1);
  const second = held(2);
  let ran = 0;
  const a = gate.run('t-full', () => (ran++, first.work()));
  const b = gate.run('t-full', () => (ran++, second.work()));
  const refused = await gate.run('t-full', async () => (ran++, 3));
  assert.deepEqual(refused, { admitted: false, reason: 'queue-full' });
  assert.equal(ran, 1, 'only the first is running; the refused one never ran');
  assert.equal(await metric('tin_renders_shed_total', 'kind="t-full",reason="queue-full"'), 1);
  first.release();
  second.release();
  assert.deepEqual(await Promise.all([a, b]), [
    { admitted: true, value: 1 },
    { admitted: true, value: 2 },
  ]);
});

test('work still waiting at its deadline is refused, and leaves the queue', async () => {
  const gate = new Admission({ concurrency: 1, queue: 5, queueMs: 30 });
  const first = held('first');
  const a = gate.run('t-deadline', first.work);
  let ran = false;
  const late = await gate.run('t-deadline', async () => ((ran = true), 'late'));
  assert.deepEqual(late, { admitted: false, reason: 'deadline' });
  assert.equal(ran, false);
  assert.equal(gate.queued, 0);
  assert.equal(await metric('tin_renders_shed_total', 'kind="t-deadline",reason="deadline"'), 1);
  assert.equal(await metric('tin_renders_queued', 'kind="t-deadline"'), 0);
  first.release();
  assert.deepEqual(await a, { admitted: true, value: 'first' });
  // The slot is free again: the next one runs at once.
  assert.deepEqual(await gate.run('t-deadline', async () => 'next'), { admitted: true, value: 'next' });
});

test('a queue of 0 refuses whatever finds every slot taken', async () => {
  const gate = new Admission({ concurrency: 1, queue: 0, queueMs: 1000 });
  const first = held(1);
  const a = gate.run('t-none', first.work);
  assert.deepEqual(await gate.run('t-none', async () => 2), { admitted: false, reason: 'queue-full' });
  first.release();
  await a;
});

test('unbounded work (the 404 page) never waits nor is refused, and a failed work frees its slot', async () => {
  const gate = new Admission({ concurrency: 1, queue: 0, queueMs: 1000 });
  const first = held(1);
  const a = gate.run('t-unbounded', first.work);
  assert.deepEqual(await gate.run('not-found', async () => 'page', { unbounded: true }), { admitted: true, value: 'page' });
  first.release();
  await a;
  await assert.rejects(gate.run('t-unbounded', async () => Promise.reject(new Error('store away'))), /store away/);
  assert.equal(gate.inFlight, 0);
  assert.deepEqual(await gate.run('t-unbounded', async () => 'after'), { admitted: true, value: 'after' });
});
