import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * A small, independent reading of the content folder (data/), used as the
 * tests' oracle: how many articles a category holds, which articles are in
 * English, and so on. It reads the raw JSON and deliberately does not import
 * the app's content layer, so a bug there cannot hide itself.
 */

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DATA_DIR = path.join(REPO_ROOT, 'data');

export interface RawArticle {
  id: number;
  slug: string;
  locale: 'vi' | 'en';
  title: string;
  sapo: string;
  category: string;
  tags: string[];
  authors: string[];
  publishedAt: string;
  /** Its cover photo, if it has one (the newest story with one leads home when the editors choose none). */
  cover?: { src: string };
  /** Where the record was read from, relative to data/. */
  file: string;
  /** The ids its "related" blocks name, in order. */
  related: number[];
  /** Everything search reads: headline, sapo, tags, author names, body text and captions, a live article's updates. */
  text: string;
  /** A live article's coverage, as written in its record (updates in file order). */
  live?: { status: 'live' | 'ended'; updates: RawUpdate[] };
}

export interface RawUpdate {
  id: string;
  at: string;
  title?: string;
  key?: boolean;
  pinned?: boolean;
  body: RawBlock[];
}

export type RawBlock = { type: string; ids?: number[]; content?: unknown; text?: string; attribution?: string; items?: unknown[]; caption?: string };

/** The text of a paragraph or list item: a string, or runs of { text }. */
function inline(content: unknown): string {
  return typeof content === 'string' ? content : Array.isArray(content) ? content.map((run: { text?: string }) => run.text ?? '').join('') : '';
}

function blockText(block: RawBlock): string[] {
  return [inline(block.content), block.text ?? '', block.attribution ?? '', ...(block.items ?? []).map(inline), block.caption ?? ''];
}

export interface RawCategory {
  slug: string;
  locale: 'vi' | 'en';
  name: string;
  order: number;
  parent?: string;
}

export interface RawAuthor {
  slug: string;
  name: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

let articlesCache: RawArticle[] | undefined;

/**
 * The articles readers see: every record in data/articles but those scheduled for later (a
 * publishedAt still to come), which no page shows until then (scheduledArticles).
 */
export function articles(): RawArticle[] {
  return everyArticle().filter((a) => Date.parse(a.publishedAt) <= Date.now());
}

/** The articles of data/ scheduled for later: nowhere until their time. */
export function scheduledArticles(): RawArticle[] {
  return everyArticle().filter((a) => Date.parse(a.publishedAt) > Date.now());
}

function everyArticle(): RawArticle[] {
  articlesCache ??= walk(path.join(DATA_DIR, 'articles')).map((file) => {
    const raw = readJson<Partial<RawArticle> & { id: number; slug: string; title: string; body?: RawBlock[]; cover?: { caption?: string } }>(file);
    const updates = (raw.live?.updates ?? []).flatMap((u) => [{ type: 'heading', text: u.title ?? '' }, ...u.body]);
    const body = [...(raw.body ?? []), ...updates];
    const related = (raw.body ?? []).flatMap((block) => (block.type === 'related' ? (block.ids ?? []) : []));
    const text = [raw.title, raw.sapo ?? '', ...(raw.tags ?? []), ...(raw.authors ?? []).map((slug) => author(slug).name), raw.cover?.caption ?? '', ...body.flatMap(blockText)].join('\n');
    return { tags: [], ...raw, locale: raw.locale ?? 'vi', file: path.relative(DATA_DIR, file), related, text } as RawArticle;
  });
  return articlesCache;
}

/** The article with this id (scheduled or not); throws when data/ has none, so a test never runs against nothing. */
export function article(id: number): RawArticle {
  const found = everyArticle().find((a) => a.id === id);
  if (!found) throw new Error(`article ${id} is missing from data/articles`);
  return found;
}

export function categories(): RawCategory[] {
  return readJson<Partial<RawCategory>[]>(path.join(DATA_DIR, 'categories.json')).map(
    (c) => ({ ...c, locale: c.locale ?? 'vi' }) as RawCategory,
  );
}

/** The record with this slug (and locale, for categories); throws when data/ has none. */
function bySlug<T extends { slug: string }>(records: T[], slug: string, what: string): T {
  const found = records.find((r) => r.slug === slug);
  if (!found) throw new Error(`${what} ${slug} is missing from data/`);
  return found;
}

export function category(locale: 'vi' | 'en', slug: string): RawCategory {
  return bySlug(categories().filter((c) => c.locale === locale), slug, `${locale} category`);
}

export function author(slug: string): RawAuthor {
  return bySlug(readJson<RawAuthor[]>(path.join(DATA_DIR, 'authors.json')), slug, 'author');
}

/** Top-level categories of an edition in menu order. */
export function menu(locale: 'vi' | 'en'): RawCategory[] {
  return categories()
    .filter((c) => c.locale === locale && !c.parent)
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** Articles listed on a category page: the category itself and its sub-categories. */
export function articlesInCategory(locale: 'vi' | 'en', slug: string): RawArticle[] {
  const inTree = new Set([slug, ...categories().filter((c) => c.locale === locale && c.parent === slug).map((c) => c.slug)]);
  return articles().filter((a) => a.locale === locale && inTree.has(a.category));
}

export function articlePath(article: Pick<RawArticle, 'locale' | 'slug' | 'id'>): string {
  return `${article.locale === 'en' ? '/en' : ''}/${article.slug}-${article.id}.html`;
}

/** Newest first, as every list on the site is ordered. */
export function newestFirst(list: RawArticle[]): RawArticle[] {
  return [...list].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}

/** Lower case, accents stripped, đ → d: how "ha noi" meets "Hà Nội". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The whole words of a text, folded. */
export function foldedWords(text: string): Set<string> {
  return new Set(fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/**
 * What a search of an edition must find: the articles in which every word of
 * the query, typed with accents or without, is a whole word (not letters
 * inside a word) of the headline, sapo, tags, author names or body; newest
 * first (the order of "Mới nhất"; the default order is relevance).
 */
export function searchHits(locale: 'vi' | 'en', query: string): RawArticle[] {
  const terms = [...foldedWords(query)];
  if (terms.length === 0) return [];
  return newestFirst(
    articles().filter((a) => {
      if (a.locale !== locale) return false;
      const words = foldedWords(a.text);
      return terms.every((t) => words.has(t));
    }),
  );
}
