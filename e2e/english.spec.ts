import { expect, test } from '@playwright/test';
import { article, articlePath, articles } from './lib/content';
import { expectNotFoundPage, siteHeader } from './lib/site';

const english = articles().filter((a) => a.locale === 'en');
const englishPaths = new Set(english.map(articlePath));

test('/en is the English edition: English UI, lang="en", English stories only', async ({ page }) => {
  const response = await page.goto('/en');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Latest news' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Top story' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveCount(1);
  await expect(siteHeader(page).getByRole('navigation', { name: 'Sections' }).getByRole('link')).toHaveText(['News', 'Business', 'Culture']);

  const hrefs = await page.getByRole('main').getByRole('article').getByRole('heading').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(englishPaths, `${href} is an English article`).toContain(href);
  // No Vietnamese UI strings leak into the English edition.
  await expect(page.getByText(/Tin mới nhất|Chuyên mục|Trang chủ/)).toHaveCount(0);
});

test('an English article speaks English: Related news, Tags, English dates', async ({ page }) => {
  const withRelated = english.find((a) => a.id === 1060) ?? english[0]!;
  const response = await page.goto(articlePath(withRelated));
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(withRelated.title);

  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
  await expect(crumbs.first()).toHaveText('Home');
  await expect(crumbs.first()).toHaveAttribute('href', '/en');

  const related = page.getByRole('complementary', { name: 'Related news' });
  await expect(related.getByText('Related news', { exact: true })).toBeVisible();
  // The stories its record names, so the loop below has something to check.
  expect(withRelated.related.length, `related ids of ${withRelated.id}`).toBeGreaterThan(0);
  await expect(related.getByRole('link')).toHaveText(withRelated.related.map((id) => article(id).title));
  for (const href of await related.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(englishPaths).toContain(href);
  }

  const tags = page.getByRole('navigation', { name: 'Tags' });
  await expect(tags.getByText('Tags:')).toBeVisible();
  await expect(tags.getByRole('link')).toHaveText(withRelated.tags);
  for (const href of await tags.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^\/en\/tag\/[a-z0-9-]+$/);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Latest news' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'More in this section' })).toBeVisible();

  // 2026-10-15T09:30:00+07:00, in English: weekday and time as an English reader reads them, still Hà Nội time.
  const time = page.locator(`time[datetime="${withRelated.publishedAt}"]`).first();
  await expect(time).toHaveText('Thursday, October 15, 2026, 09:30');
  await expect(page.getByText(/Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật/)).toHaveCount(0);
});

test('the edition links switch between / and /en', async ({ page }) => {
  await page.goto('/');
  await siteHeader(page).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Latest news' })).toBeVisible();

  const back = siteHeader(page).getByRole('link', { name: 'Tiếng Việt' });
  await expect(back).toHaveText('Tiếng Việt');
  await back.click();
  await expect(page).toHaveURL('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 2, name: 'Tin mới nhất' })).toBeVisible();
});

test('an author who never wrote for the English edition has no English page', async ({ page }) => {
  const vietnameseOnly = 'tu-linh';
  expect(articles().some((a) => a.locale === 'en' && a.authors.includes(vietnameseOnly))).toBe(false);
  const response = await page.goto(`/en/author/${vietnameseOnly}`);
  await expectNotFoundPage(page, response, 'en');
  // …while an English author's page lists their English stories.
  const englishAuthor = articles().find((a) => a.locale === 'en')!.authors[0]!;
  const ok = await page.goto(`/en/author/${englishAuthor}`);
  expect(ok?.status()).toBe(200);
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
});
