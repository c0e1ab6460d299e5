import { expect, test, type APIRequestContext } from '@playwright/test';
import { categories, menu } from './lib/content';
import { PAGE_TYPES, mobileTwin } from './lib/page-types';

/** Feed discovery on every page, the /rss page that lists the feeds, and what a feed item carries. */

/** The feeds a page's HTML announces: every <link rel="alternate" type="application/rss+xml">, as { href, title }, whatever the attribute order. */
async function announcedFeeds(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, '&');
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, 'rel') === 'alternate' && attribute(tag, 'type') === 'application/rss+xml')
    .map((tag) => ({ href: attribute(tag, 'href'), title: attribute(tag, 'title') }));
}

// One test per page type (desktop and its mobile twin): the list grows with the page types.
for (const { path, name } of PAGE_TYPES) {
  test(`${name}, desktop and mobile, offers the edition feed to feed readers`, async ({ request, baseURL }) => {
    const english = path === '/en' || path.startsWith('/en/');
    const feed = { href: `${baseURL}${english ? '/en' : ''}/rss.xml`, title: english ? 'Tin Thu Do' : 'Tin Thủ Đô' };
    expect(await announcedFeeds(request, path), name).toContainEqual(feed);
    expect(await announcedFeeds(request, mobileTwin(path)), `mobile ${name}`).toContainEqual(feed);
  });
}

test('a section page offers its own feed too, desktop and mobile', async ({ request, baseURL }) => {
  for (const path of ['/thoi-su', '/m/thoi-su']) {
    expect(await announcedFeeds(request, path), path).toContainEqual({ href: `${baseURL}/rss/thoi-su.xml`, title: 'Thời sự | Tin Thủ Đô' });
  }
});

test('/rss lists the edition feed and every section feed, each answering RSS', async ({ page, request, baseURL }) => {
  const response = await page.goto('/rss');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('RSS');
  const links = page.getByRole('main').getByRole('link');
  const vi = categories().filter((c) => c.locale === 'vi');
  await expect(links).toHaveCount(1 + vi.length);
  await expect(links.first()).toHaveText(`${baseURL}/rss.xml`);
  for (const category of menu('vi')) await expect(page.getByRole('main').getByText(category.name, { exact: true })).toBeVisible();
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    const feed = await request.get(href);
    expect(feed.status(), href).toBe(200);
    expect(feed.headers()['content-type'], href).toContain('application/rss+xml');
    expect(await feed.text(), href).toContain('<rss version="2.0"');
  }
  await page.goto('/en/rss');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('RSS feeds');
  await expect(page.getByRole('main').getByRole('link').first()).toHaveText(`${baseURL}/en/rss.xml`);
});

test('the mobile feeds page has no script and its feed links are not mobile URLs', async ({ request }) => {
  const response = await request.get('/m/rss');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
  expect(html).toContain('href="/rss/thoi-su.xml"');
  expect(html).not.toContain('href="/m/rss/');
});

test('feed items carry the cover as media:content with its size and as an enclosure with its length in bytes', async ({ request }) => {
  const xml = await (await request.get('/rss.xml')).text();
  expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
  expect(xml).toMatch(/<atom:link href="[^"]+\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
  const media = [...xml.matchAll(/<media:content url="([^"]+)" medium="image" type="image\/jpeg" width="(\d+)" height="(\d+)">/g)];
  expect(media.length).toBeGreaterThan(0);
  const enclosure = /<enclosure url="([^"]+)" type="image\/jpeg" length="(\d+)"\/>/.exec(xml);
  expect(enclosure).not.toBeNull();
  const photo = await request.get(new URL(enclosure![1]!).pathname);
  expect(photo.status()).toBe(200);
  expect(Number(enclosure![2])).toBe((await photo.body()).length);
});
