import type { Article, ArticleSummary, Category, Page, SearchResults, Site } from '../content';
import type { CachePolicy } from '../http/cache-policy';
import type { Route, SearchSort, SearchTime } from '../routing/route';
import type { SharePreview } from '../seo/open-graph';
import type { StructuredData } from '../seo/structured-data';
import type { PageLinks } from './pagination';
import type { LivePage } from './live';

/**
 * Everything a page is, decided once in lib/page-model as plain data: the
 * desktop frame and the mobile frame only choose a
 * layout and render it. Paths are desktop site paths; the mobile frame points
 * links at the mobile twins (ui.href).
 */
export interface PageModel {
  status: 200 | 404;
  route: Route;
  /** Cache-Control of the page, in both frames (lib/http/cache-policy.ts). */
  cache: CachePolicy;
  head: PageHead;
  chrome: PageChrome;
  body: PageBody;
}

export interface PageHead {
  /** The whole <title>: "{page} | {site}", or "{site} - {tagline}" on the home page. */
  title: string;
  description: string;
  /** rel=canonical: always the desktop URL (the mobile page points back to it). */
  canonicalPath: string;
  /** This page's own desktop path (with its query): where the version switch links lead. */
  path: string;
  /** false: noindex (search results, 404). */
  index: boolean;
  /** The link preview (Open Graph, Twitter); none on the 404 page. */
  preview?: SharePreview;
  structuredData: StructuredData[];
  /** Feeds a reader's feed reader finds on this page (<link rel="alternate" type="application/rss+xml">). */
  feeds: FeedLink[];
}

export interface FeedLink {
  title: string;
  /** Site path of the RSS file. */
  path: string;
}

/** The frame around the page: masthead, menu, the menu item to mark. */
export interface PageChrome {
  site: Site;
  menu: Category[];
  currentCategory?: string;
}

export type HomeBody = {
  kind: 'home';
  /** The lead story: the editors' (front-page.json), or the newest with a photo. */
  top?: ArticleSummary;
  /** Next to the lead story: the editors' featured stories first, then the newest. */
  highlights: ArticleSummary[];
  latest: ArticleSummary[];
  /** A block per top-level category (left out on the mobile site). */
  categories: { category: Category; articles: ArticleSummary[] }[];
  /** "Đọc nhiều": the most read of the last 24 hours (or 7 days when that is thin). */
  mostRead: ArticleSummary[];
};

export type ArticleBody = {
  kind: 'article';
  article: Article;
  /** Absolute canonical URL, for the share bar. */
  shareUrl: string;
  /** A live article ("Trực tiếp"): this page's updates, key events, pinned update, pages. */
  live?: LivePage;
  sameCategory: ArticleSummary[];
  /** The desktop sidebar (left out on the mobile site). */
  latest: ArticleSummary[];
  mostRead: ArticleSummary[];
};

export type ListingBody = {
  kind: 'listing';
  listing: 'category' | 'tag' | 'author';
  heading: string;
  description?: string;
  /** Articles in the whole listing (tags and authors say it). */
  count?: number;
  subcategories: Category[];
  list: Page<ArticleSummary>;
  pages: PageLinks;
  /** An empty category says so. */
  emptyText?: string;
  /** Sections show "Đọc nhiều"; tag and author pages do not. */
  mostRead: ArticleSummary[];
};

/** A choice among the search page's options, as a link (works without JavaScript). */
export interface SearchOptionLink<T extends string> {
  value: T;
  path: string;
  current: boolean;
}

export type SearchBody = {
  kind: 'search';
  heading: string;
  query: string;
  /** The query was cut to maxLength. */
  tooLong: boolean;
  maxLength: number;
  sort: SearchSort;
  time: SearchTime;
  /** The section filter, when the edition has it. */
  section?: string;
  /** Relevance and newest first, each keeping the query and filters. */
  sorts: SearchOptionLink<SearchSort>[];
  /** The sections the filter offers (the edition's categories, in menu order, sub-categories after their parent). */
  sections: Category[];
  times: SearchTime[];
  list: SearchResults;
  pages: PageLinks;
  /** Found little with a query typed without diacritics (Vietnamese edition): suggest typing them. */
  suggestDiacritics: boolean;
  /** Nothing found: the latest news instead. */
  latest: ArticleSummary[];
};

export type NotFoundBody = { kind: 'not-found'; latest: ArticleSummary[] };

/** The page that lists every feed of the edition, as Vietnamese portals do. */
export type FeedsBody = {
  kind: 'feeds';
  feeds: (FeedLink & { url: string; section?: string; sub?: boolean })[];
};

export type PageBody = HomeBody | ArticleBody | ListingBody | SearchBody | NotFoundBody | FeedsBody;
