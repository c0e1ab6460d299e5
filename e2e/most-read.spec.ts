import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { articlePath, articles } from './lib/content';
import { SITE_STATE_DIR } from './lib/servers';
import { SEED } from './lib/site';

/**
 * "Đọc nhiều": every article page, desktop and mobile, carries a 1×1 view beacon (a CSS background, no script);
 * readers count once per article per hour, bots and prefetches never; counts are saved in the
 * state folder; the most read show on home, section and article pages.
 */
const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const english = articles().filter((a) => a.locale === 'en');
// An English article only this spec counts.
const counted = english.find((a) => a.id === 1065) ?? english[0]!;

async function savedViews(id: number): Promise<number> {
  try {
    const state = JSON.parse(await readFile(path.join(SITE_STATE_DIR, 'most-read.json'), 'utf8')) as { hours: Record<string, Record<string, number>> };
    return Object.values(state.hours).reduce((sum, counts) => sum + (counts[String(id)] ?? 0), 0);
  } catch {
    return 0;
  }
}

test('article pages carry the view beacon, desktop and mobile; a browser drawing the page fetches it; nobody caches it', async ({ request, page }) => {
  const beaconRequest = page.waitForRequest((r) => r.url().endsWith('/views/1000.gif'));
  await page.goto(SEED.path);
  await beaconRequest;
  for (const p of [SEED.path, `/m${SEED.path}`]) {
    const html = await (await request.get(p)).text();
    expect(html, p).toContain('<span class="view-beacon" style="background-image:url(/views/1000.gif)" aria-hidden="true"></span>');
  }
  const pixel = await request.get('/views/1000.gif');
  expect(pixel.status()).toBe(200);
  expect(pixel.headers()['content-type']).toBe('image/gif');
  expect(pixel.headers()['cache-control']).toBe('private, no-store');
  expect((await request.get('/views/abc.gif')).status()).toBe(200);
});

test('a reader counts once an hour, bots and prefetches not at all, and the count is saved', async ({ request }) => {
  const beacon = `/views/${counted.id}.gif`;
  await request.get(beacon, { headers: { 'User-Agent': READER, 'X-Forwarded-For': '198.51.100.20' } });
  await request.get(beacon, { headers: { 'User-Agent': READER, 'X-Forwarded-For': '198.51.100.20' } });
  await request.get(beacon, { headers: { 'User-Agent': 'facebookexternalhit/1.1', 'X-Forwarded-For': '198.51.100.21' } });
  await request.get(beacon, { headers: { 'User-Agent': READER, 'X-Forwarded-For': '198.51.100.22', 'Sec-Purpose': 'prefetch' } });
  await expect.poll(() => savedViews(counted.id), { timeout: 10_000 }).toBe(1);
  await request.get(beacon, { headers: { 'User-Agent': READER, 'X-Forwarded-For': '198.51.100.23' } });
  await expect.poll(() => savedViews(counted.id), { timeout: 10_000 }).toBe(2);

  // Pages rendered from now on list it under "Most read". The list is worked out at most every
  // 10 s and a page is cached once rendered (other specs render English pages too), so each try
  // asks for another English page, desktop or mobile: one every 1.5 s, until one lists it or none
  // is left.
  const candidates = english.filter((a) => a.id !== counted.id).flatMap((a) => [articlePath(a), `/en/m${articlePath(a).slice(3)}`]);
  let tried = 0;
  let box = '';
  const nextFreshPage = async () => {
    const candidate = candidates[tried++];
    if (candidate === undefined) return 'every English page has been tried';
    const html = await (await request.get(candidate)).text();
    box = /<section class="most-read"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    return box;
  };
  await expect
    .poll(nextFreshPage, { message: 'an English page rendered after the views lists the article under Most read', timeout: candidates.length * 1_500, intervals: [1_500] })
    .toContain(`-${counted.id}.html`);
  expect(box).toContain('Most read');
});
