import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { article, articlePath } from './lib/content';
import { ZALO_UA, documentTitle, expectArticlePreview, fetchHtml, readPreview, seedPreview } from './lib/link-preview';
import { escapeRegExp } from './lib/regexp';
import { canonicalOf, origin } from './lib/share-urls';
import { SEED, SEED_ARTICLE } from './lib/site';
import { breadcrumbListSchema, ldJsonBlocks, ldJsonNodes, newsArticleSchema, nodesOfType, parseOrExplain } from './lib/structured-data';

// Link previews as crawlers read them: Open Graph and Twitter tags (read with
// open-graph-scraper) on articles, home and sections, and the JSON-LD Google
// reads. Runs in the desktop project; phones and crawlers are played with their User-Agents.

const english = article(1060);

test.describe('link previews', () => {
  test('Facebook’s crawler gets the full article card', async ({ request, baseURL }) => {
    const { html } = await fetchHtml(request, SEED.path);
    await expectArticlePreview(html, origin(baseURL), seedPreview(origin(baseURL)));
    expect(documentTitle(html)).toBe(`${SEED.title} | Tin Thủ Đô`);
  });

  test('the mobile twin carries the same card, pointing at the desktop URL', async ({ request, baseURL }) => {
    const { html } = await fetchHtml(request, `/m${SEED.path}`);
    await expectArticlePreview(html, origin(baseURL), seedPreview(origin(baseURL)));
  });

  test('a phone opening the link inside Zalo ends on a page with the full card', async ({ request, baseURL }) => {
    const { html, url } = await fetchHtml(request, SEED.path, ZALO_UA);
    test.info().annotations.push({ type: 'landed on', description: url });
    expect(url.startsWith(`${origin(baseURL)}/`), url).toBe(true);
    await expectArticlePreview(html, origin(baseURL), seedPreview(origin(baseURL)));
  });

  test('an English article has an English card', async ({ request, baseURL }) => {
    const { html } = await fetchHtml(request, articlePath(english));
    await expectArticlePreview(html, origin(baseURL), {
      title: english.title,
      description: english.sapo,
      url: canonicalOf(baseURL, english),
      locale: 'en_US',
      publishedTime: english.publishedAt,
      tags: english.tags,
    });
  });

  test('the home page is a website card with a 1200×630 image', async ({ request, baseURL }) => {
    const { html } = await fetchHtml(request, '/');
    const { og } = await readPreview(html);
    expect.soft(og.ogType).toBe('website');
    // Compared as URLs: "http://host" and "http://host/" are the same address (WHATWG URL).
    expect.soft(og.ogUrl && new URL(og.ogUrl).href).toBe(`${origin(baseURL)}/`);
    expect.soft(og.ogSiteName).toBe('Tin Thủ Đô');
    const image = og.ogImage?.[0];
    expect(image?.url).toMatch(new RegExp(`^${escapeRegExp(origin(baseURL))}/`));
    expect(String(image?.width)).toBe('1200');
    expect(String(image?.height)).toBe('630');
  });

  test('a category page is a website card titled with the category', async ({ request, baseURL }) => {
    const { html } = await fetchHtml(request, '/chinh-tri');
    const { og } = await readPreview(html);
    expect.soft(og.ogType).toBe('website');
    expect.soft(og.ogTitle).toBe('Chính trị');
    expect.soft(og.ogUrl).toBe(`${origin(baseURL)}/chinh-tri`);
  });
});

// ---------------------------------------------------------------------------
// JSON-LD (NewsArticle + BreadcrumbList)

for (const [where, path] of [
  ['desktop article', SEED.path],
  ['mobile twin', `/m${SEED.path}`],
] as const) {
  test(`JSON-LD on the ${where} meets Google's NewsArticle and BreadcrumbList requirements`, async ({ request, baseURL }) => {
    const site = origin(baseURL);
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const nodes = ldJsonNodes(ldJsonBlocks(await response.text()));

    const newsArticles = nodesOfType(nodes, 'NewsArticle');
    expect(newsArticles, 'NewsArticle entities').toHaveLength(1);
    const ld = parseOrExplain(
      newsArticleSchema({
        origin: site,
        canonical: `${site}${SEED.path}`,
        headline: SEED.title,
        description: SEED_ARTICLE.sapo,
        datePublished: SEED.datetime,
        offset: '+07:00',
        authors: [{ name: SEED.author, url: `${site}/tac-gia/tu-linh` }],
        publisherName: 'Tin Thủ Đô',
      }),
      newsArticles[0],
      `NewsArticle on ${path}`,
    );

    const breadcrumbs = nodesOfType(nodes, 'BreadcrumbList');
    expect(breadcrumbs, 'BreadcrumbList entities').toHaveLength(1);
    parseOrExplain(breadcrumbListSchema(site, ['Trang chủ', SEED.category]), breadcrumbs[0], `BreadcrumbList on ${path}`);

    // The URLs are real: every image loads, and the logo is the size it claims.
    for (const url of ld.image) {
      const image = await request.get(url);
      expect(image.status(), url).toBe(200);
      expect(image.headers()['content-type'], url).toMatch(/^image\//);
    }
    const logo = await request.get(ld.publisher.logo.url);
    expect(logo.status(), ld.publisher.logo.url).toBe(200);
    const { width, height } = await sharp(await logo.body()).metadata();
    expect({ width, height }, 'logo size').toEqual({ width: parseInt(String(ld.publisher.logo.width), 10), height: parseInt(String(ld.publisher.logo.height), 10) });
  });
}
