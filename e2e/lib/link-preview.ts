import { expect, type APIRequestContext } from '@playwright/test';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { escapeRegExp } from './regexp';
import { SEED, SEED_ARTICLE } from './site';

/**
 * Reading a page the way a link-preview crawler does: Facebook's and Zalo's
 * User-Agents, the Open Graph / Twitter tags open-graph-scraper reads, the
 * <title>, and the preview image as the crawler downloads it.
 */

export const FACEBOOK_UA = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';
export const ZALO_UA =
  'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 Zalo android/12110 ZaloTheme/light ZaloLanguage/vi';

export interface Preview {
  og: Awaited<ReturnType<typeof ogs>>['result'];
  tags: string[];
  imageAlts: string[];
  description: string | undefined;
  title: string | undefined;
}

const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Open Graph / Twitter tags as open-graph-scraper reads them, without its fallbacks (a missing tag stays missing). */
export async function readPreview(html: string): Promise<Preview> {
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
export function documentTitle(html: string): string | undefined {
  const raw = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  return raw
    ?.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The HTML a crawler with this User-Agent gets (it must be a 200) and the URL it ended on. */
export async function fetchHtml(request: APIRequestContext, path: string, userAgent = FACEBOOK_UA) {
  const response = await request.get(path, { headers: { 'User-Agent': userAgent } });
  expect(response.status(), `GET ${path} as ${userAgent.slice(0, 30)}…`).toBe(200);
  return { html: await response.text(), url: response.url() };
}

export interface ArticlePreviewExpectation {
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
export async function expectArticlePreview(html: string, baseURL: string, want: ArticlePreviewExpectation) {
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

/** A preview image as the crawler downloads it: a 1200×630 JPEG that may be cached forever. */
export async function expectPreviewImage(request: APIRequestContext, url: string | undefined) {
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

/** The card the seed article must show wherever it is shared from. */
export function seedPreview(baseURL: string): ArticlePreviewExpectation {
  return {
    title: SEED.title,
    description: SEED_ARTICLE.sapo,
    url: `${baseURL}${SEED.path}`,
    locale: 'vi_VN',
    siteName: 'Tin Thủ Đô',
    publishedTime: SEED.datetime,
    section: SEED.category,
    tags: SEED_ARTICLE.tags,
  };
}
