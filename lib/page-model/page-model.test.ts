import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../content/ingest/load-folder';
import type { ContentStore } from '../content';
import { testUi } from '../i18n/test-ui';
import type { Locale } from '../locale';
import { resolvePublicPath } from '../routing/resolve';
import type { Route } from '../routing/route';
import { findPage, pageModel, type PageModel } from './index';

// "Đọc nhiều" counts live in STATE_DIR: a fresh one, so the lists start empty whatever ran before.
process.env.STATE_DIR = mkdtempSync(path.join(os.tmpdir(), 'page-model-state-'));

/** Page models on the bundled newsroom: what each page kind is, desktop and mobile, from the URL a reader types. */
const SEED_SLUG = 'ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa';
const SEED = `/${SEED_SLUG}-1000.html`;
let store: Promise<ContentStore> | undefined;
const content = () => (store ??= loadContent(path.join(import.meta.dirname, '../../data')).then((r) => r.index));

function routeOf(url: string): Route {
  const u = new URL(url, 'http://x');
  const resolution = resolvePublicPath(u.pathname, u.searchParams);
  assert.equal(resolution.kind, 'route', url);
  return (resolution as { route: Route }).route;
}

async function model(url: string): Promise<PageModel> {
  const route = routeOf(url);
  return pageModel(route, { content: await content(), ui: testUi(route.locale as Locale, { mobile: route.mobile }) });
}

/** The schema.org type of a JSON-LD block. */
const schemaType = (data: object) => ('@type' in data ? data['@type'] : undefined);

/** How many articles each list of a page body shows. */
function lists(m: PageModel): Record<string, number> {
  const { body } = m;
  switch (body.kind) {
    case 'home':
      return { top: body.top ? 1 : 0, highlights: body.highlights.length, latest: body.latest.length, categories: body.categories.length };
    case 'article':
      return { sameCategory: body.sameCategory.length, latest: body.latest.length };
    case 'listing':
    case 'search':
      return { items: body.list.items.length };
    case 'not-found':
      return { latest: body.latest.length };
    case 'feeds':
      return { feeds: body.feeds.length };
  }
}

test('home: the edition title, indexed, lead + highlights + latest; category blocks only on desktop', async () => {
  const desktop = await model('/');
  assert.equal(desktop.status, 200);
  assert.equal(desktop.head.title, 'Tin Thủ Đô - Nhật báo điện tử của người Hà Nội');
  assert.equal(desktop.head.canonicalPath, '/');
  assert.equal(desktop.head.index, true);
  assert.equal(desktop.cache, 'page');
  assert.deepEqual(lists(desktop), { top: 1, highlights: 4, latest: 10, categories: 7 });
  assert.deepEqual(desktop.head.structuredData.map(schemaType), ['NewsMediaOrganization', 'WebSite']);
  const mobile = await model('/m');
  assert.equal(mobile.head.canonicalPath, '/');
  assert.deepEqual(lists(mobile), { top: 1, highlights: 4, latest: 10, categories: 0 });
  const english = await model('/en');
  assert.equal(english.head.canonicalPath, '/en');
  assert.equal(english.chrome.menu.map((c) => c.slug).join(), 'news,business,culture');
});

test('article: headline title, canonical URL, the sidebar only on desktop, five related on mobile', async () => {
  const desktop = await model(SEED);
  assert.equal(desktop.status, 200);
  assert.equal(desktop.head.title, 'Hà Nội chủ động xử lý kịp thời những tình huống phức tạp phát sinh từ sớm, từ xa | Tin Thủ Đô');
  assert.equal(desktop.head.canonicalPath, SEED);
  assert.equal(desktop.head.preview?.type, 'article');
  assert.equal(desktop.chrome.currentCategory, 'chinh-tri');
  assert.deepEqual(lists(desktop), { sameCategory: 6, latest: 8 });
  assert.ok(desktop.body.kind === 'article' && !desktop.body.latest.some((a) => a.id === 1000), 'the sidebar leaves the article out');
  const mobile = await model(`/m${SEED}`);
  assert.equal(mobile.head.canonicalPath, SEED, 'the mobile page is canonicalised to the desktop URL');
  assert.deepEqual(lists(mobile), { sameCategory: 5, latest: 0 });
});

test('category, tag and author listings: titles, canonical paths with ?page, counts', async () => {
  const second = await model('/thoi-su?page=2');
  assert.equal(second.head.title, 'Thời sự - Trang 2 | Tin Thủ Đô');
  assert.equal(second.head.canonicalPath, '/thoi-su?page=2');
  assert.ok(second.body.kind === 'listing' && second.body.heading === 'Thời sự');
  assert.ok(second.body.kind === 'listing' && second.body.pages.previous === '/thoi-su' && second.body.pages.current === 2);
  const total = second.body.kind === 'listing' ? second.body.list.total : 0;
  assert.ok(total > 20);
  assert.deepEqual(lists(second), { items: Math.min(20, total - 20) });
  const mobileSecond = await model('/m/thoi-su?page=2');
  assert.equal(mobileSecond.head.canonicalPath, '/thoi-su?page=2');
  assert.deepEqual(lists(mobileSecond), lists(second));

  const tag = await model('/chu-de/thanh-uy-ha-noi');
  assert.equal(tag.head.title, 'Chủ đề: Thành ủy Hà Nội | Tin Thủ Đô');
  assert.ok(tag.body.kind === 'listing' && tag.body.count !== undefined && tag.body.count > 0);
  const author = await model('/tac-gia/tu-linh');
  assert.equal(author.head.title, 'Tác giả Tú Linh | Tin Thủ Đô');
  assert.ok(author.body.kind === 'listing' && author.body.description && author.body.count === author.body.list.total);
  assert.equal(author.head.structuredData.length, 0);
  assert.deepEqual((await model('/thoi-su')).head.structuredData.map(schemaType), ['BreadcrumbList']);
});

test('search: per-request cache, noindex, canonical without the query, results for a folded query', async () => {
  const m = await model('/tim-kiem?q=ha+noi&utm_source=x');
  assert.equal(m.cache, 'search');
  assert.equal(m.head.index, false);
  assert.equal(m.head.title, 'Kết quả tìm kiếm: ha noi | Tin Thủ Đô');
  assert.equal(m.head.canonicalPath, '/tim-kiem');
  assert.equal(m.head.path, '/tim-kiem?q=ha+noi');
  assert.ok(m.body.kind === 'search' && m.body.list.total > 0);
  assert.equal(m.head.preview?.url.includes('ha'), false, 'the preview never carries the query');
  const empty = await model('/m/tim-kiem?q=zzzzqqq');
  assert.deepEqual(lists(empty), { items: 0 });
});

test('the 404 page: one model for every miss, desktop and mobile, in the reader’s edition', async () => {
  for (const url of ['/khong-co-999999.html', '/khong-ton-tai', '/thoi-su?page=99', '/chu-de/khong-co', '/en/author/tu-linh', '/a/b/c', '/m/khong-co']) {
    const m = await model(url);
    assert.equal(m.status, 404, url);
    assert.equal(m.cache, 'notFound', url);
    assert.equal(m.head.index, false, url);
    assert.equal(m.body.kind, 'not-found', url);
    assert.equal(m.head.preview, undefined, url);
  }
  const english = await model('/en/unknown');
  assert.equal(english.head.title, 'Page not found | Hanoi Capital News'.replace('Hanoi Capital News', (await content()).site.editions.en.name));
  assert.deepEqual(lists(english), { latest: 6 });
});

test('the feeds page lists the edition feed and one per section; every page announces the edition feed', async () => {
  const feeds = await model('/rss');
  assert.equal(feeds.status, 200);
  assert.equal(feeds.head.canonicalPath, '/rss');
  const vi = (await content()).categories('vi').length;
  assert.deepEqual(lists(feeds), { feeds: 1 + vi });
  assert.ok(feeds.body.kind === 'feeds' && feeds.body.feeds[0]?.path === '/rss.xml');
  assert.deepEqual((await model('/en/m/rss')).head.feeds, [{ title: (await content()).site.editions.en.name, path: '/en/rss.xml' }]);
  assert.deepEqual((await model('/thoi-su')).head.feeds.map((f) => f.path), ['/rss.xml', '/rss/thoi-su.xml']);
  assert.deepEqual((await model('/khong-co')).head.feeds.map((f) => f.path), ['/rss.xml']);
});

test('findPage: what exists is found, what does not is missing, stale slugs name their canonical URL', async () => {
  const index = await content();
  const check = async (url: string) => {
    const found = await findPage(index, routeOf(url));
    return found.kind === 'missing' ? 'missing' : found.redirect ? 'redirect' : 'ok';
  };
  assert.equal(await check('/'), 'ok');
  assert.equal(await check('/m'), 'ok');
  assert.equal(await check(SEED), 'ok');
  assert.equal(await check('/thoi-su?page=2'), 'ok');
  assert.equal(await check('/m/thoi-su?page=2'), 'ok');
  assert.equal(await check('/thoi-su?page=99'), 'missing');
  assert.equal(await check('/khong-co-999999.html'), 'missing');
  assert.equal(await check('/rss/khong-co.xml'), 'missing');
  assert.equal(await check('/rss/thoi-su.xml'), 'ok');
  assert.equal(await check('/m/rss.xml'), 'missing');
  assert.equal(await check('/a/b/c'), 'missing');
  const redirect = async (url: string) => {
    const found = await findPage(index, routeOf(url));
    return found.kind === 'found' ? found.redirect : undefined;
  };
  assert.equal(await redirect('/sai-slug-1000.html'), SEED);
  assert.equal(await redirect('/m/a/1000'), `/m${SEED}`);
  assert.equal(await redirect(`/en${SEED}`), SEED);
});
