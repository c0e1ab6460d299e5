import { expect, test } from '@playwright/test';
import { articlesInCategory, menu } from './lib/content';
import { mainCards, siteHeader } from './lib/site';

const PAGE_SIZE = 20;

test('home → Thời sự → page 2 → article: a reader can browse down to a story', async ({ page }) => {
  const total = articlesInCategory('vi', 'thoi-su').length;
  expect(total, 'the fixture data must fill more than one page of Thời sự').toBeGreaterThan(PAGE_SIZE);

  await page.goto('/');
  await siteHeader(page).getByRole('link', { name: 'Thời sự', exact: true }).click();

  await expect(page).toHaveURL('/thoi-su');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thời sự');
  await expect(mainCards(page)).toHaveCount(PAGE_SIZE);
  await expect(siteHeader(page).getByRole('link', { name: 'Thời sự', exact: true })).toHaveAttribute('aria-current', 'page');

  const pagination = page.getByRole('navigation', { name: 'Phân trang' });
  await expect(pagination.getByRole('link', { name: 'Trang trước' })).toHaveCount(0);
  await pagination.getByRole('link', { name: 'Trang 2', exact: true }).click();

  await expect(page).toHaveURL('/thoi-su?page=2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thời sự');
  await expect(mainCards(page)).toHaveCount(total - PAGE_SIZE);
  await expect(pagination.getByRole('link', { name: /Trang trước/ })).toHaveAttribute('href', '/thoi-su');
  const current = pagination.locator('[aria-current="page"]');
  // Seen: the number; heard: the hidden text (HTML allows no aria-label on the <span>).
  await expect(current.locator('[aria-hidden="true"]')).toHaveText('2');
  await expect(current.locator('.visually-hidden')).toHaveText('Trang 2, trang hiện tại');

  const titleLink = mainCards(page).first().getByRole('heading').getByRole('link');
  const title = (await titleLink.textContent())?.trim();
  expect(title).toBeTruthy();
  await titleLink.click();

  await expect(page).toHaveURL(/-\d+\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
});

test('home page: top story with a photo, latest news, one block per category', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);

  const top = page.getByRole('region', { name: 'Tin tiêu điểm' });
  await expect(top.getByRole('heading', { level: 2 }).getByRole('link')).toHaveText(/\S/);
  const topImage = top.locator('img');
  await expect(topImage).toBeVisible();
  await expect(topImage).toHaveAttribute('alt', /\S/);
  await expect.poll(() => topImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  const latest = page.getByRole('region', { name: 'Tin mới nhất' });
  await expect(latest.getByRole('heading', { level: 2, name: 'Tin mới nhất' })).toBeVisible();
  expect(await latest.getByRole('article').count()).toBeGreaterThan(0);

  const expected = menu('vi').filter((c) => articlesInCategory('vi', c.slug).length > 0);
  expect(expected.length).toBeGreaterThan(0);
  for (const category of expected) {
    const block = page.getByRole('region', { name: category.name, exact: true });
    const heading = block.getByRole('heading', { level: 2 });
    await expect(heading.getByRole('link', { name: category.name, exact: true })).toHaveAttribute('href', `/${category.slug}`);
    expect(await block.getByRole('article').count(), `articles in the ${category.name} block`).toBeGreaterThan(0);
  }
  // …and no block for an empty or unknown category: one "Xem thêm …" link per block.
  await expect(page.getByRole('main').getByRole('link', { name: /^Xem thêm / })).toHaveCount(expected.length);
});

test('every link in the footer leads to a page that exists', async ({ page, request }) => {
  await page.goto('/');
  const links = page.getByRole('contentinfo').getByRole('link');
  const targets = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', type: a.getAttribute('type') })));
  expect(targets.map((t) => t.href)).toContain('/thoi-su');
  for (const { href, type } of targets) {
    const response = await request.get(href);
    expect(response.status(), `footer link ${href}`).toBe(200);
    // The RSS link announces a feed: it must answer with one.
    if (type === 'application/rss+xml') expect(response.headers()['content-type'], href).toMatch(/xml/);
  }
});
