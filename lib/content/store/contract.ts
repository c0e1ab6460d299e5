import type { Locale } from '../../locale';
import type { Snippet } from '../../search/snippet';
import type { Article, ArticleSummary, Author, Breaking, Category, Site, Tag } from '../records/model';
import type { FrontEdition } from '../records/schema';

/** The store's clock, in milliseconds since the epoch: Date.now, or a test's own. */
export type Clock = () => number;

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

export type SearchSort = 'relevance' | 'newest';

/** What a reader asked the search page. */
export interface SearchRequest {
  /** The reader's words, as typed (any case, NFC or not, `"…"` for an exact phrase). */
  text: string;
  sort: SearchSort;
  /** A category slug of the edition: its articles and those of every category below it. */
  section?: string;
  /** Only articles published at or after this instant. */
  since?: Date;
}

/** One result: the article and the passage that explains why it matched. */
export interface SearchHit {
  article: ArticleSummary;
  snippet: Snippet;
}

/**
 * A search counts at most this many hits and pages through them (50 pages of 20): the newest
 * SEARCH_LIMIT hits, ranked in the order asked for. Counting and ranking every article that says
 * "Hà Nội" would read most of the archive on PostgreSQL (seconds at 1,000,000 articles), and
 * nobody reads page 51 of a search; the time filter reaches older articles.
 */
export const SEARCH_LIMIT = 1000;

/** A page of search results. `total` stops at SEARCH_LIMIT; `more` says there are more hits than that. */
export interface SearchResults extends Page<SearchHit> {
  more: boolean;
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
 * - Scheduled publishing: an article whose publishedAt is later than now is scheduled, and no
 *   getter knows it until then: getArticle, every list and its count, related links in other
 *   articles, tags and authors only it uses, search, the months and the news window. When its time
 *   comes it is everywhere at once. The in-memory store compares with its clock on every call;
 *   PostgreSQL lists an article (its list rows and counts) when the schedule releases it
 *   (ingest/schedule.ts: at its time, by whichever instance gets there first).
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
   * Full-text search of one edition. The query is parsed by lib/search
   * (parseQuery): words are syllables, NFC and case-insensitive, matched on
   * their folded form (diacritics dropped, đ→d), so "ha noi" finds "Hà Nội".
   * Searched: headline, sapo, body text (paragraphs, subheadings, quotes,
   * lists, captions), tags and author names.
   * - An article must hold every word; a quoted phrase ("…") must appear
   *   with its words adjacent and in order, within one passage.
   * - `relevance` ranks, by decreasing weight: the loose words adjacent and
   *   in order (a name) over scattered ones; where they are, headline > sapo >
   *   tags, authors and body; for words typed with diacritics, the exact
   *   spelling over folded ones; then newer articles, gently; ties newest first.
   * - `newest`: newest first (publishedAt, then id, descending).
   * - Filters: `section` (with its sub-categories; unknown → no results) and `since`.
   * - A query without a word (empty, punctuation) answers nothing.
   * - Each hit carries a snippet from lib/search (makeSnippet).
   * - Only the newest SEARCH_LIMIT hits are counted, ranked and paged (`more` when there are more).
   */
  search(locale: Locale, request: SearchRequest, page: number, perPage: number): Promise<SearchResults>;
  /** Months with at least one article, both editions, newest month first. */
  archiveMonths(): Promise<ArchiveMonth[]>;
  /** Every article published in a month (Hà Nội time), both editions, newest first. */
  articlesInMonth(month: string): Promise<ArticleSummary[]>;
  /** Articles published in [since, until], both editions, newest first, at most `limit`. */
  publishedBetween(since: Date, until: Date, limit: number): Promise<ArticleSummary[]>;
  /**
   * Live articles (published, with a `live` field) whose newest update is in [since, until], both
   * editions, newest update first, at most `limit`: the news sitemap carries a live article for
   * as long as it is updated, not only in the days after it began.
   */
  liveUpdatedBetween(since: Date, until: Date, limit: number): Promise<ArticleSummary[]>;

  /**
   * The edition's curated front page (front-page.json) while it lasts: the ids as the editors
   * wrote them, undefined once its `until` has passed or when there is none. The ids are not
   * checked here: the home page skips what getArticle does not answer.
   */
  frontPage(locale: Locale): FrontEdition | undefined;
  /** The edition's breaking-news banner (breaking.json) until its `until`, else undefined. */
  breaking(locale: Locale): Breaking | undefined;
  /**
   * The earliest time (ms) at which something scheduled is due: an article's publication, a
   * front page's or a banner's end. It may be past (due, not yet released on PostgreSQL);
   * undefined when nothing is scheduled.
   */
  nextScheduled(): Promise<number | undefined>;
}
