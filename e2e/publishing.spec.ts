import { expect, test } from '@playwright/test';
import { articlePath, articles } from './lib/content';
import { TestArticle } from './lib/publish';
import { PUBLISH_DIR, PUBLISH_URL } from './lib/servers';
import { SEED_ARTICLE } from './lib/site';
import { expectBrokenEditKeepsLastGood, expectGone, expectListed, expectServed, expectUnlisted } from './lib/stories';

/**
 * An editor saves a file into the content folder of a running server (its own
 * scratch copy of data/, see playwright.config.ts): the article is served
 * without a restart, a half-written file breaks nothing, a deleted one is gone.
 * Each test publishes articles of its own (ids of its own, its own month folder), so
 * the tests run in any order and side by side (the tier spec publishes into this
 * folder too).
 */
const url = (p: string) => `${PUBLISH_URL}${p}`;
const origins = [PUBLISH_URL];

test('publishing without a restart: save → served, broken file → nothing lost, delete → 404', async ({ request }) => {
  test.setTimeout(60_000);
  const SLUG = 'ha-noi-mo-them-tuyen-xe-buyt-dien';
  const TITLE = 'Hà Nội mở thêm tuyến xe buýt điện nối nội đô với sân bay Nội Bài';
  const article = new TestArticle(PUBLISH_DIR, { id: 9001, slug: SLUG, title: TITLE });
  expect((await request.get(url(article.path))).status()).toBe(404);

  await article.publish();
  await expectServed(request, article, { origins, within: 15_000 });
  expect((await request.get(url(`/m${article.path}`))).status()).toBe(200);
  const short = await request.get(url(`/a/${article.id}`), { maxRedirects: 0 });
  expect(short.status()).toBe(308);
  expect(new URL(short.headers()['location']!, PUBLISH_URL).pathname).toBe(article.path);

  // A file saved half-way next to a good one: once the good one is served (so the reload has run),
  // the broken one has cost nothing.
  const draft = new TestArticle(PUBLISH_DIR, { id: 9002, slug: 'dang-viet-do', title: 'Đang viết' });
  const witness = new TestArticle(PUBLISH_DIR, { id: 9003, slug: `${SLUG}-2`, title: `${TITLE} (2)` });
  await expectBrokenEditKeepsLastGood(request, draft, undefined, witness, { origins, within: 15_000 });
  expect((await request.get(url(article.path))).status()).toBe(200);
  expect((await request.get(url('/'))).status()).toBe(200);

  // Unpublished: the file is deleted, the URL answers 404 even though the page was cached.
  await article.remove();
  await expectGone(request, article, { origins, within: 15_000 });
  expect((await request.get(url('/chinh-tri'))).status()).toBe(200);
  await Promise.all([draft.remove(), witness.remove()]);
});

/**
 * Freshness: every page that shows an article follows a publish, an edit and
 * a removal within 10 s, although they are cached; pages that do not show it
 * stay cached.
 */
test('publishing, editing and removing reach every page that shows the article within 10 s', async ({ request }) => {
  test.setTimeout(90_000);
  const article = new TestArticle(PUBLISH_DIR, { id: 9101, slug: 'tin-nong-kiem-tra-do-tuoi-moi', month: '2031/02', category: 'thoi-su', tags: ['Kiểm tra độ tươi'], authors: ['tu-linh'] });
  // Listings, mobile twins, feeds and the news sitemap that must list it; warmed into the cache first.
  const listings = ['/', '/m', '/thoi-su', '/m/thoi-su', '/tac-gia/tu-linh', '/rss.xml', '/rss/thoi-su.xml', '/sitemaps/news.xml'].map(url);
  const english = articlePath(articles().find((a) => a.locale === 'en')!);
  for (const p of [...listings, url(english), url(english)]) expect((await request.get(p)).status(), p).toBe(200);
  expect((await request.get(url(english))).headers()['x-nextjs-cache'], 'an English article is cached').toMatch(/HIT|STALE/);
  // An article page first rendered after the publish: its "Tin mới nhất" sidebar shows the new article.
  const witness = url(articlePath(articles().find((a) => a.locale === 'vi' && a.id !== SEED_ARTICLE.id && a.category === 'van-hoa')!));
  const body = async (p: string) => (await request.get(p)).text();

  await article.publish({ title: 'Tin nóng: bản đầu tiên' });
  await expectServed(request, article, { origins, within: 10_000 });
  await expectListed(request, article, listings, { within: 10_000 });
  await expectListed(request, 'Tin nóng: bản đầu tiên', [url('/chu-de/kiem-tra-do-tuoi')], { within: 10_000 });
  expect((await request.get(url(english))).headers()['x-nextjs-cache'], 'a page that does not show it stays cached').toBe('HIT');
  expect(await body(witness), 'the sidebar of an article rendered now').toContain(article.path);

  // A corrected headline: the article, its mobile twin and every listing say the new one; the preview image URL changes.
  const preview = async () => /<meta property="og:image" content="([^"]+)"/.exec(await body(url(article.path)))?.[1];
  const firstPreview = await preview();
  await article.edit({ title: 'Tin nóng: bản đã sửa' });
  await expectServed(request, article, { origins, twin: true, within: 10_000 });
  await expectListed(request, 'Tin nóng: bản đã sửa', listings, { within: 10_000 });
  expect(await body(url('/'))).not.toContain('Tin nóng: bản đầu tiên');
  expect(await preview()).not.toBe(firstPreview);

  // Removed: 404, and no page links to it any more, including the sidebars of articles rendered meanwhile.
  await article.remove();
  await expectGone(request, article, { origins, within: 10_000 });
  await expectUnlisted(request, article, listings, { within: 10_000 });
  await expectUnlisted(request, article, [witness], { within: 10_000 });
});
