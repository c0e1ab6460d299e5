import http from 'node:http';
import { expect, test, type APIRequestContext, type APIResponse, type Locator, type Page } from '@playwright/test';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { articlePath, articles, type RawArticle } from './lib/content';
import { NOT_FOUND_VI, SEED } from './lib/site';
import { breadcrumbListSchema, ldJsonBlocks, ldJsonNodes, newsArticleSchema, nodesOfType, parseOrExplain } from './lib/structured-data';

// Sharing article URLs: short links, tracking parameters, link previews (Open
// Graph, Twitter cards, preview images), JSON-LD and the share bar. Runs in the
// desktop project; phones and crawlers are played with their User-Agents.

const TRACKING = 'utm_source=zalo&utm_medium=social&fbclid=abc&zarsrc=30&gclid=x';
const TRACKING_NAMES = ['utm_source', 'utm_medium', 'fbclid', 'zarsrc', 'gclid'];
const FACEBOOK_UA = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';
const ZALO_UA =
  'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 Zalo android/12110 ZaloTheme/light ZaloLanguage/vi';

function article(id: number): RawArticle {
  const found = articles().find((a) => a.id === id);
  if (!found) throw new Error(`article ${id} is missing from data/articles`);
  return found;
}

/** The seed (Vietnamese, with a cover photo) and an English article, read from data/. */
const seed = article(SEED.id);
const english = article(1060);
/** Articles without a cover photo: their preview image has to be made from something else. */
const withoutCover = articles().filter((a) => !('cover' in a));

/** Absolute canonical URL of an article: SITE_URL (= baseURL in e2e) + the article path. */
const canonicalOf = (baseURL: string | undefined, a: RawArticle) => `${origin(baseURL)}${articlePath(a)}`;

function origin(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('baseURL is not configured');
  return baseURL.replace(/\/+$/, '');
}

// ---------------------------------------------------------------------------
// Reading a page the way a link-preview crawler does

interface Preview {
  og: Awaited<ReturnType<typeof ogs>>['result'];
  tags: string[];
  imageAlts: string[];
  description: string | undefined;
  title: string | undefined;
}

const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Open Graph / Twitter tags as open-graph-scraper reads them, without its fallbacks (a missing tag stays missing). */
async function readPreview(html: string): Promise<Preview> {
  const { result } = await ogs({
    html,
    onlyGetOpenGraphInfo: true,
    customMetaTags: [
      { property: 'article:tag', fieldName: 'articleTags', multiple: true },
      { property: 'og:image:alt', fieldName: 'ogImageAlts', multiple: true },
      { property: 'description', fieldName: 'description', multiple: false },
    ],
  });
  const custom = result.customMetaTags ?? {};
  const description = custom.description;
  return {
    og: result,
    tags: asList(custom.articleTags),
    imageAlts: asList(custom.ogImageAlts),
    description: typeof description === 'string' ? description : undefined,
    title: documentTitle(html),
  };
}

/** The <title> text, with the entities React writes decoded. */
function documentTitle(html: string): string | undefined {
  const raw = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  return raw
    ?.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function fetchHtml(request: APIRequestContext, path: string, userAgent = FACEBOOK_UA) {
  const response = await request.get(path, { headers: { 'User-Agent': userAgent } });
  expect(response.status(), `GET ${path} as ${userAgent.slice(0, 30)}…`).toBe(200);
  return { html: await response.text(), url: response.url() };
}

interface ArticlePreviewExpectation {
  title: string;
  description: string;
  url: string;
  locale: 'vi_VN' | 'en_US';
  siteName?: string;
  publishedTime: string;
  section?: string;
  tags: string[];
}

/** Everything Facebook, Zalo and X read to draw the card for an article. Soft, so one run lists every gap. */
async function expectArticlePreview(html: string, baseURL: string, want: ArticlePreviewExpectation) {
  const { og, tags, imageAlts, description } = await readPreview(html);
  expect.soft(og.ogTitle, 'og:title').toBe(want.title);
  expect.soft(og.ogDescription, 'og:description').toBe(want.description);
  expect.soft(og.ogUrl, 'og:url').toBe(want.url);
  expect.soft(og.ogType, 'og:type').toBe('article');
  if (want.siteName) expect.soft(og.ogSiteName, 'og:site_name').toBe(want.siteName);
  else expect.soft(og.ogSiteName, 'og:site_name').toBeTruthy();
  expect.soft(og.ogLocale, 'og:locale').toBe(want.locale);

  const image = og.ogImage?.[0];
  expect.soft(image?.url, 'og:image').toMatch(new RegExp(`^${escapeRegExp(baseURL)}/media/og/`));
  expect.soft(String(image?.width), 'og:image:width').toBe('1200');
  expect.soft(String(image?.height), 'og:image:height').toBe('630');
  expect.soft(imageAlts[0]?.trim(), 'og:image:alt').toBeTruthy();

  expect.soft(og.twitterCard, 'twitter:card').toBe('summary_large_image');
  expect.soft(og.twitterTitle, 'twitter:title').toBe(want.title);
  expect.soft(og.twitterDescription, 'twitter:description').toBe(want.description);
  expect.soft(og.twitterImage?.[0]?.url, 'twitter:image').toMatch(new RegExp(`^${escapeRegExp(baseURL)}/`));

  expect.soft(og.articlePublishedTime, 'article:published_time').toBe(want.publishedTime);
  expect.soft(og.articleModifiedTime, 'article:modified_time').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?\+07:00$/);
  if (want.section) expect.soft(og.articleSection, 'article:section').toBe(want.section);
  expect.soft([...tags].sort(), 'article:tag').toEqual([...want.tags].sort());

  expect.soft(description, 'meta description').toBe(want.description);
  return { imageUrl: image?.url };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A preview image as the crawler downloads it: a 1200×630 JPEG that may be cached forever. */
async function expectPreviewImage(request: APIRequestContext, url: string | undefined) {
  expect(url, 'og:image URL').toBeTruthy();
  const response = await request.get(url!);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe('image/jpeg');
  const cacheControl = response.headers()['cache-control'] ?? '';
  expect(cacheControl, `Cache-Control of ${url}`).toMatch(/(^|[\s,])max-age=31536000\b/);
  expect(cacheControl, `Cache-Control of ${url}`).toContain('immutable');
  const { width, height, format } = await sharp(await response.body()).metadata();
  expect({ width, height, format }, url).toEqual({ width: 1200, height: 630, format: 'jpeg' });
}

function seedPreview(baseURL: string): ArticlePreviewExpectation {
  return {
    title: seed.title,
    description: seed.sapo,
    url: `${baseURL}${SEED.path}`,
    locale: 'vi_VN',
    siteName: 'Tin Thủ Đô',
    publishedTime: SEED.datetime,
    section: SEED.category,
    tags: seed.tags,
  };
}

// ---------------------------------------------------------------------------
// 1. Short links and redirects

/**
 * Where a redirect sends the client: its one Location header, resolved against the URL that was
 * asked for, as browsers and crawlers do (RFC 9110 §10.2.2). Next writes Location relative when
 * SITE_URL is the server's own origin (decision 006); the spoofed-Host tests below check that it is
 * absolute on SITE_URL whenever the request's own origin differs.
 */
function redirectTarget(response: APIResponse): string {
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  expect(locations.map((h) => h.value), `Location headers of ${response.url()}`).toHaveLength(1);
  return new URL(locations[0]!.value, response.url()).href;
}

test.describe('short link /a/{id}', () => {
  async function expectPermanentRedirect(request: APIRequestContext, path: string, location: string) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(redirectTarget(response), `redirect target of ${path}`).toBe(location);
  }

  test('/a/1000 answers 308 to the canonical article URL', async ({ request, baseURL }) => {
    await expectPermanentRedirect(request, '/a/1000', `${origin(baseURL)}${SEED.path}`);
  });

  test('/m/a/1000 answers 308 to the mobile twin', async ({ request, baseURL }) => {
    await expectPermanentRedirect(request, '/m/a/1000', `${origin(baseURL)}/m${SEED.path}`);
  });

  test('the id decides the edition: /en/a/1000 → the Vietnamese article, /a/1060 → the English one', async ({ request, baseURL }) => {
    await expectPermanentRedirect(request, '/en/a/1000', `${origin(baseURL)}${SEED.path}`);
    await expectPermanentRedirect(request, '/a/1060', `${origin(baseURL)}/en/${english.slug}-1060.html`);
  });

  for (const path of ['/a/999999', '/a/abc', '/a/1000/x']) {
    test(`${path} is the 404 page, not a redirect`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain(NOT_FOUND_VI);
    });
  }

  test('the redirect target really is the article', async ({ page, baseURL }) => {
    const response = await page.goto('/a/1000');
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${origin(baseURL)}${SEED.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  });
});

// (A stale slug answering 308 is covered in article.spec.ts; here: it also drops tracking parameters.)
test('a stale slug with tracking parameters redirects to the clean canonical URL', async ({ request, baseURL }) => {
  const response = await request.get(`/wrong-slug-${SEED.id}.html?utm_source=x`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(redirectTarget(response)).toBe(`${origin(baseURL)}${SEED.path}`);
});

// ---------------------------------------------------------------------------
// 2. Tracking parameters

test.describe('tracking parameters (utm_*, fbclid, zarsrc, gclid)', () => {
  test('the article is served as is, cached the same, with no trace of the parameters', async ({ request, baseURL }) => {
    const clean = await request.get(SEED.path);
    const tracked = await request.get(`${SEED.path}?${TRACKING}`);
    expect(tracked.status()).toBe(200);
    const cacheControl = tracked.headers()['cache-control'] ?? '';
    expect(cacheControl).toBe(clean.headers()['cache-control']);
    expect(cacheControl).toMatch(/\bs-maxage=\d+/);
    expect(cacheControl).not.toMatch(/\b(private|no-store|no-cache)\b/);

    const html = await tracked.text();
    for (const name of TRACKING_NAMES) expect(html, `"${name}" in the HTML`).not.toContain(name);
    const { og } = await readPreview(html);
    expect(og.ogUrl).toBe(`${origin(baseURL)}${SEED.path}`);
  });

  test('in the browser, canonical, og:url and every link stay clean after hydration', async ({ page, baseURL }) => {
    await page.goto(`${SEED.path}?${TRACKING}`);
    const canonical = `${origin(baseURL)}${SEED.path}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical);
    await expect(page.getByRole('navigation', { name: 'Chia sẻ bài viết' }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) for (const name of TRACKING_NAMES) expect(href, 'a link on the page').not.toContain(name);
  });
});

// ---------------------------------------------------------------------------
// 3. Link previews, read the way crawlers read them

test.describe('link previews', () => {
  test('Facebook’s crawler gets the full article card', async ({ request, baseURL }) => {
    const { html } = await fetchHtml(request, SEED.path);
    await expectArticlePreview(html, origin(baseURL), seedPreview(origin(baseURL)));
    expect(documentTitle(html)).toBe(`${seed.title} | Tin Thủ Đô`);
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
// 4. Preview images

test.describe('preview images', () => {
  test('an article with a cover: 1200×630 JPEG, cached for a year, immutable', async ({ request, baseURL }) => {
    const { html } = await fetchHtml(request, SEED.path);
    const { og } = await readPreview(html);
    expect(og.ogImage?.[0]?.url).toMatch(new RegExp(`^${escapeRegExp(origin(baseURL))}/media/og/`));
    await expectPreviewImage(request, og.ogImage?.[0]?.url);
  });

  test('an article without a cover still gets a 1200×630 JPEG', async ({ request, baseURL }) => {
    expect(withoutCover.length, 'articles without a cover in data/').toBeGreaterThan(0);
    const target = withoutCover.find((a) => a.locale === 'vi') ?? withoutCover[0]!;
    const { html } = await fetchHtml(request, articlePath(target));
    const { og, imageAlts } = await readPreview(html);
    expect(og.ogImage?.[0]?.url).toMatch(new RegExp(`^${escapeRegExp(origin(baseURL))}/media/og/`));
    expect(String(og.ogImage?.[0]?.width)).toBe('1200');
    expect(String(og.ogImage?.[0]?.height)).toBe('630');
    expect(imageAlts[0]?.trim(), 'og:image:alt').toBeTruthy();
    await expectPreviewImage(request, og.ogImage?.[0]?.url);
  });

  test('the home page image decodes to 1200×630', async ({ request }) => {
    const { html } = await fetchHtml(request, '/');
    const { og } = await readPreview(html);
    await expectPreviewImage(request, og.ogImage?.[0]?.url);
  });

  test('an outdated preview image URL redirects to the current one (decision 006)', async ({ request }) => {
    const { html } = await fetchHtml(request, SEED.path);
    const current = (await readPreview(html)).og.ogImage?.[0]?.url;
    expect(current).toMatch(/\/media\/og\/1000-[^/]+\.jpg$/);
    const stale = current!.replace(/\/1000-[^/]+\.jpg$/, '/1000-0000000000.jpg');
    const response = await request.get(stale, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(redirectTarget(response)).toBe(current);
  });

  test('an unknown preview image is a 404', async ({ request }) => {
    // A well-formed name (10-character stamp) for an id that does not exist.
    const response = await request.get('/media/og/999999-abcdef1234.jpg');
    expect(response.status()).toBe(404);
  });
});

// ---------------------------------------------------------------------------
// 5. JSON-LD (NewsArticle + BreadcrumbList)

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
        headline: seed.title,
        description: seed.sapo,
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

// ---------------------------------------------------------------------------
// 6. The share bar

interface ShareLabels {
  bar: string;
  facebook: string;
  zalo: string;
  x: string;
  email: string;
}

const VI_LABELS: ShareLabels = {
  bar: 'Chia sẻ bài viết',
  facebook: 'Chia sẻ lên Facebook',
  zalo: 'Chia sẻ qua Zalo',
  x: 'Chia sẻ lên X',
  email: 'Gửi qua email',
};
const EN_LABELS: ShareLabels = {
  bar: 'Share this article',
  facebook: 'Share on Facebook',
  zalo: 'Share on Zalo',
  x: 'Share on X',
  email: 'Share by email',
};

/** A mailto: query as RFC 6068 reads it: %-decoding only ("+" is a plus sign, not a space). */
function mailtoFields(href: string): Record<string, string> {
  const query = href.slice(href.indexOf('?') + 1);
  return Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [name = '', value = ''] = pair.split('=', 2);
        return [decodeURIComponent(name).toLowerCase(), decodeURIComponent(value)];
      }),
  );
}

/** The four share links of a bar, each sharing `canonical` (never the address in the location bar). */
async function expectShareLinks(page: Page, labels: ShareLabels, canonical: string, headline: string): Promise<Locator> {
  const bar = page.getByRole('navigation', { name: labels.bar }).first();
  await expect(bar).toBeVisible();
  const href = async (name: string) => {
    const link = bar.getByRole('link', { name, exact: true });
    await expect(link, name).toHaveCount(1);
    return (await link.getAttribute('href')) ?? '';
  };

  expect(await href(labels.facebook)).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`);

  const zalo = await href(labels.zalo);
  expect(zalo.startsWith('https://button-share.zalo.me/share_external?'), zalo).toBe(true);
  const d = new URL(zalo).searchParams.get('d');
  expect(d, 'Zalo "d" parameter').toBeTruthy();
  expect(JSON.parse(Buffer.from(d!, 'base64').toString('utf8'))).toEqual({ url: canonical });

  const x = await href(labels.x);
  expect(x.startsWith('https://x.com/intent/post?'), x).toBe(true);
  expect(new URL(x).searchParams.get('url')).toBe(canonical);
  expect(new URL(x).searchParams.get('text')).toBe(headline);

  const email = await href(labels.email);
  expect(email.startsWith('mailto:'), email).toBe(true);
  const fields = mailtoFields(email);
  expect(fields.subject, 'mail subject').toBe(headline);
  expect(fields.body, 'mail body').toContain(canonical);
  return bar;
}

/** Clicks "copy link" (retrying until the page has hydrated) and checks the clipboard and the spoken confirmation. */
async function expectCopyLink(page: Page, button: string, confirmation: string, canonical: string) {
  const status = page.getByRole('status').filter({ hasText: confirmation });
  await expect(page.getByText(confirmation)).toBeHidden();
  await expect(async () => {
    await page.getByRole('button', { name: button, exact: true }).first().click();
    await expect(status).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
}

test.describe('share bar (desktop)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('four share links, all sharing the clean canonical URL', async ({ page, baseURL }) => {
    await page.goto(`${SEED.path}?${TRACKING}`);
    await expectShareLinks(page, VI_LABELS, `${origin(baseURL)}${SEED.path}`, seed.title);
  });

  test('"Sao chép liên kết" copies the canonical URL and says so', async ({ page, baseURL }) => {
    await page.goto(`${SEED.path}?${TRACKING}`);
    await expectCopyLink(page, 'Sao chép liên kết', 'Đã sao chép liên kết', `${origin(baseURL)}${SEED.path}`);
  });

  test('where the browser can share natively, "Chia sẻ" hands it the canonical URL and headline', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { __shareCalls: calls });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        writable: true,
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.resolve();
        },
      });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, writable: true, value: () => true });
    });
    await page.goto(`${SEED.path}?${TRACKING}`);
    await page.getByRole('button', { name: 'Chia sẻ', exact: true }).click();
    const calls = () => page.evaluate(() => (window as unknown as { __shareCalls: ShareData[] }).__shareCalls);
    await expect.poll(calls).toHaveLength(1);
    expect((await calls())[0]).toMatchObject({ url: `${origin(baseURL)}${SEED.path}`, title: seed.title });
  });

  test('where it cannot, there is no "Chia sẻ" button', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
      delete (Navigator.prototype as Partial<Navigator>).canShare;
    });
    await page.goto(`${SEED.path}?${TRACKING}`);
    // The copy button works, so the bar has hydrated: the absence below is the final state.
    await expectCopyLink(page, 'Sao chép liên kết', 'Đã sao chép liên kết', `${origin(baseURL)}${SEED.path}`);
    await expect(page.getByRole('button', { name: 'Chia sẻ', exact: true })).toHaveCount(0);
  });

  test('an English article shares in English', async ({ page, baseURL }) => {
    await page.goto(`${articlePath(english)}?${TRACKING}`);
    const canonical = canonicalOf(baseURL, english);
    await expectShareLinks(page, EN_LABELS, canonical, english.title);
    await expectCopyLink(page, 'Copy link', 'Link copied', canonical);
  });
});

test.describe('share bar (mobile twin)', () => {
  test('the same four links with the desktop canonical, and no buttons or script', async ({ page, request, baseURL }) => {
    await page.goto(`/m${SEED.path}?${TRACKING}`);
    await expectShareLinks(page, VI_LABELS, `${origin(baseURL)}${SEED.path}`, seed.title);
    await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Chia sẻ', exact: true })).toHaveCount(0);

    const html = await (await request.get(`/m${SEED.path}?${TRACKING}`)).text();
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
  });
});

// ---------------------------------------------------------------------------
// 7. Host spoofing: SITE_URL decides every absolute URL, never a request header

/** A GET with arbitrary Host headers (node:http sends exactly what it is given). */
function spoofedGet(base: string, path: string): Promise<{ status: number; location: string | undefined; body: string }> {
  const target = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test.describe('a spoofed Host never reaches a URL', () => {
  for (const path of [SEED.path, `/m${SEED.path}`]) {
    test(`page ${path}`, async ({ baseURL }) => {
      const response = await spoofedGet(origin(baseURL), path);
      expect(response.status).toBe(200);
      expect(response.body).not.toContain('evil.example');
      // Not vacuous: the page does print absolute URLs, on SITE_URL.
      expect(response.body).toContain(`${origin(baseURL)}${SEED.path}`);
    });
  }

  for (const path of [`/wrong-slug-${SEED.id}.html`, '/a/1000']) {
    test(`redirect ${path}`, async ({ baseURL }) => {
      const response = await spoofedGet(origin(baseURL), path);
      expect(response.status).toBe(308);
      expect(response.location).toBe(`${origin(baseURL)}${SEED.path}`);
      expect(response.body).not.toContain('evil.example');
    });
  }

  // Rendered on every request, so the spoofed request is the one that renders them.
  for (const path of ['/robots.txt', '/sitemap.xml', '/m/tim-kiem?q=ha+noi', '/tim-kiem?q=ha+noi']) {
    test(`uncached ${path}`, async ({ baseURL }) => {
      const response = await spoofedGet(origin(baseURL), path);
      expect(response.status).toBe(200);
      expect(response.body).not.toContain('evil.example');
      expect(response.body).toContain(origin(baseURL));
    });
  }

  test('an outdated preview image redirects on SITE_URL', async ({ baseURL }) => {
    const response = await spoofedGet(origin(baseURL), '/media/og/1000-0000000000.jpg');
    expect(response.status).toBe(308);
    expect(response.location).toMatch(new RegExp(`^${escapeRegExp(origin(baseURL))}/media/og/1000-[0-9a-f]{10}\\.jpg$`));
  });
});
