import { expect, test } from '@playwright/test';
import { article } from './lib/content';
import { TRACKING, origin } from './lib/share-urls';
import { SEED, YOUTUBE_ARTICLE, bodyBlock, mainCards, siteHeader } from './lib/site';

/**
 * The desktop site with JavaScript turned off (decision 021): everything a reader does works on
 * plain links and forms; the one script only adds to them. Runs in the desktop project.
 */
test.use({ javaScriptEnabled: false });

test('search: the header form finds articles, and the results page is a page like any other', async ({ page }) => {
  await page.goto('/');
  const form = siteHeader(page).getByRole('search', { name: 'Tìm kiếm' });
  await form.getByRole('searchbox').fill('ha noi');
  await form.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=ha\+noi$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả tìm kiếm: ha noi');
  expect(await mainCards(page).count()).toBeGreaterThan(0);
});

test('share: the four links share the canonical URL, and the buttons that need a script are not offered', async ({ page, baseURL }) => {
  await page.goto(`${SEED.path}?${TRACKING}`);
  const bar = page.getByRole('navigation', { name: 'Chia sẻ bài viết' });
  const canonical = `${origin(baseURL)}${SEED.path}`;
  await expect(bar.getByRole('link', { name: 'Chia sẻ lên Facebook' })).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`);
  await expect(bar.getByRole('link', { name: 'Chia sẻ qua Zalo' })).toHaveAttribute('href', /^https:\/\/button-share\.zalo\.me\/share_external\?/);
  await expect(bar.getByRole('link', { name: 'Chia sẻ lên X' })).toHaveAttribute('href', new RegExp(`^https://x\\.com/intent/post\\?.*url=${encodeURIComponent(canonical).replace(/[.]/g, '\\.')}`));
  await expect(bar.getByRole('link', { name: 'Gửi qua email' })).toHaveAttribute('href', /^mailto:\?/);
  await expect(bar.getByRole('button')).toHaveCount(0);
});

test('pagination: page 2 of a section is a link that leads to page 2', async ({ page }) => {
  await page.goto('/thoi-su');
  const pages = page.getByRole('navigation', { name: 'Phân trang' });
  await pages.getByRole('link', { name: 'Trang 2', exact: true }).click();
  await expect(page).toHaveURL(/\/thoi-su\?page=2$/);
  await expect(pages.locator('[aria-current="page"]')).toContainText('Trang 2, trang hiện tại');
  expect(await mainCards(page).count()).toBeGreaterThan(0);
});

test('video: the YouTube poster is a link to the video on youtube.com', async ({ page }) => {
  const youtube = bodyBlock(YOUTUBE_ARTICLE.id, 'video');
  // youtube.com is not reached: the click's destination is answered here, and the address is what counts.
  await page.route('https://www.youtube.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>YouTube</title>' }));
  await page.goto(YOUTUBE_ARTICLE.path);
  const poster = page.getByRole('link', { name: `Phát video: ${youtube.title}` });
  await expect(poster.locator('img')).toBeVisible();
  await poster.click();
  await expect(page).toHaveURL(`https://www.youtube.com/watch?v=${youtube.id}`);
});

test('edition switch: "English" leads to the English edition, and back', async ({ page }) => {
  await page.goto(SEED.path);
  await siteHeader(page).getByRole('link', { name: 'Read the English edition' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await siteHeader(page).getByRole('link', { name: 'Đọc ấn bản tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('the version switch leads to the mobile site and back to the desktop page', async ({ page }) => {
  const english = article(1060);
  await page.goto(`/en/${english.slug}-${english.id}.html`);
  await page.getByRole('link', { name: 'Mobile version' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/m/${english.slug}-${english.id}\\.html$`));
  await page.getByRole('link', { name: 'Desktop version' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/${english.slug}-${english.id}\\.html$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.title);
});
