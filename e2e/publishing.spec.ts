import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DATA_DIR } from './lib/content';
import { PUBLISH_DIR, PUBLISH_URL } from './lib/servers';
import { SEED_ARTICLE } from './lib/site';

/**
 * An editor saves a file into the content folder of a running server (its own
 * scratch copy of data/, see playwright.config.ts): the article is served
 * without a restart, a half-written file breaks nothing, a deleted one is gone.
 */
const ID = 9001;
const SLUG = 'ha-noi-mo-them-tuyen-xe-buyt-dien';
const TITLE = 'Hà Nội mở thêm tuyến xe buýt điện nối nội đô với sân bay Nội Bài';
const url = (p: string) => `${PUBLISH_URL}${p}`;

async function statusWithin(request: APIRequestContext, path: string, expected: number, ms = 15_000): Promise<number> {
  let status = 0;
  await expect
    .poll(async () => (status = (await request.get(url(path), { maxRedirects: 0 })).status()), { timeout: ms, intervals: [250] })
    .toBe(expected);
  return status;
}

test('publishing without a restart: save → served, broken file → nothing lost, delete → 404', async ({ request }) => {
  test.setTimeout(60_000);
  const folder = path.join(PUBLISH_DIR, 'articles/2031/01');
  const file = path.join(folder, `${ID}-${SLUG}.json`);
  const articleUrl = `/${SLUG}-${ID}.html`;
  expect((await request.get(url(articleUrl))).status()).toBe(404);

  const seed = JSON.parse(await readFile(path.join(DATA_DIR, SEED_ARTICLE.file), 'utf8'));
  await mkdir(folder, { recursive: true });
  await writeFile(file, JSON.stringify({ ...seed, id: ID, slug: SLUG, title: TITLE, publishedAt: new Date().toISOString().replace('Z', '+00:00') }));

  await statusWithin(request, articleUrl, 200);
  const html = await (await request.get(url(articleUrl))).text();
  expect(html).toContain(`<h1>${TITLE}</h1>`);
  expect((await request.get(url(`/m${articleUrl}`))).status()).toBe(200);
  const short = await request.get(url(`/a/${ID}`), { maxRedirects: 0 });
  expect(short.status()).toBe(308);
  expect(new URL(short.headers()['location']!, PUBLISH_URL).pathname).toBe(articleUrl);

  // A file saved half-way next to a good one: once the good one is served (so the reload has run),
  // the broken one has cost nothing.
  await writeFile(path.join(folder, '9002-dang-viet-do.json'), '{ "id": 9002, "title": "Đang viết');
  await writeFile(path.join(folder, `9003-${SLUG}-2.json`), JSON.stringify({ ...seed, id: 9003, slug: `${SLUG}-2`, title: `${TITLE} (2)` }));
  await statusWithin(request, `/${SLUG}-2-9003.html`, 200);
  expect((await request.get(url(articleUrl))).status()).toBe(200);
  expect((await request.get(url('/'))).status()).toBe(200);
  expect((await request.get(url('/a/9002'))).status()).toBe(404);

  // Unpublished: the file is deleted, the URL answers 404 even though the page was cached.
  await rm(file);
  await statusWithin(request, articleUrl, 404);
  expect((await request.get(url('/chinh-tri'))).status()).toBe(200);
});
