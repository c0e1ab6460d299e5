import path from 'node:path';
import type { z } from 'zod';
import {
  articleRecordSchema,
  authorRecordSchema,
  categoryRecordSchema,
  siteRecordSchema,
  type ArticleRecord,
  type Locale,
} from './schema';
import type { Article, ArticleBlock, ArticleSummary, Author, Category, ContentProblem, Site, Tag } from './model';
import { MemoryIndex } from './memory-index';
import { LOCALES } from '../locale';
import { noPause, pauseEvery, type Pace } from './pacer';
import { isDirectory, listFiles, readJson, type ReadResult } from './read-files';
import { slugify } from './slug';

/** The content folder is missing or its settings cannot be used: the site cannot start. */
export class ContentConfigError extends Error {
  override name = 'ContentConfigError';
}

export interface LoadResult {
  index: MemoryIndex;
  problems: ContentProblem[];
  /** False when there is no articles/ folder at all (a site with nothing to serve, or a deploy in progress). */
  hasArticlesFolder: boolean;
}

const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;
/** Files a body block may point at under images/: photos, and videos under images/media. */
const MEDIA_EXTENSIONS = [...IMAGE_EXTENSIONS, '.mp4'] as const;

function issuesToProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/**
 * Reads and validates the whole content folder in one pass and builds the
 * in-memory index. Bad records are reported and skipped; only a missing folder
 * or unusable site settings throw (the site cannot run without them).
 */
export interface LoadOptions {
  /**
   * Read and index in slices of 500 articles, letting requests through in
   * between: for reloading while the server answers requests. Start-up, with
   * nothing to serve yet, goes flat out.
   */
  background?: boolean;
  /**
   * The content being served. An article whose file is now broken (a
   * half-saved edit, a typo in a field) keeps this last good version online
   * until the file is fixed; a deleted file unpublishes its article.
   */
  previous?: MemoryIndex;
}

export async function loadContent(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const root = path.resolve(contentDir);
  if (!(await isDirectory(root))) {
    throw new ContentConfigError(
      `The content folder "${root}" does not exist or is not a readable folder: set CONTENT_DIR to the folder that holds site.json, categories.json, authors.json and articles/.`,
    );
  }
  const problems: ContentProblem[] = [];
  const { site, lookups } = await loadTaxonomy(root, problems);

  const pace = options.background === true ? pauseEvery() : noPause;
  const records = await readArticles(root, problems, pace);
  const hasArticlesFolder = records !== undefined;
  const resolved = await resolveArticles(records ?? [], lookups, problems, pace);
  const articles = options.previous ? keepLastGood(resolved, options.previous, problems, lookups) : resolved;
  const index = await MemoryIndex.build(site, [...lookups.categories.values()], [...lookups.authors.values()], articles, pace);
  return { index, problems, hasArticlesFolder };
}

/**
 * site.json, categories.json, authors.json and the image list: what every
 * article is checked against. Shared with the PostgreSQL sync (postgres/sync.ts).
 */
export async function loadTaxonomy(root: string, problems: ContentProblem[]): Promise<{ site: Site; lookups: Lookups }> {
  const site = loadSite(root);
  const categories = loadList(root, 'categories.json', categoryRecordSchema, problems);
  const authors = loadList(root, 'authors.json', authorRecordSchema, problems);
  const images = new Set(
    (await isDirectory(path.join(root, 'images'))) ? await listFiles(path.join(root, 'images'), MEDIA_EXTENSIONS) : [],
  );
  if (!images.has(site.publisher.logo.src)) {
    problems.push({ file: 'site.json', field: 'publisher.logo.src', message: `image file images/${site.publisher.logo.src} not found` });
  }

  const categoryMap = indexCategories(categories, problems);
  const authorMap = new Map<string, Author>();
  for (const { value: author, file, field } of authors) {
    if (authorMap.has(author.slug)) problems.push({ file, field: `${field}.slug`, message: `duplicate author slug "${author.slug}"` });
    else authorMap.set(author.slug, author);
  }

  return { site, lookups: { categories: categoryMap, authors: authorMap, images } };
}

function loadSite(root: string): Site {
  const read = readJson(path.join(root, 'site.json'));
  if (!read.ok) throw new ContentConfigError(`site.json ${read.message}: the site cannot start without its settings.`);
  const parsed = siteRecordSchema.safeParse(read.value);
  if (!parsed.success) {
    const detail = issuesToProblems('site.json', parsed.error).map((p) => `${p.field} — ${p.message}`).join('; ');
    throw new ContentConfigError(`site.json is invalid (${detail}): the site cannot start without its settings.`);
  }
  return parsed.data;
}

export interface Located<T> {
  value: T;
  file: string;
  field: string;
  /** Fingerprint of the file's text (articles only). */
  revision?: string;
}

/** A JSON array file, validated item by item so one bad entry does not drop the rest. */
function loadList<S extends z.ZodType>(root: string, file: string, schema: S, problems: ContentProblem[]): Located<z.infer<S>>[] {
  const read = readJson(path.join(root, file));
  if (!read.ok) {
    problems.push({ file, field: '', message: read.message });
    return [];
  }
  if (!Array.isArray(read.value)) {
    problems.push({ file, field: '', message: 'must be a JSON array' });
    return [];
  }
  const out: Located<z.infer<S>>[] = [];
  read.value.forEach((item: unknown, i: number) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push({ value: parsed.data, file, field: String(i) });
    else problems.push(...issuesToProblems(file, parsed.error, String(i)));
  });
  return out;
}

const categoryKey = (locale: Locale, slug: string) => `${locale}/${slug}`;

function indexCategories(
  categories: Located<z.infer<typeof categoryRecordSchema>>[],
  problems: ContentProblem[],
): Map<string, Category> {
  const map = new Map<string, Category>();
  for (const { value, file, field } of categories) {
    const key = categoryKey(value.locale, value.slug);
    if (map.has(key)) problems.push({ file, field: `${field}.slug`, message: `duplicate category "${value.slug}" (${value.locale})` });
    else map.set(key, value);
  }
  for (const { value, file, field } of categories) {
    if (value.parent && !map.has(categoryKey(value.locale, value.parent))) {
      problems.push({ file, field: `${field}.parent`, message: `unknown parent category "${value.parent}"` });
      map.delete(categoryKey(value.locale, value.slug));
    }
  }
  return map;
}

/** Every valid article record; undefined when there is no articles/ folder. */
async function readArticles(root: string, problems: ContentProblem[], pace: Pace): Promise<Located<ArticleRecord>[] | undefined> {
  const dir = path.join(root, 'articles');
  if (!(await isDirectory(dir))) {
    problems.push({ file: 'articles/', field: '', message: 'folder not found: no articles to serve' });
    return undefined;
  }
  const files = await listFiles(dir, ['.json']);
  const records: Located<ArticleRecord>[] = [];
  for (const name of files) {
    await pace();
    const record = validateArticle(`articles/${name}`, readJson(path.join(dir, name)));
    if (Array.isArray(record)) problems.push(...record);
    else records.push(record);
  }
  return records;
}

/** One article file, read (readJson) and checked against the schema: the record, or its problems. */
export function validateArticle(file: string, read: ReadResult): Located<ArticleRecord> | ContentProblem[] {
  if (!read.ok) return [{ file, field: '', message: read.message }];
  const result = articleRecordSchema.safeParse(read.value);
  if (result.success) return { value: result.data, file, field: '', revision: read.revision };
  return issuesToProblems(file, result.error);
}

export interface Lookups {
  categories: Map<string, Category>;
  authors: Map<string, Author>;
  images: Set<string>;
}

/** Related blocks of an article, by position in its body, with the ids they name (resolved once every article is known). */
export interface PendingRelated {
  index: number;
  ids: number[];
}

/**
 * The cross-record checks of one article (category, authors, images, id and
 * slug not taken by another file), then the record becomes an Article; its
 * related blocks are left empty and listed for the caller to resolve.
 */
export function resolveArticle(
  { value: record, file, revision = '' }: Located<ArticleRecord>,
  lookups: Lookups,
  taken: { id(id: number): string | undefined; slug(localeAndSlug: string): string | undefined },
): { article: Article; related: PendingRelated[] } | { problems: ContentProblem[] } {
  const local: ContentProblem[] = [];
  const category = lookups.categories.get(categoryKey(record.locale, record.category));
  if (!category) local.push({ file, field: 'category', message: `unknown category "${record.category}" for locale ${record.locale}` });
  const authors = record.authors.map((slug, i) => {
    const author = lookups.authors.get(slug);
    if (!author) local.push({ file, field: `authors.${i}`, message: `unknown author "${slug}"` });
    return author;
  });
  const checkImage = (src: string, field: string) => {
    if (!lookups.images.has(src)) local.push({ file, field, message: `image file images/${src} not found` });
  };
  if (record.cover) checkImage(record.cover.src, 'cover.src');
  record.body.forEach((block, i) => {
    if (block.type === 'image') checkImage(block.src, `body.${i}.src`);
    if (block.type === 'gallery') block.photos.forEach((photo, j) => checkImage(photo.src, `body.${i}.photos.${j}.src`));
    if (block.type === 'video') {
      if (block.source === 'file' && !lookups.images.has(block.src)) local.push({ file, field: `body.${i}.src`, message: `video file images/${block.src} not found` });
      if (block.poster) checkImage(block.poster.src, `body.${i}.poster.src`);
    }
  });

  const slug = record.slug ?? slugify(record.title);
  const other = taken.id(record.id);
  if (other) local.push({ file, field: 'id', message: `duplicate id ${record.id}, already used by ${other}` });
  const slugKey = `${record.locale}/${slug}`;
  const slugOwner = taken.slug(slugKey);
  if (slugOwner) local.push({ file, field: 'slug', message: `duplicate slug "${slug}", already used by ${slugOwner}` });

  if (local.length > 0 || !category) return { problems: local };
  const tags = dedupeTags(record.tags);
  const article: Article = {
    id: record.id,
    slug,
    locale: record.locale,
    title: record.title,
    sapo: record.sapo,
    category,
    tags,
    authors: authors.filter((a): a is Author => a !== undefined),
    photoCredit: record.photoCredit,
    publishedAt: record.publishedAt,
    updatedAt: record.updatedAt,
    cover: record.cover,
    body: [],
    file,
    revision,
  };
  const related: { index: number; ids: number[] }[] = [];
  article.body = record.body.map((block, index): ArticleBlock => {
    if (block.type !== 'related') return block;
    related.push({ index, ids: block.ids });
    return { type: 'related', items: [] };
  });
  return { article, related };
}

/** Cross-record checks, then the records become Articles with their references resolved. */
async function resolveArticles(records: Located<ArticleRecord>[], lookups: Lookups, problems: ContentProblem[], pace: Pace): Promise<Article[]> {
  const byId = new Map<number, Article>();
  const slugs = new Map<string, string>();
  const pendingRelated: { article: Article; blocks: { index: number; ids: number[] }[] }[] = [];

  for (const located of records) {
    await pace();
    const resolved = resolveArticle(located, lookups, { id: (id) => byId.get(id)?.file, slug: (key) => slugs.get(key) });
    if ('problems' in resolved) {
      problems.push(...resolved.problems);
      continue;
    }
    const { article, related } = resolved;
    byId.set(article.id, article);
    slugs.set(`${article.locale}/${article.slug}`, article.file);
    if (related.length > 0) pendingRelated.push({ article, blocks: related });
  }

  // Related links resolve against the articles that survived: a missing one is reported and left out.
  for (const { article, blocks } of pendingRelated) {
    await pace();
    for (const { index, ids } of blocks) {
      const items: ArticleSummary[] = [];
      ids.forEach((id, i) => {
        const target = byId.get(id);
        if (!target) problems.push({ file: article.file, field: `body.${index}.ids.${i}`, message: `unknown article id ${id}` });
        else if (target.id !== article.id) items.push(target);
      });
      article.body[index] = { type: 'related', items };
    }
    article.body = article.body.filter((b) => b.type !== 'related' || b.items.length > 0);
  }
  return [...byId.values()];
}

/**
 * Articles whose file has a problem now but was served before stay online as
 * they were (their category and authors taken from the new lists; an article
 * whose category is gone is dropped). The problems are still reported.
 */
function keepLastGood(articles: Article[], previous: MemoryIndex, problems: ContentProblem[], lookups: Lookups): Article[] {
  const broken = new Set(problems.map((p) => p.file).filter((file) => file.startsWith('articles/')));
  if (broken.size === 0) return articles;
  const ids = new Set(articles.map((a) => a.id));
  const kept: Article[] = [];
  for (const locale of LOCALES) {
    for (const old of previous.all(locale)) {
      if (!broken.has(old.file) || ids.has(old.id)) continue;
      const category = lookups.categories.get(categoryKey(old.locale, old.category.slug));
      if (!category) continue;
      const authors = old.authors.map((a) => lookups.authors.get(a.slug) ?? a);
      kept.push({ ...old, category, authors });
      ids.add(old.id);
    }
  }
  if (kept.length > 0) console.error(`[content] ${kept.length} article(s) with a broken file stay online in their last good version: ${kept.map((a) => a.file).join(', ')}`);
  return kept.length > 0 ? [...articles, ...kept] : articles;
}

function dedupeTags(names: string[]): Tag[] {
  const seen = new Map<string, Tag>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !seen.has(slug)) seen.set(slug, { slug, name });
  }
  return [...seen.values()];
}
