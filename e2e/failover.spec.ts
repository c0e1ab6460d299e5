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

/** GETs through the tier: the status (0 when the connection failed) and X-Cache-Status. */
async function get(path: string): Promise<{ status: number; cache: string }> {
  try {
    const response = await fetch(`${FLEET_TIER_URL}${path}`, { headers: DESKTOP, redirect: 'manual' });
    await response.arrayBuffer();
    return { status: response.status, cache: response.headers.get('x-cache-status') ?? '' };
  } catch {
    return { status: 0, cache: '' };
  }
}

test('one instance killed with SIGKILL mid-run: cached pages never fail, uncached pages answer from the other', async () => {
  test.setTimeout(90_000);
  // Every cached page stored first.
  for (const path of cached) {
    await expect.poll(async () => (await get(path)).cache, { message: path, timeout: 15_000 }).toMatch(/^(HIT|STALE|UPDATING)$/);
  }
  const [victim] = fleet;
  const answers = { cached: [] as number[], uncachedBefore: [] as number[], uncachedAfter: [] as number[] };
  let killed = false;
  const until = Date.now() + 12_000;
  const reader = async (paths: string[], into: (status: number) => void) => {
    for (let i = 0; Date.now() < until; i++) into((await get(paths[i % paths.length] ?? '/')).status);
  };
  const uncached = searches.map((q) => `/tim-kiem?q=${encodeURIComponent(q)}`);
  await Promise.all([
    ...Array.from({ length: 4 }, () => reader(cached, (s) => answers.cached.push(s))),
    ...Array.from({ length: 2 }, () => reader(uncached, (s) => (killed ? answers.uncachedAfter : answers.uncachedBefore).push(s))),
    (async () => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await victim?.kill('SIGKILL');
      killed = true;
    })(),
  ]);
  const failed = (list: number[]) => list.filter((s) => s !== 200).length;
  console.log(`cached: ${answers.cached.length} answers, ${failed(answers.cached)} failed; uncached: ${answers.uncachedBefore.length} before the kill, ${answers.uncachedAfter.length} after, ${failed(answers.uncachedAfter)} failed after`);
  expect(victim?.child.signalCode).toBe('SIGKILL');
  expect(answers.cached.length).toBeGreaterThan(100);
  expect(failed(answers.cached), 'cached pages that did not answer 200').toBe(0);
  expect(answers.uncachedAfter.length).toBeGreaterThan(5);
  expect(failed(answers.uncachedBefore) + failed(answers.uncachedAfter), 'uncached pages that did not answer 200').toBe(0);
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
