import { expect, test, type Page } from '@playwright/test';
import { articlesInCategory, searchHits } from './lib/content';
import { SEED } from './lib/site';

/** The search results (not the latest news shown when nothing is found). */
const results = (page: Page) => page.getByRole('main').locator('.search-results').getByRole('article');

test.describe('search: relevance, snippets, filters', () => {
  test('a name found only in the body ranks its article first, the snippet marks the name (desktop)', async ({ page }) => {
    await page.goto('/tim-kiem?q=L%C6%B0%C6%A1ng+C%C6%B0%E1%BB%9Dng');
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText(SEED.title);
    await expect(first.getByRole('link', { name: SEED.title })).toHaveAttribute('href', SEED.path);
    await expect(first.locator('mark')).toHaveText(['Lương', 'Cường']);
    await expect(first.locator('.search-result__snippet')).toContainText('Đại tướng Lương Cường');
    await expect(first.getByRole('link', { name: 'Chính trị' })).toHaveAttribute('href', '/chinh-tri');
    await expect(first.locator('time')).toHaveAttribute('datetime', /^2022-12-23/);
    await expect(page.getByText('Gõ tiếng Việt có dấu', { exact: false })).toHaveCount(0);
  });

  test('the mobile page shows the same snippet with <mark>, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/m/tim-kiem?q=luong+cuong');
    const first = results(page).first();
    await expect(first.getByRole('link', { name: SEED.title })).toHaveAttribute('href', `/m${SEED.path}`);
    await expect(first.locator('mark')).toHaveText(['Lương', 'Cường']);
    await context.close();
  });

  test('the section and time filters work without JavaScript, and keep the query', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tim-kiem?q=ha+noi');
    const sport = new Set(articlesInCategory('vi', 'the-thao').map((a) => a.id));
    const expected = searchHits('vi', 'ha noi').filter((a) => sport.has(a.id));
    expect(expected.length, 'sport stories about Hà Nội in data/').toBeGreaterThan(0);

    await page.getByRole('combobox', { name: 'Chuyên mục' }).selectOption('the-thao');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL('/tim-kiem?q=ha+noi&section=the-thao&time=any');
    await expect(page.getByRole('status')).toHaveText(`Tìm thấy ${expected.length} bài viết cho “ha noi”.`);
    const sections = await results(page).locator('.search-result__meta a').allTextContents();
    expect(new Set(sections)).toEqual(new Set(sections.filter((s) => s === 'Thể thao' || s === 'Bóng đá')));
    expect(sections).toHaveLength(Math.min(expected.length, 20));
    await expect(page.getByRole('combobox', { name: 'Chuyên mục' })).toHaveValue('the-thao');

    // The newest-first link keeps the filter; the time filter narrows to the last day (the bundled archive is older).
    await page.getByRole('link', { name: 'Mới nhất' }).click();
    await expect(page).toHaveURL('/tim-kiem?q=ha+noi&sort=newest&section=the-thao');
    await page.getByRole('combobox', { name: 'Thời gian' }).selectOption('24h');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await expect(page).toHaveURL('/tim-kiem?q=ha+noi&section=the-thao&time=24h&sort=newest');
    await expect(page.getByRole('combobox', { name: 'Thời gian' })).toHaveValue('24h');
    await expect(results(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Tin mới nhất' })).toBeVisible();
    await context.close();
  });

  test('a quoted phrase finds the words together; a query without diacritics that finds little suggests them', async ({ page }) => {
    await page.goto('/tim-kiem?q=%22dai+tuong+luong+cuong%22');
    await expect(results(page).first().getByRole('heading')).toHaveText(SEED.title);
    await expect(page.getByText('Gõ tiếng Việt có dấu (ví dụ “Hà Nội” thay vì “ha noi”) có thể cho kết quả chính xác hơn.')).toBeVisible();
    await page.goto('/tim-kiem?q=%22c%C6%B0%E1%BB%9Dng+l%C6%B0%C6%A1ng%22');
    await expect(results(page)).toHaveCount(0);
  });

  test('odd options fall back to their defaults', async ({ page }) => {
    const response = await page.goto('/tim-kiem?q=ha+noi&sort=oldest&section=khong-co&time=decade&page=x');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toHaveText(`Tìm thấy ${searchHits('vi', 'ha noi').length} bài viết cho “ha noi”.`);
    await expect(page.getByRole('navigation', { name: 'Sắp xếp kết quả' }).getByText('Phù hợp nhất')).toHaveAttribute('aria-current', 'page');
  });
});
