import type { Locale } from '../locale';
import type { Article, ArticleSummary, Author, Category, Site, Tag } from './model';

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/**
 * The getters pages, feeds, sitemaps, search, preview images and the proxy
 * use: the content store's contract. Nothing outside lib/content knows which
 * implementation answers (today the in-memory index, memory-index.ts).
 */
export interface ContentStore {
  readonly site: Site;
  readonly articleCount: number;
  getArticle(id: number): Article | undefined;
  /** The newest articles of an edition. */
  latest(locale: Locale, count: number, options?: { exclude?: number[] }): ArticleSummary[];
  /** All articles of an edition, newest first (feeds, sitemaps). */
  all(locale: Locale): readonly ArticleSummary[];
  categories(locale: Locale): Category[];
  getCategory(locale: Locale, slug: string): Category | undefined;
  /** Top-level categories, in menu order. */
  menu(locale: Locale): Category[];
  subcategories(locale: Locale, parent: string): Category[];
  /** A category lists its own articles and its sub-categories'. */
  listByCategory(locale: Locale, slug: string, page: number, perPage: number): Page<ArticleSummary>;
  getTag(locale: Locale, slug: string): Tag | undefined;
  listByTag(locale: Locale, slug: string, page: number, perPage: number): Page<ArticleSummary>;
  getAuthor(slug: string): Author | undefined;
  authors(): Author[];
  listByAuthor(locale: Locale, slug: string, page: number, perPage: number): Page<ArticleSummary>;
  /** Newest articles of the same category, without the article itself. */
  related(article: ArticleSummary, count: number): ArticleSummary[];
  /** Full-word search; a page past the last answers the last page. */
  search(locale: Locale, query: string, page: number, perPage: number): Page<ArticleSummary>;
}
