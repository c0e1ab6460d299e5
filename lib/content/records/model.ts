import type { Block, Correction, FrontEdition, Image, Locale, UpdateBlock } from './schema';

/**
 * What the rest of the app works with: records from disk, validated and
 * resolved once at load (categories, authors and related articles are
 * objects, not slugs or ids).
 */

export interface Category {
  slug: string;
  locale: Locale;
  name: string;
  description: string;
  order: number;
  parent?: string;
}

export interface Author {
  slug: string;
  name: string;
  bio: string;
}

export interface Tag {
  slug: string;
  name: string;
}

/** Enough to list or link an article. */
export interface ArticleSummary {
  id: number;
  slug: string;
  locale: Locale;
  title: string;
  sapo: string;
  category: Category;
  tags: Tag[];
  authors: Author[];
  photoCredit?: string;
  /** ISO 8601 with offset, as written in the record. */
  publishedAt: string;
  /** For a live article, the newest of its own updatedAt and its newest update's time. */
  updatedAt?: string;
  cover?: Image;
  /** A live article: whether it goes on, and its newest update's time (cards show both). */
  live?: LiveState;
}

export type LiveStatus = 'live' | 'ended';

export interface LiveState {
  status: LiveStatus;
  /** ISO 8601 with offset: the newest update's time; absent before the first update. */
  latestAt?: string;
}

/** One update of a live article, as pages show it. */
export interface LiveUpdate {
  /** Slug-like, unique within the article: the anchor `cap-nhat-{id}` and the share link `/a/{articleId}/{id}`. */
  id: string;
  /** ISO 8601 with offset, as written in the record. */
  at: string;
  title?: string;
  body: UpdateBlock[];
  key: boolean;
  pinned: boolean;
}


export type RelatedBlock = { type: 'related'; items: ArticleSummary[] };
export type ArticleBlock = Exclude<Block, { type: 'related' }> | RelatedBlock;

export interface Article extends ArticleSummary {
  body: ArticleBlock[];
  /** Corrections, newest first ("Đính chính" at the end of the article). */
  corrections?: Correction[];
  /** A live article's updates ("Trực tiếp"), newest first (present when `live` is). */
  updates?: LiveUpdate[];
  /**
   * Ids its related blocks name that are not shown now (scheduled for later): a cached page of the
   * article is tagged with them, so it shows the link once they are published.
   */
  hiddenRelated?: number[];
  /** The file the record came from, relative to the content folder. */
  file: string;
  /** A fingerprint of that file's text: a reload compares it to see which articles changed. */
  revision: string;
}

export interface Site {
  editions: Record<Locale, { name: string; tagline: string; description: string }>;
  publisher: {
    name: string;
    address: string;
    phone: string;
    email: string;
    logo: { src: string; width: number; height: number };
  };
}

/** A breaking-news banner as the store holds it: its text, where it leads, until when. */
export interface Breaking {
  text: string;
  /** ISO 8601 with offset: the banner is gone after this. */
  until: string;
  /** The article it leads to (linked once the article is published). */
  article?: { id: number; slug: string; locale: Locale; publishedAt: string };
  /** Or a URL (http(s) or a site path). */
  url?: string;
}

/**
 * What the editors decide beside the articles (front-page.json, breaking.json), per edition:
 * small, held by every store in memory, carried to PostgreSQL by the sync like the taxonomy.
 */
export interface Editorial {
  frontPages: Partial<Record<Locale, FrontEdition>>;
  breaking: Partial<Record<Locale, Breaking>>;
}

export const NO_EDITORIAL: Editorial = { frontPages: {}, breaking: {} };
