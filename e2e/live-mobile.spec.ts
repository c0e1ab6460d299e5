import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { ENDED_LIVE, LIVE, LIVE_PAGE_SIZE } from './lib/live';
import { LIVE_DOCUMENT_BUDGET } from './lib/page-weight';
import { escapeRegExp } from './lib/regexp';

/**
 * Live coverage (issue 24) on the mobile site, in the phone project (Pixel 7 on Chromium): no
 * script at all, "Xem cập nhật mới" reloads page 1, pages and share links as on desktop. The
 * desktop site and the updates that come while reading: live.spec.ts.
 */

const mobile = (path: string) => (path.startsWith('/en/') ? `/en/m${path.slice(3)}` : `/m${path}`);
const anchors = (page: Page) => page.locator('.live__updates > article').evaluateAll((list) => list.map((a) => a.id));
const ids = (page: number) => LIVE.updates.slice((page - 1) * LIVE_PAGE_SIZE, page * LIVE_PAGE_SIZE).map((u) => `cap-nhat-${u.id}`);

test('a phone opening the live page gets the mobile twin: label, 20 updates, no script, a refresh link to page 1', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.resourceType() === 'fetch' || r.resourceType() === 'xhr') scripts.push(r.url());
  });
  await page.goto(LIVE.path);
  await expect(page).toHaveURL(new RegExp(`/m${escapeRegExp(LIVE.path)}$`));
  await expect(page.locator('.article-header .live-label')).toHaveText('Trực tiếp');
  expect(await anchors(page)).toEqual(ids(1));
  await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  await expect(page.locator('button[data-live-new], [data-live-check]')).toHaveCount(0);
  expect(scripts).toEqual([]);
  await page.goto(mobile(LIVE.pagePath(3)));
  await page.getByRole('link', { name: 'Xem cập nhật mới' }).click();
  await expect(page).toHaveURL(new RegExp(`/m${escapeRegExp(LIVE.path)}$`));
  expect(await anchors(page)).toEqual(ids(1));
});

test('pages and anchors: previous/next lead through the pages, share links stay on the mobile site', async ({ page }) => {
  await page.goto(mobile(LIVE.path));
  await page.locator('.pagination a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/m${escapeRegExp(LIVE.pagePath(2))}$`));
  expect(await anchors(page)).toEqual(ids(2));
  const second = LIVE.updates[LIVE_PAGE_SIZE]!;
  await expect(page.locator(`#cap-nhat-${second.id} .live-update__share a`)).toHaveAttribute('href', `/m/a/${LIVE.id}/${second.id}`);
  await page.locator('.pagination a[rel="prev"]').click();
  expect(await anchors(page)).toEqual(ids(1));
});

test('an update on page 3 shared by /m/a/{id}/{update} lands on page 3, scrolled to it', async ({ page }) => {
  const update = LIVE.updates.find((u) => LIVE.pageOf(u.id) === 3)!;
  await page.goto(`/a/${LIVE.id}/${update.id}`);
  await expect(page).toHaveURL(new RegExp(`/m${escapeRegExp(LIVE.pagePath(3))}#cap-nhat-${update.id}$`));
  await expect(page.locator(`#cap-nhat-${update.id}`)).toBeInViewport();
});

test('the pinned update opens with a tap, no script', async ({ page }) => {
  await page.goto(mobile(LIVE.path));
  const details = page.locator('details.live-pinned');
  await expect(details).not.toHaveAttribute('open');
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
});

test('an ended live article says so and offers no refresh', async ({ page }) => {
  await page.goto(mobile(ENDED_LIVE.path));
  await expect(page.locator('.article-header .live-label')).toHaveText('Ended');
  await expect(page.locator('a.live__refresh')).toHaveCount(0);
  await expect(page.locator('.live__updates > article')).toHaveCount(Math.min(ENDED_LIVE.updates.length, LIVE_PAGE_SIZE));
});

test(`a mobile live page of 20 updates is at most ${LIVE_DOCUMENT_BUDGET / 1024} KB of gzipped HTML`, async ({ request }) => {
  const response = await request.get(mobile(LIVE.path));
  const html = await response.text();
  expect((html.match(/<article class="live-update"/g) ?? []).length).toBe(LIVE_PAGE_SIZE);
  const gzipped = gzipSync(html, { level: 6 }).length;
  console.log(`mobile live page, 20 updates: ${html.length} B of HTML, ${gzipped} B gzipped (budget ${LIVE_DOCUMENT_BUDGET} B)`);
  expect(gzipped).toBeLessThanOrEqual(LIVE_DOCUMENT_BUDGET);
});
