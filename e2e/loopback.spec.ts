import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { expect, test } from '@playwright/test';
import { LOOPBACK_PORT } from './lib/servers';
import { SEED } from './lib/site';

/**
 * An instance bound to the loopback address only (`npm start -- -H 127.0.0.1`, the way instances
 * sit behind the cache tier): the proxy's rewrites must stay inside the instance. They once went
 * to http://localhost…, out over HTTP and back into the proxy as public paths, so every page
 * answered a 308 to itself (/ → /, /thoi-su → /category/thoi-su/1). This spec starts its own
 * instance so bound, on the bundled newsroom.
 */
const ORIGIN = `http://127.0.0.1:${LOOPBACK_PORT}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(LOOPBACK_PORT)], {
    env: { ...process.env, SITE_URL: ORIGIN, CONTENT_DIR: 'data', CONTENT_WATCH: '0', STATE_DIR: `${os.tmpdir()}/tin-thu-do-e2e-loopback-${LOOPBACK_PORT}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await expect(async () => {
    const response = await fetch(`${ORIGIN}/robots.txt`);
    expect(response.status).toBe(200);
  }).toPass({ timeout: 60_000 });
});

test.afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
});

test('pages answer in place, with no redirect to themselves', async ({ request }) => {
  for (const [path, heading] of [
    ['/', 'Tin Thủ Đô'],
    ['/thoi-su', 'Thời sự'],
    [SEED.path, SEED.title],
    ['/m', undefined],
    ['/en', undefined],
    ['/tim-kiem?q=ha+noi', 'Kết quả tìm kiếm: ha noi'],
  ] as const) {
    const response = await request.get(`${ORIGIN}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    if (heading) expect(await response.text(), path).toContain(heading);
  }
  expect((await request.get(`${ORIGIN}/khong-co-trang-nay`, { maxRedirects: 0 })).status()).toBe(404);
});

test('a stale slug behind a legacy prefix is corrected in one hop, on SITE_URL', async ({ request }) => {
  const response = await request.get(`${ORIGIN}/vi/sai-duong-dan-${SEED.id}.html`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe(`${ORIGIN}${SEED.path}`);
});
