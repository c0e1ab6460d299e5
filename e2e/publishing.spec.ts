import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { articlePath, articles } from './lib/content';
import { nowWithOffset, seedRecord, writeArticle } from './lib/publish';
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

// Both tests write into the same content folder and read the same caches: one at a time.
test.describe.configure({ mode: 'serial' });

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

  const seed = await seedRecord();
  await writeArticle(file, { id: ID, slug: SLUG, title: TITLE, publishedAt: nowWithOffset() });

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

/**
 * Freshness: every page that shows an article follows a publish, an edit and
 * a removal within 10 s, although they are cached; pages that do not show it
 * stay cached.
 */
test('publishing, editing and removing reach every page that shows the article within 10 s', async ({ request }) => {
  test.setTimeout(90_000);
  const id = 9101;
  const slug = 'tin-nong-kiem-tra-do-tuoi-moi';
  const tag = 'Kiểm tra độ tươi';
  const folder = path.join(PUBLISH_DIR, 'articles/2031/02');
  const file = path.join(folder, `${id}-${slug}.json`);
  const write = (title: string) => writeArticle(file, { id, slug, title, category: 'thoi-su', tags: [tag], authors: ['tu-linh'], publishedAt: nowWithOffset() });
  // Listings, mobile twins, feeds and the news sitemap that must list it; warmed into the cache first.
  const listings = ['/', '/m', '/thoi-su', '/m/thoi-su', '/tac-gia/tu-linh', '/rss.xml', '/rss/thoi-su.xml', '/sitemaps/news.xml'];
  const english = articlePath(articles().find((a) => a.locale === 'en')!);
  for (const p of [...listings, english, english]) expect((await request.get(url(p))).status(), p).toBe(200);
  expect((await request.get(url(english))).headers()['x-nextjs-cache'], 'an English article is cached').toMatch(/HIT|STALE/);
  // An article page first rendered after the publish: its "Tin mới nhất" sidebar shows the new article.
  const witness = articlePath(articles().find((a) => a.locale === 'vi' && a.id !== SEED_ARTICLE.id && a.category === 'van-hoa')!);

  const body = async (p: string) => (await request.get(url(p))).text();
  const everywhere = async (what: string, expected: boolean) => {
    for (const p of listings) {
      await expect.poll(async () => (await body(p)).includes(what), { message: `${p} ${expected ? 'shows' : 'no longer shows'} ${what}`, timeout: 10_000, intervals: [250] }).toBe(expected);
    }
  };

  await write('Tin nóng: bản đầu tiên');
  await statusWithin(request, `/${slug}-${id}.html`, 200, 10_000);
  await everywhere(`/${slug}-${id}.html`, true);
  await expect.poll(async () => (await body(`/chu-de/kiem-tra-do-tuoi`)).includes('Tin nóng: bản đầu tiên'), { timeout: 10_000 }).toBe(true);
  expect((await request.get(url(english))).headers()['x-nextjs-cache'], 'a page that does not show it stays cached').toBe('HIT');
  expect(await body(witness), 'the sidebar of an article rendered now').toContain(`/${slug}-${id}.html`);

  // A corrected headline: the article, its mobile twin and every listing say the new one; the preview image URL changes.
  const preview = async () => /<meta property="og:image" content="([^"]+)"/.exec(await body(`/${slug}-${id}.html`))?.[1];
  const firstPreview = await preview();
  await write('Tin nóng: bản đã sửa');
  await expect.poll(async () => (await body(`/m/${slug}-${id}.html`)).includes('<h1>Tin nóng: bản đã sửa</h1>'), { timeout: 10_000 }).toBe(true);
  await everywhere('Tin nóng: bản đã sửa', true);
  expect(await body('/')).not.toContain('Tin nóng: bản đầu tiên');
  expect(await preview()).not.toBe(firstPreview);

  // Removed: 404, and no page links to it any more, including the sidebars of articles rendered meanwhile.
  await rm(file);
  await statusWithin(request, `/${slug}-${id}.html`, 404, 10_000);
  await everywhere(`/${slug}-${id}.html`, false);
  await expect.poll(async () => (await body(witness)).includes(`-${id}.html`), { timeout: 10_000 }).toBe(false);
});
