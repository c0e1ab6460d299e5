import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { article, articlePath, articles, newestFirst } from './lib/content';
import { EditorialFile, TestArticle, secondsFromNow, untilAfter } from './lib/publish';
import { NEWSROOM_DIR, NEWSROOM_PAIR_DIR, NEWSROOM_PAIR_URLS, NEWSROOM_TIER_URL, NEWSROOM_URL } from './lib/servers';
import { CORRECTED_ARTICLE, SEED } from './lib/site';
import { bannerOf, expectBanner, expectGone, expectLead, expectListed, expectServed, expectUnlisted, homeStories } from './lib/stories';
import { formatMessage, validateHtml } from './lib/validate-html';

/**
 * The newsroom decides what readers see (issue 23): scheduled articles, the curated front page, the
 * breaking-news banner, updates and corrections, records saved with a byte-order mark. Runs in the
 * `newsroom` project on servers of its own (e2e/lib/servers.ts): the in-memory newsroom
 * (NEWSROOM_URL, the baseURL), the nginx tier in front of it, and two PostgreSQL instances on one
 * database of which only the first watches its folder. Times are made short by writing them a few
 * seconds ahead. front-page.json and breaking.json are one file per folder: the tests that write
 * one run in order (describe.serial below) and put the file back as it was. The articles the other
 * tests publish meanwhile have no cover photo (NO_COVER), so they never become the story home
 * leads with when no lead is chosen.
 */
const NO_COVER = { cover: undefined };

const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const through = { headers: { 'user-agent': DESKTOP } };
const at = (origin: string, paths: readonly string[]) => paths.map((p) => `${origin}${p}`);
const PAIR = [...NEWSROOM_PAIR_URLS];

/** A phone's browser: opening a desktop URL lands on the mobile twin. */
async function phone(browser: Browser) {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  return { tab: await context.newPage(), close: () => context.close() };
}

async function status(request: APIRequestContext, url: string): Promise<number> {
  return (await request.get(url, { maxRedirects: 0 })).status();
}

/** Fails with a clear message when the machine was too slow to look before the time came: the checks before it would prove nothing. */
function stillBefore(iso: string, what: string): void {
  expect(Date.now(), `${what}: the checks before its time ran after it (the machine is too slow for this test's margin)`).toBeLessThan(Date.parse(iso) - 500);
}

test.describe('scheduled publishing', () => {
  test('an article dated later is nowhere until its time, then everywhere within 10 s, desktop and phone', async ({ request, browser }) => {
    test.setTimeout(90_000);
    const when = secondsFromNow(25);
    const scheduled = new TestArticle(NEWSROOM_DIR, {
      ...NO_COVER,
      id: 9601,
      slug: 'bai-hen-gio-so-9601',
      month: '2031/06',
      title: 'Bài hẹn giờ số 9601: cầu vượt mới thông xe',
      category: 'thoi-su',
      tags: ['Hẹn giờ 9601'],
      authors: ['tu-linh'],
      publishedAt: when,
    });
    const witness = new TestArticle(NEWSROOM_DIR, { ...NO_COVER, id: 9602, slug: 'bai-lam-chung-hen-gio', month: '2031/06', title: 'Bài làm chứng cho bài hẹn giờ', category: 'kinh-te' });
    const month = new Date(Date.parse(when) + 7 * 3_600_000).toISOString().slice(0, 7);
    const lists = ['/', '/m', '/thoi-su', '/m/thoi-su', '/tac-gia/tu-linh', '/rss.xml', '/rss/thoi-su.xml', '/sitemaps/news.xml', '/tim-kiem?q=9601', '/m/tim-kiem?q=9601'];
    for (const p of lists) expect(await status(request, p), p).toBe(200);
    // Its month's sitemap (it may exist already: other tests publish this month).
    const sitemap = `/sitemaps/articles-${month}.xml`;

    await scheduled.publish();
    await witness.publish();
    // Once the witness, saved after it, is served, the scheduled file has been read.
    await expectServed(request, witness, { origins: [NEWSROOM_URL], within: 10_000 });
    for (const p of [scheduled.path, `/m${scheduled.path}`, `/a/${scheduled.id}`, `/m/a/${scheduled.id}`, '/chu-de/hen-gio-9601']) {
      expect(await status(request, p), `${p} before its time`).toBe(404);
    }
    await expectUnlisted(request, scheduled, at(NEWSROOM_URL, [...lists, sitemap]), { within: 1000 });
    const early = await phone(browser);
    expect((await early.tab.goto(scheduled.path))?.status(), 'a phone before its time').toBe(404);
    await early.close();
    stillBefore(when, 'the scheduled article');

    // No file touched, no restart: at its time it is served, listed, found and in the sitemaps.
    await expectServed(request, scheduled, { origins: [NEWSROOM_URL], twin: true, within: untilAfter(when, 10) });
    await expectListed(request, scheduled, at(NEWSROOM_URL, [...lists, '/chu-de/hen-gio-9601', sitemap]), { within: untilAfter(when, 10) });
    expect((await request.get(`/a/${scheduled.id}`, { maxRedirects: 0 })).status()).toBe(308);
    // A reader who opens it now (a browser that opened it before keeps its 404 for the 404's max-age).
    const mobile = await phone(browser);
    await mobile.tab.goto(scheduled.path);
    await expect(mobile.tab).toHaveURL(new RegExp(`/m${scheduled.path.replace(/[.]/g, '\\.')}$`));
    await expect(mobile.tab.getByRole('heading', { level: 1 })).toHaveText(scheduled.title!);
    await mobile.close();
    await Promise.all([scheduled.remove(), witness.remove()]);
  });

  test('through the tier: a scheduled article reaches cached pages within 10 s of its time', async ({ request }) => {
    test.setTimeout(60_000);
    const when = secondsFromNow(15);
    const scheduled = new TestArticle(NEWSROOM_DIR, { ...NO_COVER, id: 9611, slug: 'hen-gio-qua-tang-dem', month: '2031/06', title: 'Hẹn giờ qua tầng đệm', category: 'thoi-su', publishedAt: when });
    const lists = at(NEWSROOM_TIER_URL, ['/', '/m', '/thoi-su']);
    for (const p of lists) {
      await request.get(p, through);
      expect((await request.get(p, through)).headers()['x-cache-status'], `${p} is cached`).toMatch(/^(HIT|STALE|UPDATING)$/);
    }
    await scheduled.publish();
    await expectGone(request, scheduled, { origins: [NEWSROOM_TIER_URL], within: 5_000, ...through });
    stillBefore(when, 'the scheduled article');
    await expectServed(request, scheduled, { origins: [NEWSROOM_TIER_URL], within: untilAfter(when, 10), ...through });
    await expectListed(request, scheduled, lists, { within: untilAfter(when, 10), ...through });
    await scheduled.remove();
  });

  test('PostgreSQL, two instances: one releases a scheduled article, both show it within 10 s, and nothing else expires', async ({ request }) => {
    test.setTimeout(60_000);
    const when = secondsFromNow(20);
    const scheduled = new TestArticle(NEWSROOM_PAIR_DIR, { ...NO_COVER, id: 9621, slug: 'hen-gio-hai-may-chu', month: '2031/06', title: 'Hẹn giờ trên hai máy chủ', category: 'thoi-su', publishedAt: when });
    const witness = new TestArticle(NEWSROOM_PAIR_DIR, { ...NO_COVER, id: 9622, slug: 'lam-chung-hai-may-chu', month: '2031/06', title: 'Làm chứng trên hai máy chủ', category: 'kinh-te' });
    const lists = PAIR.flatMap((origin) => at(origin, ['/', '/m/thoi-su', '/thoi-su']));
    // An English article on each instance, cached: a release that expired everything would expire it too.
    const english = PAIR.map((origin) => `${origin}${articlePath(articles().find((a) => a.locale === 'en')!)}`);
    for (const p of [...lists, ...english, ...english]) expect(await status(request, p), p).toBe(200);

    await scheduled.publish();
    await witness.publish();
    await expectServed(request, witness, { origins: PAIR, within: 10_000 });
    await expectGone(request, scheduled, { origins: PAIR, within: 1_000 });
    for (const origin of PAIR) expect(await status(request, `${origin}/a/${scheduled.id}`)).toBe(404);
    await expectUnlisted(request, scheduled, lists, { within: 1_000 });
    for (const p of english) expect((await request.get(p)).headers()['x-nextjs-cache'], `${p} cached`).toMatch(/HIT|STALE/);
    stillBefore(when, 'the scheduled article');

    await expectServed(request, scheduled, { origins: PAIR, twin: true, within: untilAfter(when, 10) });
    await expectListed(request, scheduled, lists, { within: untilAfter(when, 10) });
    for (const p of english) expect((await request.get(p)).headers()['x-nextjs-cache'], `${p} is still cached after the release`).toBe('HIT');
    await Promise.all([scheduled.remove(), witness.remove()]);
  });
});

/** The story home leads with when the editors choose none: the newest of the edition with a photo, but not a featured one. */
function defaultLead(featured: number[] = []): string {
  return articlePath(newestFirst(articles().filter((a) => a.locale === 'vi' && a.cover && !featured.includes(a.id)))[0]!);
}
const path = (id: number) => articlePath(article(id));

test.describe.serial('the curated front page and the breaking-news banner', () => {
  test('front-page.json: the lead on top, the featured after it, the newest without repeats; edits show within 10 s; until ends it', async ({ request, browser }) => {
    test.setTimeout(120_000);
    const front = new EditorialFile(NEWSROOM_DIR, 'front-page.json');
    const homes = at(NEWSROOM_URL, ['/', '/m']);
    const tier = at(NEWSROOM_TIER_URL, ['/', '/m']);
    try {
      // The bundled front-page.json leads with a story that is not the newest.
      await expectLead(request, [path(1038), path(1032), path(1051)], homes, { within: 1_000 });
      expect(path(1038)).not.toBe(defaultLead());

      // Saved with a byte-order mark, as Notepad saves it.
      await front.save({ vi: { lead: 1045, featured: [1029, 1052] } }, { bom: true });
      await expectLead(request, [path(1045), path(1029), path(1052)], homes, { within: 10_000 });
      await expectLead(request, [path(1045), path(1029), path(1052)], tier, { within: 15_000, ...through });
      // Then the newest, none of them again.
      const stories = homeStories(await (await request.get('/m')).text());
      expect(new Set(stories).size, 'no story twice on the mobile home').toBe(stories.length);
      expect(stories.length).toBeGreaterThan(5);
      expect(stories.slice(3).filter((p) => [1045, 1029, 1052].map(path).includes(p))).toEqual([]);
      const mobile = await phone(browser);
      await mobile.tab.goto('/');
      await expect(mobile.tab.getByRole('main').getByRole('article').first().getByRole('heading')).toHaveText(article(1045).title);
      await mobile.close();

      // An id that is not published is skipped: the newest with a photo leads again, the featured stay.
      await front.save({ vi: { lead: 424242, featured: [1052] } });
      await expectLead(request, [defaultLead([1052]), path(1052)], homes, { within: 10_000 });

      // `until` ends the curation by itself.
      const until = secondsFromNow(12);
      await front.save({ vi: { lead: 1045, until } });
      await expectLead(request, [path(1045)], homes, { within: 10_000 });
      await expectLead(request, [path(1045)], tier, { within: 15_000, ...through });
      stillBefore(until, 'the front page');
      await expectLead(request, [defaultLead()], homes, { within: untilAfter(until, 10) });
      await expectLead(request, [defaultLead()], tier, { within: untilAfter(until, 15), ...through });
    } finally {
      await front.restore();
    }
  });

  test('breaking.json: "Tin nóng" above the content of every page of its edition within 10 s, a plain link, cacheable; gone when emptied or at until', async ({ request, page, browser }) => {
    test.setTimeout(120_000);
    const breaking = new EditorialFile(NEWSROOM_DIR, 'breaking.json');
    const pages = ['/', '/thoi-su', SEED.path, '/tim-kiem?q=ha+noi', '/khong-co-trang-nay'];
    const vi = at(NEWSROOM_URL, [...pages, ...pages.map((p) => (p === '/' ? '/m' : `/m${p}`))]);
    const english = at(NEWSROOM_URL, ['/en', '/en/m', '/en/news']);
    const tier = at(NEWSROOM_TIER_URL, ['/', '/thoi-su', SEED.path, '/m']);
    const banner = { text: 'Bão số 3 đổ bộ: Hà Nội mưa lớn', href: path(1038) };
    try {
      for (const p of [...vi, ...tier]) await request.get(p, through);
      await breaking.save({ vi: { text: banner.text, article: 1038, until: secondsFromNow(300) } }, { bom: true });
      await expectBanner(request, banner, vi, { within: 10_000 });
      await expectBanner(request, undefined, english, { within: 1_000 });
      await expectBanner(request, banner, tier, { within: 15_000, ...through });

      // It stays a cached page: the page policy, and served from the cache when asked again (a
      // change expires it, and again 3 s later: lib/freshness/register.ts).
      const section = await request.get('/thoi-su');
      expect(section.headers()['cache-control']).toContain('s-maxage=300');
      await expect
        .poll(async () => {
          await request.get('/thoi-su');
          const again = await request.get('/thoi-su');
          return `${again.headers()['x-nextjs-cache']} ${bannerOf(await again.text())?.text ?? 'no banner'}`;
        }, { timeout: 15_000 })
        .toMatch(new RegExp(`^(HIT|STALE) ${banner.text}$`));
      // Valid HTML, desktop and mobile.
      const checked = await Promise.all(['/thoi-su', '/m/thoi-su', '/m'].map(async (p) => ({ name: p, html: await (await request.get(p)).text() })));
      const problems = await validateHtml(checked);
      expect(problems.map(formatMessage)).toEqual([]);

      // Accessible in both themes, desktop and mobile (the colours are the banner's own).
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const p of ['/thoi-su', '/m/thoi-su']) {
          await page.emulateMedia({ colorScheme });
          await page.goto(p);
          const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          expect(violations.map((v) => `${p} ${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // A reader: a landmark named "Tin nóng", above the content, a link to the story; on a phone, no script.
      await page.goto('/thoi-su');
      const aside = page.getByRole('complementary', { name: 'Tin nóng' });
      await expect(aside).toContainText('Tin nóng');
      expect((await aside.boundingBox())!.y).toBeLessThan((await page.getByRole('main').boundingBox())!.y);
      await aside.getByRole('link', { name: banner.text }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article(1038).title);
      const mobile = await phone(browser);
      await mobile.tab.goto('/');
      await expect(mobile.tab).toHaveURL(/\/m$/);
      expect(await mobile.tab.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      await mobile.tab.getByRole('complementary', { name: 'Tin nóng' }).getByRole('link').click();
      await expect(mobile.tab).toHaveURL(new RegExp(`/m${path(1038).replace(/[.]/g, '\\.')}$`));
      await mobile.close();

      // Emptied: gone.
      await breaking.empty();
      await expectBanner(request, undefined, vi, { within: 10_000 });
      await expectBanner(request, undefined, tier, { within: 15_000, ...through });

      // The English edition's, to a URL, until a time a few seconds ahead: there, then gone by itself.
      const until = secondsFromNow(12);
      const storm = { text: 'Storm warning for northern Vietnam', href: 'https://nchmf.gov.vn/' };
      await breaking.save({ en: { text: storm.text, url: storm.href, until } });
      await expectBanner(request, storm, english, { within: 10_000 });
      await expectBanner(request, undefined, at(NEWSROOM_URL, ['/', '/m']), { within: 1_000 });
      stillBefore(until, 'the banner');
      await expectBanner(request, undefined, english, { within: untilAfter(until, 10) });

      // Removed: none.
      await breaking.save({ vi: { text: banner.text, until: secondsFromNow(300) } });
      await expectBanner(request, { text: banner.text }, at(NEWSROOM_URL, ['/', '/m']), { within: 10_000 });
      await breaking.remove();
      await expectBanner(request, undefined, at(NEWSROOM_URL, ['/', '/m']), { within: 10_000 });
    } finally {
      await breaking.restore();
    }
  });

  test('PostgreSQL, two instances: the front page and the banner reach both within 10 s, and end there too', async ({ request }) => {
    test.setTimeout(90_000);
    const front = new EditorialFile(NEWSROOM_PAIR_DIR, 'front-page.json');
    const breaking = new EditorialFile(NEWSROOM_PAIR_DIR, 'breaking.json');
    const homes = PAIR.flatMap((origin) => at(origin, ['/', '/m']));
    const pages = PAIR.flatMap((origin) => at(origin, ['/', '/m/thoi-su', SEED.path]));
    try {
      await front.save({ vi: { lead: 1045, featured: [1029] } });
      await expectLead(request, [path(1045), path(1029)], homes, { within: 10_000 });
      const banner = { text: 'Tin nóng trên hai máy chủ', href: path(1045) };
      const until = secondsFromNow(15);
      await breaking.save({ vi: { text: banner.text, article: 1045, until } });
      await expectBanner(request, banner, pages, { within: 10_000 });
      stillBefore(until, 'the banner');
      await expectBanner(request, undefined, pages, { within: untilAfter(until, 10) });
      const ends = secondsFromNow(15);
      await front.save({ vi: { lead: 1045, until: ends } });
      await expectLead(request, [path(1045)], homes, { within: 10_000 });
      stillBefore(ends, 'the front page');
      await expectLead(request, [defaultLead()], homes, { within: untilAfter(ends, 10) });
    } finally {
      await breaking.restore();
      await front.restore();
    }
  });
});

test.describe('updates and corrections', () => {
  const CORRECTED = article(CORRECTED_ARTICLE.id);

  test('the sample article: "Cập nhật" under the time, "Đính chính" at the end, desktop and phone', async ({ page, browser }) => {
    await page.goto(articlePath(CORRECTED));
    const header = page.locator('.article-header');
    const published = header.locator('.article-header__time');
    const updated = header.getByText('Cập nhật: 08:15 21/11/2026', { exact: true });
    await expect(updated).toBeVisible();
    expect((await updated.boundingBox())!.y, 'under the time').toBeGreaterThan((await published.boundingBox())!.y);
    const notice = page.getByRole('region', { name: 'Đính chính' });
    await expect(notice).toContainText('08:15 21/11/2026');
    await expect(notice).toContainText('số liệu đúng của các doanh nghiệp khai thác cảng là tăng khoảng 15%');
    expect((await notice.boundingBox())!.y, 'after the text').toBeGreaterThan((await page.locator('.article-body').boundingBox())!.y);

    const mobile = await phone(browser);
    await mobile.tab.goto(articlePath(CORRECTED));
    await expect(mobile.tab).toHaveURL(/\/m\//);
    await expect(mobile.tab.getByText('Cập nhật: 08:15 21/11/2026', { exact: true })).toBeVisible();
    await expect(mobile.tab.getByRole('region', { name: 'Đính chính' })).toContainText('tăng khoảng 15%');
    await mobile.close();

    // An article never updated says nothing of it.
    await page.goto(SEED.path);
    await expect(page.locator('.article-header__updated')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Đính chính' })).toHaveCount(0);
  });

  test('JSON-LD, feeds and sitemaps follow updatedAt; corrections show newest first, in English too', async ({ request, page }) => {
    const ld = /<script type="application\/ld\+json">(\{"@context":"https:\/\/schema\.org","@type":"NewsArticle".*?)<\/script>/.exec(await (await request.get(articlePath(CORRECTED))).text())?.[1];
    const news = JSON.parse(ld ?? '{}') as { dateModified?: string; correction?: { '@type': string; text: string; datePublished: string }[] };
    expect(news.dateModified).toBe('2026-11-21T08:15:00+07:00');
    expect(news.correction).toEqual([{ '@type': 'CorrectionComment', text: expect.stringContaining('tăng khoảng 15%'), datePublished: '2026-11-21T08:15:00+07:00' }]);
    const feed = await (await request.get('/rss.xml')).text();
    expect(feed).toMatch(new RegExp(`-${CORRECTED.id}\\.html</guid>.*?<atom:updated>2026-11-21T08:15:00\\+07:00</atom:updated>`));
    expect(await (await request.get('/sitemaps/articles-2026-11.xml')).text()).toMatch(new RegExp(`-${CORRECTED.id}\\.html</loc><lastmod>2026-11-21T08:15:00\\+07:00</lastmod>`));

    // Two corrections saved oldest first are shown newest first; the news sitemap's lastmod is the update's.
    const published = secondsFromNow(-3600);
    const updated = secondsFromNow(-60);
    const corrected = new TestArticle(NEWSROOM_DIR, {
      ...NO_COVER,
      id: 9631,
      slug: 'hai-lan-dinh-chinh',
      month: '2031/07',
      title: 'Bài có hai lần đính chính',
      publishedAt: published,
      updatedAt: updated,
      corrections: [
        { at: secondsFromNow(-1800), text: 'Lần đính chính thứ nhất.' },
        { at: updated, text: 'Lần đính chính thứ hai.' },
      ],
    });
    const english = new TestArticle(NEWSROOM_DIR, {
      ...NO_COVER,
      id: 9632,
      slug: 'a-corrected-story',
      month: '2031/07',
      locale: 'en',
      category: 'news',
      authors: ['lan-anh'],
      title: 'A corrected story',
      publishedAt: published,
      updatedAt: updated,
      corrections: [{ at: updated, text: 'An earlier version misspelt the minister’s name.' }],
    });
    await corrected.publish();
    await english.publish();
    await expectServed(request, corrected, { origins: [NEWSROOM_URL], within: 10_000 });
    await page.goto(corrected.path);
    await expect(page.getByRole('region', { name: 'Đính chính' }).getByRole('listitem')).toHaveText([/Lần đính chính thứ hai\./, /Lần đính chính thứ nhất\./]);
    const hanoi = new Date(Date.parse(updated) + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00';
    await expectListed(request, `${corrected.path}</loc><lastmod>${hanoi}</lastmod>`, [`${NEWSROOM_URL}/sitemaps/news.xml`], { within: 10_000 });
    await page.goto(`/en${english.path}`);
    await expect(page.getByText(/^Updated: \d\d:\d\d /)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Correction' })).toContainText('misspelt');
    await Promise.all([corrected.remove(), english.remove()]);
  });
});

test('a record saved with a byte-order mark is read: an article, and the site, categories and authors this newsroom started with', async ({ request, page }) => {
  // e2e/lib/newsroom-folder.ts saved site.json, categories.json and authors.json with one.
  await page.goto('/thoi-su');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thời sự');
  await expect(page.getByRole('navigation', { name: 'Chuyên mục' }).first().getByRole('link', { name: 'Thời sự' })).toBeVisible();
  const bom = new TestArticle(NEWSROOM_DIR, { ...NO_COVER, id: 9641, slug: 'luu-bang-notepad', month: '2031/07', title: 'Lưu bằng Notepad', authors: ['minh-chau'] });
  await bom.publish({}, { bom: true });
  await expectServed(request, bom, { origins: [NEWSROOM_URL], within: 10_000 });
  expect(await (await request.get(bom.path)).text()).toContain('Minh Châu');
  await bom.remove();
});
