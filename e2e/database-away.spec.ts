import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { config } from '../lib/config';
import { migrate } from '../lib/content/postgres/migrate';
import { createScratchDatabase, type ScratchDatabase } from '../lib/content/postgres/scratch';
import { syncContent } from '../lib/content/ingest/sync/sync';
import { DATA_DIR } from './lib/content';
import { DATABASE_AWAY_PORT } from './lib/servers';
import { SEED } from './lib/site';

/**
 * The proxy reads no content and pages are answered from the cache (decision 021): with the
 * database away, a page the instance holds still answers 200, one it does not is a 503 that asks
 * the reader to come back (Retry-After) and that no cache keeps, and once the database is back
 * everything answers again, with no restart. This spec has its own database (the bundled
 * newsroom, synced) and its own PostgreSQL instance on it, so closing the database to
 * connections touches no other spec.
 */
const ORIGIN = `http://127.0.0.1:${DATABASE_AWAY_PORT}`;
const NAME = `tin_e2e_away_${DATABASE_AWAY_PORT}`;
let database: ScratchDatabase | undefined;
let server: ChildProcess | undefined;
const admin = () => postgres(config.databaseUrl, { max: 1, onnotice: () => {} });
/** The instance's revalidation secret: the spec expires pages as a publish would. */
const SECRET = `database-away-${process.pid}`;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  database = await createScratchDatabase(NAME);
  await migrate(database.sql);
  await syncContent(database.sql, DATA_DIR);
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(DATABASE_AWAY_PORT)], {
    env: { ...process.env, CONTENT_STORE: 'postgres', DATABASE_URL: database.url, CONTENT_DIR: DATA_DIR, CONTENT_WATCH: '0', SITE_URL: ORIGIN, REVALIDATE_SECRET: SECRET, STATE_DIR: `${os.tmpdir()}/tin-thu-do-e2e-away-${DATABASE_AWAY_PORT}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await expect(async () => expect((await fetch(`${ORIGIN}/robots.txt`)).status).toBe(200)).toPass({ timeout: 60_000 });
});

test.afterAll(async () => {
  const sql = admin();
  await sql.unsafe(`ALTER DATABASE ${NAME} ALLOW_CONNECTIONS true`).catch(() => {});
  await sql.end({ timeout: 5 });
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await database?.drop();
});

test('with the database away, cached pages answer 200 and uncached ones 503, never kept; then everything recovers', async ({ request }) => {
  test.setTimeout(60_000);
  const cached = ['/', '/thoi-su', SEED.path, `/m${SEED.path}`, '/khong-co-trang-nay'];
  for (const path of cached) await request.get(`${ORIGIN}${path}`, { maxRedirects: 0 });

  const sql = admin();
  try {
    await sql.unsafe(`ALTER DATABASE ${NAME} ALLOW_CONNECTIONS false`);
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${NAME}`;

    for (const path of cached) {
      const response = await request.get(`${ORIGIN}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(path === '/khong-co-trang-nay' ? 404 : 200);
    }
    const uncached = await request.get(`${ORIGIN}/chu-de/ha-noi`, { maxRedirects: 0 });
    expect(uncached.status()).toBe(503);
    expect(uncached.headers()['retry-after']).toMatch(/^\d+$/);
    expect(uncached.headers()['cache-control']).toContain('no-store');
    expect(await uncached.text()).toContain('Trang tạm thời chưa mở được');
  } finally {
    await sql.unsafe(`ALTER DATABASE ${NAME} ALLOW_CONNECTIONS true`);
    await sql.end({ timeout: 5 });
  }

  // Nothing of the outage was kept: the same page renders once the database answers again.
  await expect(async () => expect((await request.get(`${ORIGIN}/chu-de/ha-noi`, { maxRedirects: 0 })).status()).toBe(200)).toPass({ timeout: 10_000 });
});

test('a page expired while the database is away is answered stale, kept by no cache, and fresh again once it is back', async ({ request }) => {
  test.setTimeout(60_000);
  const page = '/thoi-su';
  expect((await request.get(`${ORIGIN}${page}`)).status()).toBe(200);
  const sql = admin();
  try {
    await sql.unsafe(`ALTER DATABASE ${NAME} ALLOW_CONNECTIONS false`);
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${NAME}`;
    // A publish expires the section's pages just as the database goes (the tag a new article in it expires).
    const expired = await request.post(`${ORIGIN}/internal/revalidate`, { headers: { Authorization: `Bearer ${SECRET}` }, data: { tags: ['l:cat:vi:thoi-su'] } });
    expect(expired.status()).toBe(200);
    const stale = await request.get(`${ORIGIN}${page}`, { maxRedirects: 0 });
    expect(stale.status()).toBe(200);
    expect(stale.headers()['x-nextjs-cache']).toBe('STALE');
    expect(stale.headers()['cache-control']).toContain('no-store');
    expect(await stale.text()).toContain('<h1');
  } finally {
    await sql.unsafe(`ALTER DATABASE ${NAME} ALLOW_CONNECTIONS true`);
    await sql.end({ timeout: 5 });
  }
  await expect(async () => {
    const fresh = await request.get(`${ORIGIN}${page}`, { maxRedirects: 0 });
    expect(fresh.status()).toBe(200);
    expect(fresh.headers()['x-nextjs-cache']).not.toBe('STALE');
  }).toPass({ timeout: 10_000 });
});
