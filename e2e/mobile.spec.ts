import { expect, test } from '@playwright/test';
import { LIVE } from './lib/live';
import { escapeRegExp } from './lib/regexp';
import { bodyBlock, GALLERY_ARTICLE, NOT_FOUND_VI, SEED, VIDEO_FILE_ARTICLE, YOUTUBE_ARTICLE } from './lib/site';

// Runs in the phone project (Pixel 7 on Chromium): the mobile site and the desktop ↔ mobile switch.
const DESKTOP_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';

test('a phone opening a desktop URL lands on the mobile twin', async ({ page }) => {
  await page.goto(SEED.path);
  await expect(page).toHaveURL(new RegExp(`/m${escapeRegExp(SEED.path)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
});

test('a desktop browser stays on desktop', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: DESKTOP_UA, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const response = await page.goto(SEED.path);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(SEED.path)}$`));
  expect(page.url()).not.toContain('/m/');
  await context.close();
});

test('switch links go both ways to the same article and the choice is remembered', async ({ page }) => {
  await page.goto(`/m${SEED.path}`);
  await page.getByRole('link', { name: 'Phiên bản máy tính' }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?]*${escapeRegExp(SEED.path)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  // Remembered: the phone now opens desktop URLs on desktop.
  await page.goto('/thoi-su');
  await expect(page).toHaveURL(/\/thoi-su$/);
  await expect(page.getByRole('link', { name: 'Phiên bản di động' })).toBeVisible();
  // And back.
  await page.goto(SEED.path);
  await page.getByRole('link', { name: 'Phiên bản di động' }).click();
  await expect(page).toHaveURL(new RegExp(`/m${escapeRegExp(SEED.path)}$`));
  await page.goto('/thoi-su');
  await expect(page).toHaveURL(/\/m\/thoi-su$/);
});

test('the mobile article carries the whole article and no script', async ({ page, request }) => {
  const response = await request.get(`/m${SEED.path}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toContain("script-src 'none'");
  const html = await response.text();
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
  await page.goto(`/m${SEED.path}`);
  await expect(page.locator(`time[datetime="${SEED.datetime}"]`)).toHaveText(SEED.timeText);
  await expect(page.locator('.sapo')).toContainText(SEED.sapoStart);
  await expect(page.locator('figcaption')).toHaveCount(SEED.captions.length);
  await expect(page.locator('figcaption').first()).toContainText(SEED.captions[0]);
  await expect(page.locator('blockquote')).toContainText(SEED.quoteStart);
  await expect(page.getByRole('heading', { level: 2, name: SEED.subheadings[1] })).toBeVisible();
  await expect(page.locator('.related-box a')).toHaveCount(SEED.related.length);
  await expect(page.locator('.related-box a').first()).toHaveAttribute('href', /^\/m\//);
  await expect(page.locator('.byline')).toContainText(SEED.author);
  await expect(page.locator('.byline')).toContainText(SEED.photoCredit);
  const bodySize = await page.locator('.article-body > p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(17);
});

test('canonical and alternate pair point at each other', async ({ page, baseURL }) => {
  await page.goto(`/m${SEED.path}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${SEED.path}`);
  const desktop = await (await page.request.get(SEED.path, { headers: { 'User-Agent': DESKTOP_UA } })).text();
  expect(desktop).toContain(`<link rel="alternate" media="only screen and (max-width: 640px)" href="${baseURL}/m${SEED.path}"/>`);
});

/** Mobile pages with the status and h1 each must answer: real pages 200, an unknown one 404. */
const PAGES_AT_320 = [
  ['/m', 200, 'Tin Thủ Đô - Tin tức Hà Nội và cả nước'],
  ['/m/thoi-su', 200, 'Thời sự'],
  ['/m/thoi-su?page=2', 200, 'Thời sự'],
  [`/m${SEED.path}`, 200, SEED.title],
  ['/m/tac-gia/tu-linh', 200, 'Tác giả Tú Linh'],
  ['/m/tim-kiem?q=ha+noi', 200, 'Kết quả tìm kiếm: ha noi'],
  ['/m/khong-co', 404, NOT_FOUND_VI],
  ['/en/m', 200, 'Tin Thu Do - News from Hanoi and Vietnam'],
  [`/m${LIVE.path}`, 200, LIVE.title],
] as const;

for (const [path, status, heading] of PAGES_AT_320) {
  test(`no script and no horizontal overflow at 320 px: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the category menu opens without JavaScript and pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, userAgent: DESKTOP_UA, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto('/m');
  await page.getByText('Chuyên mục', { exact: true }).click();
  await page.getByRole('link', { name: 'Thời sự' }).click();
  await expect(page).toHaveURL(/\/m\/thoi-su$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thời sự');
  await page.getByRole('link', { name: /Trang sau/ }).click();
  await expect(page).toHaveURL(/\/m\/thoi-su\?page=2$/);
  await context.close();
});

test('unknown mobile URLs are a 404 page in the mobile frame', async ({ request }) => {
  const response = await request.get('/m/khong-co-999999.html');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain(NOT_FOUND_VI);
});

test('requests for an m. host are served as mobile at the plain paths', async ({ request, baseURL }) => {
  const mobileHost = `m.${new URL(baseURL!).hostname}`;
  const response = await request.get('/thoi-su', { headers: { Host: mobileHost, 'User-Agent': DESKTOP_UA } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toContain("script-src 'none'");
  expect(await response.text()).toContain('Phiên bản máy tính');
});

test('on the phone, with no script: a gallery is a list of figures, a video file the browser’s player, YouTube a poster linking out', async ({ page, request }) => {
  for (const path of [GALLERY_ARTICLE.path, VIDEO_FILE_ARTICLE.path, YOUTUBE_ARTICLE.path]) {
    const html = await (await request.get(`/m${path}`)).text();
    expect(html, path).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
    expect(html, path).not.toContain('<iframe');
  }

  await page.goto(`/m${GALLERY_ARTICLE.path}`);
  await expect(page.locator('.gallery ol > li > figure')).toHaveCount(4);
  for (const caption of await page.locator('.gallery figcaption').all()) await expect(caption).toContainText('Ảnh: Thanh Hải');

  await page.goto(`/m${VIDEO_FILE_ARTICLE.path}`);
  const video = page.locator('main video');
  await expect(video).toHaveAttribute('controls', '');
  await expect(video).toHaveAttribute('preload', 'none');
  await expect(video).toHaveAttribute('poster', '/media/w960/media/metro-chay-thu.jpg');
  await expect(video.locator('source')).toHaveAttribute('src', '/media/video/metro-chay-thu.mp4');
  await expect(video.locator('source')).toHaveAttribute('type', 'video/mp4');
  // It plays: the mobile CSP allows our own media (media-src 'self'), and the file decodes.
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0);

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/m${YOUTUBE_ARTICLE.path}`);
  const youtube = bodyBlock(YOUTUBE_ARTICLE.id, 'video');
  const link = page.getByRole('link', { name: `Xem trên YouTube: ${youtube.title}` });
  await expect(link).toHaveAttribute('href', `https://www.youtube.com/watch?v=${youtube.id}`);
  await expect(link.locator('img')).toHaveAttribute('src', /^\/media\/w\d+\/media\/gom-bat-trang\.jpg\.[0-9a-f]+\.(jpg|webp|avif)$/);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
});

test('printed on the phone: the article and its canonical address, no header, share bar or lists', async ({ page }) => {
  await page.goto(`/m${SEED.path}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(page.locator('.byline')).toBeVisible();
  for (const figure of await page.locator('.article-body figure').all()) await expect(figure).toBeVisible();
  await expect(page.getByText(new RegExp(`Bài viết tại: https?://[^ ]+${escapeRegExp(SEED.path)}$`))).toBeVisible();
  for (const hidden of [page.getByRole('banner'), page.locator('.share-bar'), page.locator('.article-more'), page.getByRole('contentinfo')]) await expect(hidden).toBeHidden();
});
