import { spawnSync } from 'node:child_process';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { REPO_ROOT } from './lib/content';
import { ZALO_UA, FACEBOOK_UA, fetchHtml, readPreview } from './lib/link-preview';
import { ENDED_LIVE, LIVE, LIVE_PAGE_SIZE } from './lib/live';
import { TestArticle } from './lib/publish';
import { PUBLISH_DIR, PUBLISH_URL } from './lib/servers';
import { NOT_FOUND_VI } from './lib/site';
import { ldJsonBlocks, ldJsonNodes, nodesOfType } from './lib/structured-data';

/**
 * Live coverage (issue 24) on the desktop site: the sample live article 1080 (45 updates, 3 key,
 * 1 pinned) and the ended English one 1081, read through the bundled newsroom; the updates that
 * come while a reader reads, on the publishing server (a scratch copy of data/ this spec writes
 * a live article into). The postgres project runs the bundled pages again on the PostgreSQL store.
 * The mobile site: live-mobile.spec.ts; through the tier: live-tier.spec.ts.
 */

const anchors = (page: Page) => page.locator('.live__updates > article').evaluateAll((list) => list.map((a) => a.id));
const ids = (page: number) => LIVE.updates.slice((page - 1) * LIVE_PAGE_SIZE, page * LIVE_PAGE_SIZE).map((u) => `cap-nhat-${u.id}`);
const pageCount = Math.ceil(LIVE.updates.length / LIVE_PAGE_SIZE);

test.describe('a live article', () => {
  test('is labelled live, shows 20 updates a page newest first, each with its anchor, time and share link', async ({ page }) => {
    const response = await page.goto(LIVE.path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.article-header .live-label')).toHaveText('Trực tiếp');
    await expect(page.locator('.article-header a.live__refresh')).toHaveAttribute('href', LIVE.path);
    expect(await anchors(page)).toEqual(ids(1));
    const newest = LIVE.updates[0]!;
    const first = page.locator(`#cap-nhat-${newest.id}`);
    await expect(first.locator('time')).toHaveAttribute('datetime', newest.at);
    await expect(first.locator('time')).toHaveText(/^\d\d:\d\d( \d\d\/\d\d\/\d{4})?$/);
    await expect(first.getByRole('link', { name: /Liên kết/ })).toHaveAttribute('href', `/a/${LIVE.id}/${newest.id}`);
  });

  test('pages: ?page=N with previous and next, the last page holds the rest, one past it is 404', async ({ page, request }) => {
    for (let n = 2; n <= pageCount; n++) {
      expect((await page.goto(LIVE.pagePath(n)))?.status()).toBe(200);
      expect(await anchors(page)).toEqual(ids(n));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${LIVE.pagePath(n).replace(/[.?]/g, '\\$&')}$`));
      await expect(page.locator('.pagination a[rel="prev"]')).toHaveAttribute('href', LIVE.pagePath(n - 1));
      if (n < pageCount) await expect(page.locator('.pagination a[rel="next"]')).toHaveAttribute('href', LIVE.pagePath(n + 1));
      await expect(page.locator('.live-pinned'), 'the pinned update is first on page 1 only').toHaveCount(0);
    }
    expect((await request.get(LIVE.pagePath(pageCount + 1))).status()).toBe(404);
    expect((await request.get(`/x-${LIVE.id}.html?page=2`, { maxRedirects: 0 })).headers().location, 'a stale slug keeps its page').toMatch(new RegExp(`${LIVE.pagePath(2).replace(/[.?]/g, '\\$&')}$`));
    const ordinary = await request.get('/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html?page=2');
    expect(ordinary.status(), 'an ordinary article has one page').toBe(404);
  });

  test('key events: the newest key updates, each a link to its update on the page that holds it', async ({ page }) => {
    await page.goto(LIVE.path);
    const key = LIVE.updates.filter((u) => u.key).slice(0, 7);
    const links = page.locator('.key-events a');
    await expect(links).toHaveCount(key.length);
    for (const [i, update] of key.entries()) {
      const n = LIVE.pageOf(update.id);
      await expect(links.nth(i)).toHaveAttribute('href', n === 1 ? `#cap-nhat-${update.id}` : `${LIVE.pagePath(n)}#cap-nhat-${update.id}`);
    }
    const last = key.at(-1)!;
    await links.last().click();
    await expect(page).toHaveURL(new RegExp(`#cap-nhat-${last.id}$`));
    await expect(page.locator(`#cap-nhat-${last.id}`)).toBeInViewport();
  });

  test('the pinned update comes first on page 1, folded, and opens without a script', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LIVE.path);
    const pinned = LIVE.updates.find((u) => u.pinned)!;
    const details = page.locator('details.live-pinned');
    await expect(details).not.toHaveAttribute('open');
    if (pinned.title) await expect(details.locator('summary')).toContainText(pinned.title);
    await details.locator('summary').click();
    await expect(details).toHaveAttribute('open', '');
    await context.close();
  });

  test('an update on page 3, shared by /a/{id}/{update}: one 308 to page 3 at its anchor, and the reader lands on it', async ({ page, request }) => {
    const update = LIVE.updates.find((u) => LIVE.pageOf(u.id) === 3)!;
    const short = await request.get(`/a/${LIVE.id}/${update.id}`, { maxRedirects: 0 });
    expect(short.status()).toBe(308);
    expect(new URL(short.headers().location!).pathname + new URL(short.headers().location!).search + new URL(short.headers().location!).hash).toBe(`${LIVE.pagePath(3)}#cap-nhat-${update.id}`);
    const twin = await request.get(`/m/a/${LIVE.id}/${update.id}`, { maxRedirects: 0 });
    expect(twin.status()).toBe(308);
    expect(twin.headers().location).toMatch(new RegExp(`/m${LIVE.pagePath(3).replace(/[.?]/g, '\\$&')}#cap-nhat-${update.id}$`));
    await page.goto(`/a/${LIVE.id}/${update.id}`);
    await expect(page).toHaveURL(new RegExp(`\\?page=3#cap-nhat-${update.id}$`));
    await expect(page.locator(`#cap-nhat-${update.id}`)).toBeInViewport();
    const newest = LIVE.updates[0]!;
    expect(new URL((await request.get(`/a/${LIVE.id}/${newest.id}`, { maxRedirects: 0 })).headers().location!).search, 'page 1 has no ?page').toBe('');
  });

  test('an unknown update, or an update of an ordinary article, is the 404 page', async ({ request }) => {
    for (const path of [`/a/${LIVE.id}/khong-co-cap-nhat-nay`, '/a/1000/cap-nhat', `/a/${LIVE.id}/Sai_Id`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain(NOT_FOUND_VI);
    }
  });

  test('link-preview crawlers following a shared update get the article’s preview', async ({ request }) => {
    const update = LIVE.updates.find((u) => LIVE.pageOf(u.id) === 2)!;
    for (const agent of [FACEBOOK_UA, ZALO_UA]) {
      const { html } = await fetchHtml(request, `/a/${LIVE.id}/${update.id}`, agent);
      const { og } = await readPreview(html);
      expect(og.ogTitle).toBe(LIVE.title);
      expect(new URL(og.ogUrl ?? '').pathname).toBe(LIVE.path);
    }
  });

  test('structured data: a LiveBlogPosting with a BlogPosting per update on the page, modified at the newest update', async ({ request }) => {
    const html = await (await request.get(LIVE.pagePath(2))).text();
    const [blog] = nodesOfType(ldJsonNodes(ldJsonBlocks(html)), 'LiveBlogPosting');
    expect(blog, 'a LiveBlogPosting').toBeTruthy();
    const posting = blog as { coverageStartTime?: string; coverageEndTime?: string; dateModified?: string; liveBlogUpdate?: { '@type': string; url: string; datePublished: string; headline: string; articleBody: string }[] };
    expect(posting.coverageStartTime).toBeTruthy();
    expect(posting.coverageEndTime, 'no end while live').toBeUndefined();
    expect(Date.parse(posting.dateModified ?? '')).toBe(Date.parse(LIVE.updates[0]!.at));
    expect(posting.liveBlogUpdate?.map((u) => new URL(u.url).hash)).toEqual(ids(2).map((id) => `#${id}`));
    for (const u of posting.liveBlogUpdate ?? []) {
      expect(u['@type']).toBe('BlogPosting');
      expect(u.headline.length).toBeGreaterThan(0);
      expect(u.articleBody.length).toBeGreaterThan(0);
    }
    const ended = await (await request.get(ENDED_LIVE.path)).text();
    const [endedBlog] = nodesOfType(ldJsonNodes(ldJsonBlocks(ended)), 'LiveBlogPosting') as { coverageEndTime?: string }[];
    expect(Date.parse(endedBlog?.coverageEndTime ?? '')).toBe(Date.parse(ENDED_LIVE.updates[0]!.at));
  });

  test('cards on the home page and its section say “Trực tiếp” with the newest update’s time', async ({ page }) => {
    for (const path of ['/', '/thoi-su']) {
      await page.goto(path);
      const card = page.locator('.card', { has: page.locator(`a[href="${LIVE.path}"]`) }).first();
      await expect(card.locator('.live-label'), path).toHaveText('Trực tiếp');
      await expect(card.locator('time'), path).toHaveAttribute('datetime', LIVE.updates[0]!.at);
    }
  });

  test('the news sitemap and the feed carry it with its newest update’s time', async ({ request }) => {
    const feed = await (await request.get('/rss.xml')).text();
    const item = feed.split('<item>').find((i) => i.includes(`-${LIVE.id}.html</link>`));
    expect(item, 'in the feed').toBeTruthy();
    expect(Date.parse(/<atom:updated>([^<]+)</.exec(item ?? '')?.[1] ?? '')).toBe(Date.parse(LIVE.updates[0]!.at));
    const months = await (await request.get(`/sitemaps/articles-${LIVE.updates.at(-1)!.at.slice(0, 7)}.xml`)).text();
    const entry = months.split('<url>').find((u) => u.includes(`-${LIVE.id}.html</loc>`));
    expect(Date.parse(/<lastmod>([^<]+)</.exec(entry ?? '')?.[1] ?? '')).toBe(Date.parse(LIVE.updates[0]!.at));
  });
});

test('the live check: newer updates as HTML, a reload when the page is too old, 404 for anything else', async ({ request }) => {
  const [newest, second] = LIVE.updates;
  const fresh = await request.get(`/live/${LIVE.id}/${second!.id}`);
  expect(fresh.headers()['cache-control']).toBe('public, max-age=5, s-maxage=5, stale-while-revalidate=5');
  const answer = (await fresh.json()) as { status: string; newest: string; count: number; html: string };
  expect({ ...answer, html: undefined }).toEqual({ status: 'live', newest: newest!.id, count: 1, html: undefined });
  expect(answer.html).toContain(`id="cap-nhat-${newest!.id}"`);
  expect(await (await request.get(`/live/${LIVE.id}/khong-co-cap-nhat-nay`)).json(), 'gone: reload page 1').toEqual({ status: 'live', newest: newest!.id, count: LIVE.updates.length });
  expect(await (await request.get(`/live/${ENDED_LIVE.id}/${ENDED_LIVE.updates[0]!.id}`)).json()).toEqual({ status: 'ended', newest: ENDED_LIVE.updates[0]!.id, count: 0, html: '' });
  for (const path of ['/live/1000/-', '/live/abc/-', `/live/${LIVE.id}/Sai_Id`, '/live/999999/-']) expect((await request.get(path)).status(), path).toBe(404);
});

test.describe('an ended live article', () => {
  test('says “Ended”, offers no refresh and asks for nothing, and keeps its updates and pages', async ({ page }) => {
    const checks: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/live/')) checks.push(r.url());
    });
    expect((await page.goto(ENDED_LIVE.path))?.status()).toBe(200);
    await expect(page.locator('.article-header .live-label')).toHaveText('Ended');
    await expect(page.locator('a.live__refresh')).toHaveCount(0);
    await expect(page.locator('[data-live-check]')).toHaveCount(0);
    await expect(page.locator('.live__updates > article')).toHaveCount(Math.min(ENDED_LIVE.updates.length, LIVE_PAGE_SIZE));
    expect(checks).toEqual([]);
    await page.goto('/en');
    const card = page.locator('.card', { has: page.locator(`a[href="${ENDED_LIVE.path}"]`) });
    await expect(card.locator('.live-label'), 'no live label once ended').toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the updates, the pages and “Xem cập nhật mới” work as links', async ({ page }) => {
    await page.goto(LIVE.pagePath(2));
    expect(await anchors(page)).toEqual(ids(2));
    await page.getByRole('link', { name: 'Xem cập nhật mới' }).click();
    await expect(page).toHaveURL(new RegExp(`${LIVE.path.replace(/[.]/g, '\\.')}$`));
    expect(await anchors(page)).toEqual(ids(1));
    await expect(page.locator('button[data-live-new]')).toBeHidden();
  });
});

// ---------------------------------------------------------------------------------------------
// New updates while reading: the publishing server, a live article of its own, the desktop script.

/** Update i was saved i minutes after the coverage began, two hours ago. */
const BEGAN = Date.now() - 2 * 60 * 60 * 1000;
const update = (i: number, extra: object = {}) => ({
  id: `cap-nhat-thu-${i}`,
  at: new Date(BEGAN + i * 60_000).toISOString().replace('Z', '+00:00'),
  title: `Cập nhật thứ ${i}`,
  body: [{ type: 'paragraph', content: `Nội dung của cập nhật thứ ${i}, đủ dài để chiếm vài dòng trên trang. `.repeat(3) }],
  ...extra,
});
const updates = (n: number) => Array.from({ length: n }, (_, i) => update(i + 1, i === 0 ? { pinned: true, key: true } : i % 4 === 0 ? { key: true } : {}));

/** Layout shifts not caused by the reader's input, summed (CLS without the session windows). */
const SHIFTS = `new Promise((resolve) => {
  let sum = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(sum), 200);
})`;

/** Waits until the publishing server serves the article (asked without a browser, whose cache would keep a 404 a minute). */
async function served(request: APIRequestContext, article: TestArticle): Promise<void> {
  await expect.poll(async () => (await request.get(`${PUBLISH_URL}${article.path}`)).status(), { timeout: 15_000 }).toBe(200);
}

function liveArticle(id: number, slug: string): TestArticle {
  return new TestArticle(PUBLISH_DIR, { id, slug, title: `Trực tiếp thử nghiệm ${id}`, category: 'thoi-su', publishedAt: new Date(BEGAN).toISOString().replace('Z', '+00:00') });
}

/** The publishing server is written by the desktop project only (the postgres project reads the bundled pages again). */
const publishing = () => test.skip(test.info().project.name !== 'desktop', 'writes into the publishing server: desktop project only');

test.describe('new updates while reading (desktop, with JavaScript)', () => {
  // The script asks every 15 s; the server reloads a saved file in about half a second.
  test.describe.configure({ timeout: 90_000 });
  test.beforeEach(publishing);

  test('at the top of the page, they are added where the reader is not yet reading: nothing moves', async ({ page, request }) => {
    const article = liveArticle(9601, 'truc-tiep-thu-nghiem-dau-trang');
    await article.publish({ live: { status: 'live', updates: updates(6) } });
    await page.setViewportSize({ width: 1280, height: 400 });
    await served(request, article);
    await page.goto(`${PUBLISH_URL}${article.path}`);
    const list = page.locator('[data-live-check]');
    expect(await list.evaluate((el) => el.getBoundingClientRect().top >= innerHeight), 'the updates start below the screen').toBe(true);
    await article.edit({ live: { status: 'live', updates: [...updates(6), update(7)] } });
    await expect(page.locator('.live__updates > article').first()).toHaveAttribute('id', 'cap-nhat-cap-nhat-thu-7', { timeout: 45_000 });
    await expect(page.locator('button[data-live-new]')).toBeHidden();
    expect(await page.evaluate(SHIFTS)).toBe(0);
  });

  test('scrolled down, a button says “n cập nhật mới” and adds them on click: nothing moves before', async ({ page, request }) => {
    const article = liveArticle(9602, 'truc-tiep-thu-nghiem-cuon-xuong');
    await article.publish({ live: { status: 'live', updates: updates(8) } });
    await served(request, article);
    await page.goto(`${PUBLISH_URL}${article.path}`);
    await page.locator('#cap-nhat-cap-nhat-thu-2').scrollIntoViewIfNeeded();
    const reading = await page.locator('#cap-nhat-cap-nhat-thu-2').boundingBox();
    await article.edit({ live: { status: 'live', updates: [...updates(8), update(9), update(10)] } });
    const button = page.locator('button[data-live-new]');
    await expect(button).toHaveText('2 cập nhật mới', { timeout: 45_000 });
    await expect(page.locator('#cap-nhat-cap-nhat-thu-9'), 'not added before the reader asks').toHaveCount(0);
    expect(await page.locator('#cap-nhat-cap-nhat-thu-2').boundingBox(), 'what the reader reads has not moved').toEqual(reading);
    expect(await page.evaluate(SHIFTS)).toBe(0);
    await button.click();
    await expect(button).toBeHidden();
    expect((await anchors(page)).slice(0, 3)).toEqual(['cap-nhat-cap-nhat-thu-10', 'cap-nhat-cap-nhat-thu-9', 'cap-nhat-cap-nhat-thu-8']);
    await expect(page.locator('#cap-nhat-cap-nhat-thu-10')).toBeInViewport();
  });
});

test('a bad update is named by check-content by its id and field, and the page keeps its last good version', async ({ request }) => {
  publishing();
  const article = liveArticle(9603, 'truc-tiep-thu-nghiem-hong');
  await article.publish({ live: { status: 'live', updates: updates(3) } });
  const url = `${PUBLISH_URL}${article.path}`;
  await served(request, article);
  await article.edit({ live: { status: 'live', updates: [...updates(3), { ...update(4), at: 'chiều nay' }] } });
  const witness = new TestArticle(PUBLISH_DIR, { id: 9604, slug: 'nhan-chung-cap-nhat-hong', title: 'Nhân chứng cập nhật hỏng' });
  await witness.publish();
  await expect.poll(async () => (await request.get(`${PUBLISH_URL}${witness.path}`)).status(), { timeout: 15_000 }).toBe(200);
  const page = await (await request.get(url)).text();
  expect(page).toContain('id="cap-nhat-cap-nhat-thu-3"');
  expect(page, 'nothing of the broken update').not.toContain('cap-nhat-thu-4');
  const run = spawnSync('npm', ['run', '--silent', 'check-content', '--', PUBLISH_DIR], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(run.status).toBe(1);
  expect(`${run.stdout}\n${run.stderr}`).toContain('articles/2031/01/9603-truc-tiep-thu-nghiem-hong.json: live.updates[cap-nhat-thu-4].at — Invalid ISO datetime');
  await article.remove();
  await witness.remove();
});
