import { expect, type APIRequestContext } from '@playwright/test';
import type { Fields, TestArticle } from './publish';

/**
 * The publishing stories, told once for every spec that tells them (publishing, instances, tier,
 * newsroom): an article saved into a server's content folder (publish.ts) is served on every origin
 * and listed on the pages that show it within N seconds; once removed it answers 404 and is listed
 * nowhere; a broken edit keeps the last good version; home leads with the story the editors chose;
 * the breaking-news banner shows on the pages of its edition.
 *
 * Each check is one poll over every URL it names, so "within N s" holds for all of them together,
 * counted from the check's start, and a failure names the URLs that were still wrong. Requests
 * never follow redirects, so a page that is not served answers its own status.
 */
export interface Within {
  /** How long every URL the check names has, in ms. */
  within: number;
  /** Request headers (a User-Agent, for a tier that sorts readers by device). */
  headers?: Record<string, string>;
}

export interface OnOrigins extends Within {
  /** The servers that must agree, e.g. `http://localhost:3102`. */
  origins: readonly string[];
}

async function get(request: APIRequestContext, url: string, headers?: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await request.get(url, { maxRedirects: 0, headers });
  return { status: response.status(), text: await response.text() };
}

/** Polls until `wrong` finds nothing wrong with any of `urls` (it returns what is wrong with one URL, or undefined). */
async function pollAll(
  request: APIRequestContext,
  urls: readonly string[],
  wrong: (page: { status: number; text: string }, url: string) => string | undefined,
  message: string,
  { within, headers }: Within,
): Promise<void> {
  const stillWrong = async () => {
    const pages = await Promise.all(urls.map((url) => get(request, url, headers)));
    return urls.flatMap((url, i) => {
      const what = wrong(pages[i]!, url);
      return what === undefined ? [] : [`${url}: ${what}`];
    });
  };
  await expect.poll(stillWrong, { message: `${message} within ${within / 1000} s`, timeout: within, intervals: [250] }).toEqual([]);
}

/** Text as React writes it into HTML. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
const heading = (title: string) => `<h1>${html(title)}</h1>`;
/** The page's first <h1>, as HTML. */
const firstHeading = (text: string) => /<h1>[^<]*<\/h1>/.exec(text)?.[0];

/**
 * The article is served on every origin within `within` ms: its page answers 200 with its headline
 * (`title`, or the one it was last saved with) as the <h1>, and with `twin` so does its mobile twin
 * (/m/…). After an edit this waits for the edited headline.
 */
export async function expectServed(request: APIRequestContext, article: TestArticle, { origins, twin = false, title = article.title, ...within }: OnOrigins & { twin?: boolean; title?: string }): Promise<void> {
  const paths = twin ? [article.path, `/m${article.path}`] : [article.path];
  const urls = origins.flatMap((origin) => paths.map((p) => `${origin}${p}`));
  await pollAll(
    request,
    urls,
    ({ status, text }) => (status !== 200 ? `answers ${status}` : title !== undefined && !text.includes(heading(title)) ? `has no ${heading(title)}` : undefined),
    `article ${article.id}${title === undefined ? '' : ` (“${title}”)`} is served`,
    within,
  );
}

/** The article's page answers 404 on every origin within `within` ms (it was removed; cached copies count too). */
export async function expectGone(request: APIRequestContext, article: TestArticle, { origins, ...within }: OnOrigins): Promise<void> {
  const urls = origins.map((origin) => `${origin}${article.path}`);
  await pollAll(request, urls, ({ status }) => (status !== 404 ? `answers ${status}` : undefined), `article ${article.id} answers 404`, within);
}

/**
 * Every page in `pages` (absolute URLs: listings, feeds, sitemaps) shows `what` within `within` ms:
 * an article (a link to its page: /m/… and absolute URLs contain it too) or a text such as a headline.
 */
export async function expectListed(request: APIRequestContext, what: TestArticle | string, pages: readonly string[], within: Within): Promise<void> {
  const text = typeof what === 'string' ? what : what.path;
  await pollAll(request, pages, (page) => (page.text.includes(text) ? undefined : `does not show ${text}`), `every page shows ${text}`, within);
}

/**
 * No page in `pages` shows `what` any more within `within` ms: for an article, no link to any URL
 * of its id (-{id}.html, whatever the slug); otherwise the text.
 */
export async function expectUnlisted(request: APIRequestContext, what: TestArticle | string, pages: readonly string[], within: Within): Promise<void> {
  const text = typeof what === 'string' ? what : `-${what.id}.html`;
  await pollAll(request, pages, (page) => (page.text.includes(text) ? `still shows ${text}` : undefined), `no page shows ${text}`, within);
}

/**
 * A broken edit is refused and the last good version stays. The article is saved broken
 * (`invalid` fields over its last good version, or without them a file cut off half-way), then
 * `witness` is published after it. Once every origin serves the witness (within `within` ms) the
 * broken save has been read too, so at once, on every origin: the article's page still answers
 * 200 with its last good headline and nothing of the broken one; an article never saved whole
 * stays unpublished (its page and its short link /a/{id} answer 404).
 */
export async function expectBrokenEditKeepsLastGood(request: APIRequestContext, article: TestArticle, invalid: Fields | undefined, witness: TestArticle, { origins, ...within }: OnOrigins): Promise<void> {
  const good = article.published ? article.title : undefined;
  await article.break(invalid);
  await witness.publish();
  await expectServed(request, witness, { origins, ...within });
  for (const origin of origins) {
    const page = await get(request, `${origin}${article.path}`, within.headers);
    if (!article.published) {
      expect(page.status, `${origin}${article.path}, never saved whole`).toBe(404);
      expect((await get(request, `${origin}/a/${article.id}`, within.headers)).status, `${origin}/a/${article.id}`).toBe(404);
      continue;
    }
    expect(page.status, `${origin}${article.path} after a broken edit`).toBe(200);
    if (good !== undefined) expect(firstHeading(page.text), `${origin}${article.path} keeps the last good headline`).toBe(heading(good));
    if (typeof invalid?.title === 'string') expect(page.text.includes(html(invalid.title)), `${origin}${article.path} shows nothing of the broken edit (“${invalid.title}”)`).toBe(false);
  }
}

/**
 * The first story of a home page (desktop: the lead in "Tin tiêu điểm"; mobile: the top of the
 * list), as the desktop path it links to, and the stories after it in order.
 */
export function homeStories(html: string): string[] {
  const main = html.slice(html.indexOf('<main'));
  return [...main.matchAll(/class="card__title"><a href="([^"]+)"/g)].map((m) => desktopPath(m[1]!));
}

/** /m/x.html → /x.html, /en/m/x.html → /en/x.html: links on the mobile site point at the twins. */
function desktopPath(href: string): string {
  const path = href.replace(/^https?:\/\/[^/]+/, '');
  return path.replace(/^(\/en)?\/m(?=\/|$)/, (_m, en: string | undefined) => en ?? '') || '/';
}

/**
 * Every home page in `pages` (desktop or mobile, any origin) starts with these stories within
 * `within` ms: `stories[0]` leads, the next ones follow in order (desktop paths of articles).
 */
export async function expectLead(request: APIRequestContext, stories: readonly string[], pages: readonly string[], within: Within): Promise<void> {
  await pollAll(
    request,
    pages,
    ({ status, text }) => {
      if (status !== 200) return `answers ${status}`;
      const first = homeStories(text).slice(0, stories.length);
      return first.join(' ') === stories.join(' ') ? undefined : `starts with ${first.join(', ')}`;
    },
    `home starts with ${stories.join(', ')}`,
    within,
  );
}

/** The breaking-news banner of a page, as HTML: its text and link (or none). */
export function bannerOf(html: string): { text: string; href?: string } | undefined {
  const aside = /<aside class="breaking"[^>]*>([\s\S]*?)<\/aside>/.exec(html)?.[1];
  if (aside === undefined) return undefined;
  const link = /<a class="breaking__text" href="([^"]+)">([^<]*)<\/a>/.exec(aside);
  if (link) return { text: link[2]!, href: link[1]! };
  return { text: /<span class="breaking__text">([^<]*)<\/span>/.exec(aside)?.[1] ?? '' };
}

/**
 * Every page in `pages` shows the banner `banner` within `within` ms: its text, and its link (on a
 * /m page the mobile twin of a site path); with `banner` undefined, no banner at all.
 */
export async function expectBanner(request: APIRequestContext, banner: { text: string; href?: string } | undefined, pages: readonly string[], within: Within): Promise<void> {
  const expected = (url: string) => {
    if (!banner) return 'no banner';
    const mobile = /^(?:https?:\/\/[^/]+)?(?:\/en)?\/m(?:\/|$|\?)/.test(url);
    const href = banner.href && mobile && banner.href.startsWith('/') ? banner.href.replace(/^(\/en)?(\/.*)$/, (_m, en: string | undefined, rest: string) => `${en ?? ''}/m${rest}`) : banner.href;
    return JSON.stringify({ text: html(banner.text), ...(href && { href }) });
  };
  await pollAll(
    request,
    pages,
    (page, url) => {
      const shown = bannerOf(page.text);
      const got = shown ? JSON.stringify(shown) : 'no banner';
      return page.status >= 500 ? `answers ${page.status}` : got === expected(url) ? undefined : `shows ${got}`;
    },
    banner ? `every page shows the banner “${banner.text}”` : 'no page shows a banner',
    within,
  );
}
