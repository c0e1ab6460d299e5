import { expect, test } from '@playwright/test';
import { articlePath, articles, categories } from './lib/content';

/** Sitemaps and robots.txt, read the way a crawler reads them: absolute URLs only, each one answering 200. */
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

test('robots.txt points at the sitemap index and keeps crawlers out of search results', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(text).toMatch(/^Disallow: \/tim-kiem\$$/m);
  expect(text).toMatch(/^Disallow: \/tim-kiem\?$/m);
  // Rules match by prefix: none may hide an article such as /tim-kiem-nguoi-than-1234.html.
  const rules = [...text.matchAll(/^Disallow: (.*)$/gm)].map((m) => m[1]!);
  expect(rules.length).toBeGreaterThan(0);
  for (const rule of rules) expect(rule, rule).toMatch(/[$?]$/);
  expect(text).not.toMatch(/^Disallow: \/$/m);
});

test('the sitemap index lists pages, news and one file per month; together they hold every article once', async ({ request, baseURL }) => {
  const index = await request.get('/sitemap.xml');
  expect(index.status()).toBe(200);
  expect(index.headers()['content-type']).toContain('xml');
  const files = locs(await index.text());
  expect(files).toContain(`${baseURL}/sitemaps/pages.xml`);
  expect(files).toContain(`${baseURL}/sitemaps/news.xml`);
  const months = files.filter((f) => /\/sitemaps\/articles-\d{4}-\d{2}\.xml$/.test(f));
  expect(months.length).toBeGreaterThan(1);

  const listed: string[] = [];
  for (const file of months) {
    const response = await request.get(file.replace(baseURL!, ''));
    expect(response.status(), file).toBe(200);
    listed.push(...locs(await response.text()).filter((l) => l.endsWith('.html')));
  }
  const expected = articles().map((a) => `${baseURL}${articlePath(a)}`);
  expect(listed.sort()).toEqual(expected.sort());
});

test('the seed article sits in December 2022 with its Hà Nội time and photo', async ({ request }) => {
  const xml = await (await request.get('/sitemaps/articles-2022-12.xml')).text();
  expect(xml).toMatch(/-1000\.html<\/loc><lastmod>2022-12-23T16:45:00\+07:00<\/lastmod><image:image><image:loc>http[^<]+\/media\/[^<]+\.jpg<\/image:loc>/);
});

test('pages.xml lists both home pages and every section, and each answers 200', async ({ request, baseURL }) => {
  const urls = locs(await (await request.get('/sitemaps/pages.xml')).text());
  expect(urls).toContain(`${baseURL}/`);
  expect(urls).toContain(`${baseURL}/en`);
  for (const c of categories()) expect(urls).toContain(`${baseURL}${c.locale === 'en' ? '/en' : ''}/${c.slug}`);
  for (const url of urls) expect((await request.get(url.replace(baseURL!, ''))).status(), url).toBe(200);
});

// The bundled articles end in November 2026 (the live sample's updates on 4 December): later, the
// window is empty and only the first loop can fail. lib/sitemaps/sitemaps.test.ts checks the window with a fixed clock.
test('the news sitemap holds exactly the articles of the last two days, and the live ones updated in them', async ({ request, baseURL }) => {
  const xml = await (await request.get('/sitemaps/news.xml')).text();
  const now = Date.now();
  // A live article counts from its newest update (issue 24).
  const newest = (a: ReturnType<typeof articles>[number]) => Math.max(Date.parse(a.publishedAt), ...(a.live?.updates ?? []).map((u) => Date.parse(u.at)));
  // Allow for the five minutes a cached copy may be old.
  const recent = (slack: number) =>
    articles()
      .filter((a) => {
        const age = now - (a.live ? newest(a) : Date.parse(a.publishedAt));
        return age >= -slack && age <= 2 * 86_400_000 + slack;
      })
      .map((a) => `${baseURL}${articlePath(a)}`);
  const listed = locs(xml);
  for (const url of recent(-5 * 60_000)) expect(listed).toContain(url);
  for (const url of listed) expect(recent(5 * 60_000)).toContain(url);
  expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
});

test('an unknown sitemap file is a 404', async ({ request }) => {
  for (const path of ['/sitemaps/articles-1999-01.xml', '/sitemaps/articles-2022-13.xml', '/sitemaps/khong-co.xml']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
