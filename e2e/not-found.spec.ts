import { expect, test } from '@playwright/test';
import { expectNotFoundPage, mainCards } from './lib/site';

const missing = [
  ['an unknown article id', '/khong-co-999999.html'],
  ['an unknown category', '/khong-ton-tai'],
  ['a page past the end of a category', '/thoi-su?page=99'],
  ['an unknown deep path', '/a/b/c'],
  ['an unknown tag', '/chu-de/khong-ton-tai'],
  ['an unknown author', '/tac-gia/khong-ton-tai'],
] as const;

for (const [what, path] of missing) {
  test(`${what} (${path}) is a 404 page with a way home`, async ({ page }) => {
    const response = await page.goto(path);
    await expectNotFoundPage(page, response, 'vi');
    await expect(page.getByText('Trang bạn tìm không tồn tại hoặc đã được chuyển đi.')).toBeVisible();
  });
}

test('an unknown English path is an English 404 page', async ({ page }) => {
  const response = await page.goto('/en/unknown');
  await expectNotFoundPage(page, response, 'en');
  await expect(page).toHaveTitle(/^Page not found/);
});

test('a malformed ?page on a category falls back to page 1', async ({ page }) => {
  const response = await page.goto('/thoi-su?page=abc');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thời sự');
  await expect(mainCards(page)).toHaveCount(20);
  await expect(page.getByRole('navigation', { name: 'Phân trang' }).locator('[aria-current="page"]')).toContainText('Trang 1, trang hiện tại');
});

test.describe('search never breaks on odd input', () => {
  const odd = [
    ['a malformed percent-escape', '/tim-kiem?q=%E0%A4%A'],
    ['a very long query', `/tim-kiem?q=${'ha%20noi%20'.repeat(400)}`],
    ['an array parameter', '/tim-kiem?q[]=x'],
    ['repeated q parameters', '/tim-kiem?q=ha&q=noi&page=-1'],
  ] as const;
  for (const [what, url] of odd) {
    test(what, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBeLessThan(500);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^(Tìm kiếm|Kết quả tìm kiếm: )/);
      await expect(page.getByRole('search', { name: 'Từ khóa tìm kiếm' })).toBeVisible();
    });
  }

  test('an over-long query is cut and the reader is told why', async ({ page }) => {
    await page.goto(`/tim-kiem?q=${'a'.repeat(300)}`);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Từ khóa quá dài: tối đa 100 ký tự.');
    await expect(page.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' })).toHaveValue('a'.repeat(100));
  });
});
