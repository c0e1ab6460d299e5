import { expect, test, type APIRequestContext } from '@playwright/test';
import { connect } from '../lib/content/postgres/store';
import { config } from '../lib/config';
import { TestArticle } from './lib/publish';
import { PAIR_DIR, PAIR_PORTS, PAIR_URLS, SAVED_WHILE_DOWN } from './lib/servers';
import { expectBrokenEditKeepsLastGood, expectGone, expectListed, expectServed, expectUnlisted } from './lib/stories';

/**
 * Two `next start` instances on one PostgreSQL database (e2e/lib/postgres-servers.ts). Only the
 * first watches the content folder and syncs it; the second learns of each publish through
 * PostgreSQL's NOTIFY. Both must agree within 10 s, on cached pages too, with no restart.
 */
const [A = '', B = ''] = PAIR_URLS;
const origins = [A, B];

async function status(request: APIRequestContext, url: string): Promise<number> {
  return (await request.get(url, { maxRedirects: 0 })).status();
}

// In order, each test on its own articles: the first test checks the state the servers started
// with, so it must run before any other test here saves into the folder (a save makes the
// watching instance sync, which would publish the article it looks for even if the catch-up at
// start-up had missed it). 'default', not 'serial': a failure does not skip the tests after it.
test.describe.configure({ mode: 'default' });

test('an article saved while no server watched is published when the watching instance starts', async ({ request }) => {
  // postgres-servers.ts saved it after the last sync and before the pair started.
  await expectServed(request, new TestArticle(PAIR_DIR, SAVED_WHILE_DOWN), { origins, within: 10_000 });
});

test('a publish and a removal are seen by both instances within 10 s', async ({ request }) => {
  test.setTimeout(60_000);
  const article = new TestArticle(PAIR_DIR, { id: 9401, slug: 'hai-may-chu-mot-co-so-du-lieu', month: '2031/05', title: 'Hai máy chủ, một cơ sở dữ liệu', category: 'thoi-su' });
  const listings = origins.flatMap((origin) => ['/', '/thoi-su'].map((p) => `${origin}${p}`));
  // Cache home and the section on both instances first.
  for (const p of listings) expect(await status(request, p), p).toBe(200);
  for (const origin of origins) expect(await status(request, `${origin}${article.path}`)).toBe(404);

  await article.publish();
  await expectServed(request, article, { origins, within: 10_000 });
  await expectListed(request, article, listings, { within: 10_000 });

  await article.remove();
  await expectGone(request, article, { origins, within: 10_000 });
  await expectUnlisted(request, article, origins.map((origin) => `${origin}/`), { within: 10_000 });
});

test('a live update saved is on the live page of both instances within 10 s, and on the check URL', async ({ request }) => {
  test.setTimeout(60_000);
  const began = Date.now() - 60 * 60 * 1000;
  const update = (i: number) => ({ id: `hai-may-chu-${i}`, at: new Date(began + i * 60_000).toISOString().replace('Z', '+00:00'), body: [{ type: 'paragraph', content: `Cập nhật ${i}.` }] });
  const article = new TestArticle(PAIR_DIR, { id: 9410, slug: 'truc-tiep-hai-may-chu', month: '2031/05', title: 'Trực tiếp trên hai máy chủ', publishedAt: new Date(began).toISOString().replace('Z', '+00:00') });
  await article.publish({ live: { status: 'live', updates: [update(1)] } });
  await expectServed(request, article, { origins, within: 10_000 });
  // Both instances cache the page and the check first.
  for (const origin of origins) expect(await status(request, `${origin}/live/9410/hai-may-chu-1`)).toBe(200);
  await article.edit({ live: { status: 'live', updates: [update(1), update(2)] } });
  const seen = async () =>
    Promise.all(
      origins.map(async (origin) => [
        (await (await request.get(`${origin}${article.path}`)).text()).includes('id="cap-nhat-hai-may-chu-2"'),
        ((await (await request.get(`${origin}/live/9410/hai-may-chu-1`)).json()) as { newest?: string }).newest === 'hai-may-chu-2',
      ]),
    );
  await expect.poll(seen, { timeout: 10_000, intervals: [250] }).toEqual([[true, true], [true, true]]);
  await article.remove();
});

test('a broken edit keeps the last good version on both instances', async ({ request }) => {
  test.setTimeout(60_000);
  // In the past: a publishedAt still to come would schedule it (e2e/newsroom.spec.ts).
  const publishedAt = '2026-05-02T08:00:00+07:00';
  const article = new TestArticle(PAIR_DIR, { id: 9402, slug: 'ban-sua-hong-van-con-ban-cu', month: '2031/05', title: 'Bản tốt còn nguyên', publishedAt });
  // Another publish after it proves the broken edit has been synced (and refused).
  const witness = new TestArticle(PAIR_DIR, { id: 9403, slug: 'bai-lam-chung', month: '2031/05', title: 'Bài làm chứng', publishedAt });
  await article.publish();
  await expectServed(request, article, { origins, within: 10_000 });
  await expectBrokenEditKeepsLastGood(request, article, { title: 'Bản hỏng', publishedAt: 'không phải ngày' }, witness, { origins, within: 10_000 });
  await Promise.all([article.remove(), witness.remove()]);
});

/** The pair's database (e2e/lib/postgres-servers.ts), as seen from the server's `postgres` database. */
const PAIR_DATABASE = `tin_e2e_${PAIR_PORTS[0]}`;

/**
 * PostgreSQL away: every connection of the pair's database terminated and new ones refused
 * (ALLOW_CONNECTIONS false, what a restart looks like to the instances) for `ms`, under light
 * load; `during()` runs meanwhile. Then the database is back.
 */
async function databaseAway(ms: number, during: () => Promise<void>): Promise<void> {
  const admin = connect(config.databaseUrl, 1);
  let load = true;
  const reader = (async () => {
    for (let i = 0; load; i++) await fetch(`${origins[i % 2]}/`).then((r) => r.arrayBuffer(), () => undefined);
  })();
  try {
    await admin.unsafe(`ALTER DATABASE ${PAIR_DATABASE} ALLOW_CONNECTIONS false`);
    await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${PAIR_DATABASE}`;
    const until = Date.now() + ms;
    await during();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now())));
  } finally {
    await admin.unsafe(`ALTER DATABASE ${PAIR_DATABASE} ALLOW_CONNECTIONS true`);
    load = false;
    await reader;
    await admin.end();
  }
}

test('PostgreSQL away under light load: both instances stay up, a publish saved meanwhile reaches both within 10 s of its return, LISTEN is back', async ({ request }) => {
  test.setTimeout(90_000);
  const savedWhileAway = new TestArticle(PAIR_DIR, { id: 9404, slug: 'luu-khi-co-so-du-lieu-vang-mat', month: '2031/05', title: 'Lưu khi cơ sở dữ liệu vắng mặt', category: 'thoi-su' });
  const afterwards = new TestArticle(PAIR_DIR, { id: 9405, slug: 'dang-sau-khi-co-so-du-lieu-tro-lai', month: '2031/05', title: 'Đăng sau khi cơ sở dữ liệu trở lại', category: 'thoi-su' });
  for (const origin of origins) expect(await status(request, `${origin}/`)).toBe(200);

  await databaseAway(4_000, async () => {
    for (const origin of origins) {
      await expect.poll(() => status(request, `${origin}/readyz`), { message: `${origin}/readyz while the database is away`, timeout: 5_000 }).toBe(503);
    }
    // Saved while the watching instance cannot sync: its sync is tried again until the database takes it.
    await savedWhileAway.publish();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const origin of origins) expect(await status(request, `${origin}/healthz`), `${origin} still serves`).toBe(200);
  });

  await expectServed(request, savedWhileAway, { origins, within: 10_000 });
  for (const origin of origins) {
    await expect.poll(() => status(request, `${origin}/readyz`), { message: `${origin}/readyz after the database is back`, timeout: 5_000 }).toBe(200);
  }
  // The second instance hears of a publish only through LISTEN: its cached home shows the next one.
  expect(await status(request, `${B}/`)).toBe(200);
  await afterwards.publish();
  await expectListed(request, afterwards, [`${B}/`], { within: 10_000 });

  const admin = connect(config.databaseUrl, 1);
  try {
    const [idle] = await admin<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = ${PAIR_DATABASE} AND state LIKE 'idle in transaction%'`;
    expect(idle?.n, 'connections left idle in transaction').toBe(0);
  } finally {
    await admin.end();
  }
  await Promise.all([savedWhileAway.remove(), afterwards.remove()]);
});

// The proxy answers a page the cache holds without asking the database, and the one render
// function answers 503 (not 500, never cached) when the store fails (decision 021).
test('PostgreSQL away: cached pages answer 200, uncached ones 503, and within 5 s of its return everything answers 200', async ({ request }) => {
  test.setTimeout(60_000);
  const cachedPages = origins.flatMap((origin) => ['/', '/thoi-su'].map((p) => `${origin}${p}`));
  // Warm the cache first (an earlier outage's re-LISTEN expires every page: the next request renders it).
  for (const url of cachedPages) await expect.poll(() => status(request, url), { message: `${url} cached`, timeout: 10_000 }).toBe(200);
  const uncached = origins.map((origin, i) => `${origin}/tim-kiem?q=${encodeURIComponent(['Hà Nội', 'kinh tế'][i] ?? 'tin')}`);
  await databaseAway(3_000, async () => {
    for (const url of cachedPages) expect(await status(request, url), url).toBe(200);
    for (const url of uncached) expect(await status(request, url), url).toBe(503);
  });
  await expect
    .poll(async () => (await Promise.all([...cachedPages, ...uncached].map((url) => status(request, url)))).every((s) => s === 200), { timeout: 5_000 })
    .toBe(true);
});
