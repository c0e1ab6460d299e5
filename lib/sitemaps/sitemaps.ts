import type { ArticleSummary, ContentStore } from '../content';
import { LOCALES } from '../locale';
import { findListing } from '../page-model/find';
import { escapeMarkup } from '../text/escape';
import { vietnamTime } from '../hanoi-time';
import { absoluteUrl, articlePath, authorPath, categoryPath, homePath, mediaPath } from '../urls';

/**
 * Sitemaps for search engines, every URL absolute from SITE_URL:
 *   /sitemap.xml                     index of the files below
 *   /sitemaps/pages.xml              home pages, sections, authors (both editions)
 *   /sitemaps/articles-YYYY-MM.xml   every article published that month (Hà Nội time), with its photo
 *   /sitemaps/news.xml               Google News: articles of the last two days, and live articles updated in them
 * A month file holds at most 50,000 URLs (the protocol's limit); a busier
 * month would need splitting, which this newsroom is far from.
 */

const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** Google News reads at most 1,000 URLs per news sitemap. */
const NEWS_LIMIT = 1000;
const x = escapeMarkup;

const modified = (a: ArticleSummary) => vietnamTime(a.updatedAt ?? a.publishedAt);

/** "articles-2022-12.xml" → "2022-12"; any other name → undefined. */
export function parseSitemapFile(file: string): { kind: 'pages' | 'news' } | { kind: 'month'; month: string } | undefined {
  if (file === 'pages.xml') return { kind: 'pages' };
  if (file === 'news.xml') return { kind: 'news' };
  const month = /^articles-(\d{4}-(?:0[1-9]|1[0-2]))\.xml$/.exec(file)?.[1];
  return month ? { kind: 'month', month } : undefined;
}

export async function sitemapIndex(content: ContentStore): Promise<string> {
  const entries = [
    { loc: '/sitemaps/pages.xml' },
    { loc: '/sitemaps/news.xml' },
    ...(await content.archiveMonths()).map(({ month, lastmod }) => ({ loc: `/sitemaps/articles-${month}.xml`, lastmod })),
  ];
  const body = entries
    .map((e) => `<sitemap><loc>${x(absoluteUrl(e.loc))}</loc>${'lastmod' in e ? `<lastmod>${e.lastmod}</lastmod>` : ''}</sitemap>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</sitemapindex>`;
}

export async function pagesSitemap(content: ContentStore): Promise<string> {
  const editions = await Promise.all(
    LOCALES.map(async (locale) => {
      const authors = await Promise.all(content.authors().map(async (a) => ((await findListing(content, locale, 'author', a.slug, 1)) ? [authorPath(locale, a.slug)] : [])));
      return [homePath(locale), ...content.categories(locale).map((c) => categoryPath(locale, c.slug)), ...authors.flat()];
    }),
  );
  const paths = editions.flat();
  return urlset(paths.map((p) => `<url><loc>${x(absoluteUrl(p))}</loc></url>`).join(''));
}

/** Undefined when no article was published that month (the file does not exist). */
export async function monthSitemap(content: ContentStore, month: string): Promise<string | undefined> {
  const articles = await content.articlesInMonth(month);
  if (articles.length === 0) return undefined;
  const body = articles
    .map((a) => {
      const image = a.cover ? `<image:image><image:loc>${x(absoluteUrl(mediaPath(a.cover.src)))}</image:loc></image:image>` : '';
      return `<url><loc>${x(absoluteUrl(articlePath(a)))}</loc><lastmod>${modified(a)}</lastmod>${image}</url>`;
    })
    .join('');
  return urlset(body, 'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"');
}

/** Google News sitemap: articles published in the two days before `now`, newest first, each with its last update (lastmod). */
export async function newsSitemap(content: ContentStore, now: number): Promise<string> {
  const [published, live] = await Promise.all([
    content.publishedBetween(new Date(now - NEWS_WINDOW_MS), new Date(now), NEWS_LIMIT),
    // A live article is news for as long as it is updated: listed while its newest update is in the window.
    content.liveUpdatedBetween(new Date(now - NEWS_WINDOW_MS), new Date(now), NEWS_LIMIT),
  ]);
  const listed = new Set(published.map((a) => a.id));
  const recent = [...live.filter((a) => !listed.has(a.id)), ...published].slice(0, NEWS_LIMIT);
  const body = recent
    .map(
      (a) =>
        `<url><loc>${x(absoluteUrl(articlePath(a)))}</loc><lastmod>${modified(a)}</lastmod><news:news><news:publication><news:name>${x(content.site.editions[a.locale].name)}</news:name>` +
        `<news:language>${a.locale}</news:language></news:publication><news:publication_date>${vietnamTime(a.publishedAt)}</news:publication_date>` +
        `<news:title>${x(a.title)}</news:title></news:news></url>`,
    )
    .join('');
  return urlset(body, 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
}

function urlset(body: string, extraNamespace = ''): string {
  const ns = extraNamespace ? ` ${extraNamespace}` : '';
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${ns}>${body}</urlset>`;
}
