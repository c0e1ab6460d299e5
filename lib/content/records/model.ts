import type { Block, Image, Locale } from './schema';

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
  updatedAt?: string;
  cover?: Image;
}

export type RelatedBlock = { type: 'related'; items: ArticleSummary[] };
export type ArticleBlock = Exclude<Block, { type: 'related' }> | RelatedBlock;

export interface Article extends ArticleSummary {
  body: ArticleBlock[];
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
