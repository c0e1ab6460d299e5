import { expect, test } from '@playwright/test';
import type { RunningNginx } from '../scripts/lib/nginx';
import { articlePath, articles } from './lib/content';
import { startInstance, startTier, type Instance } from './lib/fleet';
import { FLEET_PORTS, FLEET_TIER_PORT, FLEET_TIER_URL } from './lib/servers';

/**
 * The cache tier in front of two instances (deploy/nginx/tier.conf with two server lines, on
 * loopback only: TIER_HOST), one of them killed with SIGKILL in the middle of the readers'
 * run: readers of cached pages see no error, uncached pages (search: never stored) go on
 * answering from the other instance, and when both are gone the tier still serves its stored
 * copies, stale. Decision 022.
 */
test.describe.configure({ mode: 'serial' });

const DESKTOP = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36' };
const cached = ['/', '/thoi-su', '/m', ...articles().filter((a) => a.locale === 'vi').slice(0, 6).map(articlePath)];
const searches = ['Hà Nội', 'quốc hội', 'kinh tế', 'giáo dục', 'thời tiết', 'giao thông', 'bóng đá', 'y tế'];

let fleet: Instance[] = [];
let tier: RunningNginx | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const env = { CONTENT_DIR: 'data', SITE_URL: FLEET_TIER_URL };
  const started = await Promise.allSettled(FLEET_PORTS.map((port) => startInstance(port, env)));
  fleet = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  tier = await startTier(FLEET_TIER_PORT, fleet.map((i) => i.url));
});

test.afterAll(async () => {
  await Promise.all(fleet.map((i) => i.kill('SIGTERM')));
  await tier?.stop();
});

interface Answer {
  path: string;
  status: number;
  cache: string;
  /** Why there was no whole answer (the connection failed, the body was cut). */
  error?: string;
  started: number;
  ended: number;
}

/** Requests sent again because the connection closed before any answer came (see get). */
let retried = 0;

/**
 * GETs through the tier: the status (0 when no whole answer came), X-Cache-Status, when it
 * started and ended. A GET whose connection closed before any answer came is sent once more, as
 * browsers do with an idempotent request on a kept-alive connection the server has just closed;
 * an answer cut off after its headers is a failure.
 */
async function get(path: string): Promise<Answer> {
  const started = Date.now();
  let status = 0;
  let cache = '';
  try {
    const ask = () => fetch(`${FLEET_TIER_URL}${path}`, { headers: DESKTOP, redirect: 'manual' });
    const response = await ask().catch(() => {
      retried++;
      return ask();
    });
    cache = response.headers.get('x-cache-status') ?? '';
    await response.arrayBuffer();
    status = response.status;
    return { path, status, cache, started, ended: Date.now() };
  } catch (error) {
    return { path, status, cache, error: String((error as Error).cause ?? error), started, ended: Date.now() };
  }
}

test('one instance killed with SIGKILL mid-run: cached pages never fail, uncached pages answer from the other', async () => {
  test.setTimeout(90_000);
  // Every cached page stored first.
  for (const path of cached) {
    await expect.poll(async () => (await get(path)).cache, { message: path, timeout: 15_000 }).toMatch(/^(HIT|STALE|UPDATING)$/);
  }
  const [victim] = fleet;
  const cachedAnswers: Answer[] = [];
  const uncachedAnswers: Answer[] = [];
  let killedAt = Infinity;
  const until = Date.now() + 12_000;
  const reader = async (paths: string[], into: Answer[]) => {
    for (let i = 0; Date.now() < until; i++) into.push(await get(paths[i % paths.length] ?? '/'));
  };
  const uncached = searches.map((q) => `/tim-kiem?q=${encodeURIComponent(q)}`);
  await Promise.all([
    ...Array.from({ length: 4 }, () => reader(cached, cachedAnswers)),
    ...Array.from({ length: 2 }, () => reader(uncached, uncachedAnswers)),
    (async () => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      killedAt = Date.now();
      await victim?.kill('SIGKILL');
    })(),
  ]);
  const failed = (list: Answer[]) => list.filter((a) => a.status !== 200);
  // An uncached page being sent by the killed instance at that moment is cut off: nothing can
  // save an answer whose headers have left. Every one asked after the kill must come whole.
  const inFlight = uncachedAnswers.filter((a) => a.started < killedAt && a.ended >= killedAt);
  const after = uncachedAnswers.filter((a) => a.started >= killedAt);
  const before = uncachedAnswers.filter((a) => a.ended < killedAt);
  const show = (list: Answer[]) => JSON.stringify(list.map(({ path, status, cache, error }) => ({ path, status, cache, error })));
  console.log(
    `cached: ${cachedAnswers.length} answers, ${failed(cachedAnswers).length} failed ${show(failed(cachedAnswers))}; ` +
      `uncached: ${before.length} before the kill, ${inFlight.length} in flight (${failed(inFlight).length} cut off), ${after.length} after, ${failed(after).length} failed ${show(failed(after))}; ` +
      `${retried} sent again after a connection closed before answering`,
  );
  expect(victim?.child.signalCode).toBe('SIGKILL');
  expect(cachedAnswers.length).toBeGreaterThan(100);
  expect(failed(cachedAnswers), 'cached pages that did not answer 200').toEqual([]);
  expect(after.length).toBeGreaterThan(5);
  expect(failed(before).concat(failed(after)), 'uncached pages asked before or after the kill that did not answer 200').toEqual([]);
});

test('every instance gone: the tier serves its stored pages, stale, and only uncached pages fail', async () => {
  test.setTimeout(30_000);
  await fleet[1]?.kill('SIGKILL');
  // Past the 5 s the tier keeps a page fresh: it must ask an instance, finds none, and serves the stored copy.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  for (const path of cached.slice(0, 4)) {
    const answer = await get(path);
    expect(answer.status, path).toBe(200);
    expect(answer.cache, path).toMatch(/^(STALE|UPDATING|HIT)$/);
  }
  expect([502, 504]).toContain((await get('/tim-kiem?q=ha+noi')).status);
});
