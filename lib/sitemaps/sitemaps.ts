import type { ArticleSummary, ContentStore } from '../content';
import { LOCALES } from '../locale';
import { findListing } from '../page-model/find';
import { escapeMarkup } from '../text/escape';
import { vietnamTime } from '../seo/vietnam-time';
import { absoluteUrl, articlePath, authorPath, categoryPath, homePath, mediaPath } from '../urls';

/**
 * Sitemaps for search engines, every URL absolute from SITE_URL:
 *   /sitemap.xml                     index of the files below
 *   /sitemaps/pages.xml              home pages, sections, authors (both editions)
 *   /sitemaps/articles-YYYY-MM.xml   every article published that month (Hà Nội time), with its photo
 *   /sitemaps/news.xml               Google News: articles of the last two days
 * A month file holds at most 50,000 URLs (the protocol's limit); a busier
 * month would need splitting, which this newsroom is far from.
 */

const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** Google News reads at most 1,000 URLs per news sitemap. */
const NEWS_LIMIT = 1000;
const x = escapeMarkup;

function allArticles(content: ContentStore): ArticleSummary[] {
  return LOCALES.flatMap((l) => content.all(l));
}

const modified = (a: ArticleSummary) => vietnamTime(a.updatedAt ?? a.publishedAt);
/** "YYYY-MM" of the publication in Hà Nội: 2022-12-31T18:00Z is January 2023 there. */
export const monthOf = (a: Pick<ArticleSummary, 'publishedAt'>) => vietnamTime(a.publishedAt).slice(0, 7);

interface Month {
  /** Newest modification in the month; "…+07:00" strings of one shape compare in time order. */
  lastmod: string;
  articles: ArticleSummary[];
}

/** The archive by month, grouped once per loaded index (an index never changes in place), not per request. */
const monthsCache = new WeakMap<ContentStore, Map<string, Month>>();

function months(content: ContentStore): Map<string, Month> {
  let result = monthsCache.get(content);
  if (!result) {
    result = new Map<string, Month>();
    for (const a of allArticles(content)) {
      const lastmod = modified(a);
      const month = result.get(monthOf(a));
      if (!month) result.set(monthOf(a), { lastmod, articles: [a] });
      else {
        month.articles.push(a);
        if (lastmod > month.lastmod) month.lastmod = lastmod;
      }
    }
    monthsCache.set(content, result);
  }
  return result;
}

/** "articles-2022-12.xml" → "2022-12"; any other name → undefined. */
export function parseSitemapFile(file: string): { kind: 'pages' | 'news' } | { kind: 'month'; month: string } | undefined {
  if (file === 'pages.xml') return { kind: 'pages' };
  if (file === 'news.xml') return { kind: 'news' };
  const month = /^articles-(\d{4}-(?:0[1-9]|1[0-2]))\.xml$/.exec(file)?.[1];
  return month ? { kind: 'month', month } : undefined;
}

export function sitemapIndex(content: ContentStore): string {
  const entries = [
    { loc: '/sitemaps/pages.xml' },
    { loc: '/sitemaps/news.xml' },
    ...[...months(content)].sort(([a], [b]) => b.localeCompare(a)).map(([month, { lastmod }]) => ({ loc: `/sitemaps/articles-${month}.xml`, lastmod })),
  ];
  const body = entries
    .map((e) => `<sitemap><loc>${x(absoluteUrl(e.loc))}</loc>${'lastmod' in e ? `<lastmod>${e.lastmod}</lastmod>` : ''}</sitemap>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</sitemapindex>`;
}

export function pagesSitemap(content: ContentStore): string {
  const paths = LOCALES.flatMap((locale) => [
    homePath(locale),
    ...content.categories(locale).map((c) => categoryPath(locale, c.slug)),
    ...content.authors()
      .filter((a) => findListing(content, locale, 'author', a.slug, 1))
      .map((a) => authorPath(locale, a.slug)),
  ]);
  return urlset(paths.map((p) => `<url><loc>${x(absoluteUrl(p))}</loc></url>`).join(''));
}

/** Undefined when no article was published that month (the file does not exist). */
export function monthSitemap(content: ContentStore, month: string): string | undefined {
  const articles = months(content).get(month)?.articles;
  if (!articles) return undefined;
  const body = articles
    .map((a) => {
      const image = a.cover ? `<image:image><image:loc>${x(absoluteUrl(mediaPath(a.cover.src)))}</image:loc></image:image>` : '';
      return `<url><loc>${x(absoluteUrl(articlePath(a)))}</loc><lastmod>${modified(a)}</lastmod>${image}</url>`;
    })
    .join('');
  return urlset(body, 'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"');
}

/** Google News sitemap: articles published in the two days before `now`, newest first. */
export function newsSitemap(content: ContentStore, now: number): string {
  // Each edition's list is newest first: read from the top until the window ends, not the whole archive.
  const since = now - NEWS_WINDOW_MS;
  const recent = LOCALES.flatMap((locale) => {
    const found: ArticleSummary[] = [];
    for (const a of content.all(locale)) {
      const time = Date.parse(a.publishedAt);
      if (time < since) break;
      if (time <= now) found.push(a);
    }
    return found;
  })
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, NEWS_LIMIT);
  const body = recent
    .map(
      (a) =>
        `<url><loc>${x(absoluteUrl(articlePath(a)))}</loc><news:news><news:publication><news:name>${x(content.site.editions[a.locale].name)}</news:name>` +
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
