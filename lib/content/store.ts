import type { Locale } from '../locale';
import type { Article, ArticleSummary, Author, Category, Site, Tag } from './model';

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/** One month of the archive, in Hà Nội time: what the sitemap index lists. */
export interface ArchiveMonth {
  /** "YYYY-MM" */
  month: string;
  /** Newest publication or update in the month, ISO 8601 in +07:00. */
  lastmod: string;
  count: number;
}

/**
 * The content store's contract: the getters pages, feeds, sitemaps, search,
 * preview images and the proxy use. Two implementations answer it the same
 * way (one contract test suite runs on both): the in-memory index
 * (memory-index.ts, the default) and PostgreSQL (postgres/, CONTENT_STORE=postgres).
 * Nothing outside lib/content knows which one runs.
 *
 * The site settings, categories and authors are small and read synchronously
 * (every page draws the menu); articles, lists and search are asynchronous.
 *
 * Shared semantics:
 * - Lists are newest first: publishedAt descending, then id descending.
 * - A category lists its own articles and those of every category below it.
 * - Pages are 1-based; a page past the last is empty with the real pageCount
 *   (pageCount is at least 1), except search, which answers its last page.
 * - Tags are per edition, named by the first article (newest first) that uses them.
 */
export interface ContentStore {
  readonly site: Site;
  categories(locale: Locale): Category[];
  getCategory(locale: Locale, slug: string): Category | undefined;
  /** Top-level categories, in menu order (order, then slug). */
  menu(locale: Locale): Category[];
  subcategories(locale: Locale, parent: string): Category[];
  getAuthor(slug: string): Author | undefined;
  authors(): Author[];

  articleCount(): Promise<number>;
  getArticle(id: number): Promise<Article | undefined>;
  /** The newest articles of an edition. */
  latest(locale: Locale, count: number, options?: { exclude?: number[] }): Promise<ArticleSummary[]>;
  listByCategory(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>>;
  getTag(locale: Locale, slug: string): Promise<Tag | undefined>;
  listByTag(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>>;
  /** An author's articles in one edition. */
  listByAuthor(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>>;
  /** Newest articles of the same category (with its sub-categories), without the article itself. */
  related(article: ArticleSummary, count: number): Promise<ArticleSummary[]>;
  /**
   * Every word (syllable) of the query must appear as a whole word of the
   * title, sapo or a tag; diacritics and đ are folded on both sides, so
   * "ha noi" finds "Hà Nội". Newest first.
   */
  search(locale: Locale, query: string, page: number, perPage: number): Promise<Page<ArticleSummary>>;
  /** Months with at least one article, both editions, newest month first. */
  archiveMonths(): Promise<ArchiveMonth[]>;
  /** Every article published in a month (Hà Nội time), both editions, newest first. */
  articlesInMonth(month: string): Promise<ArticleSummary[]>;
  /** Articles published in [since, until], both editions, newest first, at most `limit`. */
  publishedBetween(since: Date, until: Date, limit: number): Promise<ArticleSummary[]>;
}
