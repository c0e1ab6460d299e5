import { expect, test } from '@playwright/test';
import { article, articlePath } from './lib/content';
import { SEED } from './lib/site';

const CACHED = [
  ['home', '/'],
  ['category', '/thoi-su'],
  ['article', SEED.path],
] as const;

for (const [name, path] of CACHED) {
  test(`the ${name} page may be cached by a CDN (s-maxage, stale-while-revalidate)`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl).toMatch(/\bs-maxage=\d+/);
    expect(cacheControl).toMatch(/\bstale-while-revalidate=\d+/);
    expect(cacheControl).not.toMatch(/\b(private|no-store)\b/);
  });
}

test('the second request for an article is served from the cache', async ({ request }) => {
  const path = articlePath(article(1003));
  expect((await request.get(path)).status()).toBe(200);
  const second = await request.get(path);
  expect(second.status()).toBe(200);
  expect(second.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);
});

test('tracking parameters do not change the canonical URL', async ({ page, baseURL }) => {
  await page.goto(`${SEED.path}?utm_source=x&fbclid=y`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${SEED.path}`);

  await page.goto('/thoi-su?page=2&utm_source=x&zarsrc=30');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/thoi-su?page=2`);
});
