import { expect, test, type Page } from '@playwright/test';
import { articles } from './lib/content';
import { escapeRegExp } from './lib/regexp';
import { SEED } from './lib/site';

/** The article itself (the one <article> holding the page's h1), not the cards around it. */
const mainArticle = (page: Page) => page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1 }) });

test.describe('seed article', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto(SEED.path);
    expect(response?.status()).toBe(200);
  });

  test('header: breadcrumb, one h1, Hà Nội time, sapo', async ({ page }) => {
    const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link');
    await expect(crumbs).toHaveText(['Trang chủ', SEED.category]);
    await expect(crumbs.nth(0)).toHaveAttribute('href', '/');
    await expect(crumbs.nth(1)).toHaveAttribute('href', '/chinh-tri');

    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
    await expect(page).toHaveTitle(`${SEED.title} | Tin Thủ Đô`);

    const time = mainArticle(page).locator(`time[datetime="${SEED.datetime}"]`);
    await expect(time).toHaveCount(1);
    await expect(time).toHaveText(SEED.timeText);

    await expect(mainArticle(page).getByText(new RegExp(`^${escapeRegExp(SEED.sapoStart)}`))).toBeVisible();
  });

  test('"Tin liên quan" box lists the three related stories, each link works', async ({ page, request }) => {
    const box = page.getByRole('complementary', { name: 'Tin liên quan' });
    await expect(box.getByText('Tin liên quan', { exact: true })).toBeVisible();
    const links = box.getByRole('link');
    await expect(links).toHaveText([...SEED.related]);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).toMatch(/^\/[a-z0-9-]+-\d+\.html$/);
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });

  test('body: three captioned photos, two subheadings, the quote', async ({ page }) => {
    const article = mainArticle(page);
    const figures = article.getByRole('figure');
    await expect(figures).toHaveCount(3);
    // Caption, then the photographer's credit.
    await expect(figures.locator('figcaption')).toHaveText(
      SEED.captions.map((c) => new RegExp(`^${escapeRegExp(c)}\\s+${escapeRegExp(SEED.photoCredit)}$`)),
    );

    await expect(article.getByRole('heading', { level: 2 })).toHaveText([...SEED.subheadings]);
    await expect(article.getByRole('blockquote')).toHaveCount(1);
    await expect(article.getByRole('blockquote')).toContainText(SEED.quoteStart);
  });

  test('every image on the page has alt text and reserved width/height', async ({ page }) => {
    const images = await page.locator('img').evaluateAll((imgs) =>
      imgs.map((img) => ({
        src: img.getAttribute('src'),
        alt: img.getAttribute('alt'),
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
      })),
    );
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const img of images) {
      expect(img.alt?.trim(), `alt of ${img.src}`).toBeTruthy();
      expect(img.width, `width of ${img.src}`).toMatch(/^[1-9]\d*$/);
      expect(img.height, `height of ${img.src}`).toMatch(/^[1-9]\d*$/);
    }
  });

  test('byline, tags, latest news and same-category lists', async ({ page }) => {
    const article = mainArticle(page);
    const authorLink = article.getByRole('link', { name: SEED.author, exact: true });
    await expect(authorLink).toHaveAttribute('href', '/tac-gia/tu-linh');
    const byline = article.locator('p').filter({ has: page.getByRole('link', { name: SEED.author, exact: true }) });
    await expect(byline).toContainText(SEED.author);
    await expect(byline).toContainText(SEED.photoCredit);

    const tags = page.getByRole('navigation', { name: 'Từ khóa' }).getByRole('link');
    await expect(tags).toHaveText(['Bảo vệ chính trị nội bộ', 'Thành ủy Hà Nội', 'Xây dựng Đảng']);
    for (const href of await tags.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/chu-de\/[a-z0-9-]+$/);

    const latest = page.getByRole('complementary', { name: 'Tin mới nhất' });
    await expect(latest.getByRole('heading', { level: 2 })).toHaveText('Tin mới nhất');
    expect(await latest.getByRole('article').count()).toBeGreaterThan(0);
    await expect(latest.getByRole('link', { name: SEED.title })).toHaveCount(0);

    const same = page.getByRole('region', { name: 'Cùng chuyên mục' });
    await expect(same.getByRole('heading', { level: 2 })).toHaveText('Cùng chuyên mục');
    const sameTitles = await same.getByRole('article').getByRole('heading').allTextContents();
    expect(sameTitles.length).toBeGreaterThan(0);
    const chinhTri = new Set(articles().filter((a) => a.locale === 'vi' && a.category === 'chinh-tri').map((a) => a.title));
    for (const title of sameTitles) expect(chinhTri, `"${title}" belongs to Chính trị`).toContain(title.trim());
    expect(sameTitles.map((t) => t.trim())).not.toContain(SEED.title);
  });

  test('photos load: the browser gets every body photo, the resized copies are JPEG', async ({ page, request }) => {
    const figures = mainArticle(page).getByRole('figure');
    for (const img of await figures.locator('img').all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    }
    const srcset = (await figures.first().locator('img').getAttribute('srcset')) ?? '';
    const w640 = srcset
      .split(',')
      .map((c) => c.trim().split(/\s+/)[0] ?? '')
      .find((url) => url.startsWith('/media/w640/'));
    expect(w640, `a 640px candidate in srcset "${srcset}"`).toBeTruthy();
    const response = await request.get(w640!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    expect((await response.body()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });
});

test.describe('in a reader far from Hà Nội', () => {
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

  test('the time is still shown in Hà Nội time', async ({ page }) => {
    await page.goto(SEED.path);
    const time = mainArticle(page).locator(`time[datetime="${SEED.datetime}"]`);
    await expect(time).toHaveText(SEED.timeText);
    // The browser really is elsewhere: the same instant reads 04:45 in New York.
    expect(await page.evaluate(() => new Date('2022-12-23T16:45:00+07:00').getHours())).toBe(4);
  });
});

test('a stale slug answers 308 to the canonical article URL, with one Location header', async ({ request }) => {
  // Twice: the first answer is rendered, the second comes from the cache; both must be clean redirects.
  for (const attempt of ['first', 'cached']) {
    const response = await request.get(`/sai-slug-${SEED.id}.html`, { maxRedirects: 0 });
    expect(response.status(), attempt).toBe(308);
    const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
    // Location is a single-valued field (RFC 9110 §10.2.2): one header, one URL.
    expect(locations.map((h) => h.value), `${attempt} response`).toHaveLength(1);
    expect(new URL(locations[0]!.value, 'http://placeholder').pathname).toBe(SEED.path);
  }
});

test('printed, the article is its headline, time, byline, text, photos and canonical address, nothing else', async ({ page, baseURL }) => {
  await page.goto(SEED.path);
  const printUrl = page.getByText(`Bài viết tại: ${baseURL}${SEED.path}`);
  await expect(printUrl, 'on screen the address is not shown').toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.article-header__time')).toBeVisible();
  await expect(page.locator('.byline')).toBeVisible();
  await expect(page.locator('.article-body > p').first()).toBeVisible();
  const figures = page.locator('.article-body figure');
  await expect(figures).toHaveCount(SEED.captions.length);
  for (const figure of await figures.all()) await expect(figure).toBeVisible();
  await expect(printUrl).toBeVisible();
  for (const hidden of [page.getByRole('banner'), page.locator('.share-bar'), page.locator('.article-aside'), page.locator('.article-more'), page.locator('.related-box'), page.getByRole('contentinfo'), page.locator('.skip-link')]) {
    await expect(hidden).toBeHidden();
  }
  // Photos fit the page and are not split across pages.
  const style = await figures.first().evaluate((f) => ({ breakInside: getComputedStyle(f).breakInside, maxWidth: getComputedStyle(f.querySelector('img')!).maxWidth }));
  expect(style).toEqual({ breakInside: 'avoid', maxWidth: '100%' });
});
