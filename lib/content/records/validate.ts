import type { z } from 'zod';
import { articleRecordSchema, authorRecordSchema, categoryRecordSchema, siteRecordSchema, type ArticleRecord, type LiveRecord, type Locale } from './schema';
import type { Article, ArticleBlock, Author, Category, LiveStatus, LiveUpdate, Site, Tag } from './model';
import { ContentConfigError, type ContentProblem } from './problems';
import { slugify } from './slug';

/**
 * The checks every record goes through, whichever store it ends up in (the in-memory load and the
 * PostgreSQL sync call the same functions): the schema (zod), then the cross-record checks
 * (category, authors, images, id and slug not taken). Pure functions: the reading is done by
 * lib/content/ingest.
 */

/** One file's text as read: the parsed JSON and a fingerprint of the text, or why it could not be read. */
export type ReadResult = { ok: true; value: unknown; revision: string } | { ok: false; message: string };

export interface Located<T> {
  value: T;
  file: string;
  field: string;
  /** Fingerprint of the file's text (articles only). */
  revision?: string;
}

/** What every article is checked against: the taxonomy and the image files. */
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

export const categoryKey = (locale: Locale, slug: string) => `${locale}/${slug}`;

export function issuesToProblems(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** site.json: without valid settings the site cannot start. */
export function parseSite(read: ReadResult): Site {
  if (!read.ok) throw new ContentConfigError(`site.json ${read.message}: the site cannot start without its settings.`);
  const parsed = siteRecordSchema.safeParse(read.value);
  if (!parsed.success) {
    const detail = issuesToProblems('site.json', parsed.error).map((p) => `${p.field} — ${p.message}`).join('; ');
    throw new ContentConfigError(`site.json is invalid (${detail}): the site cannot start without its settings.`);
  }
  return parsed.data;
}

/** A JSON array file, validated item by item so one bad entry does not drop the rest. */
export function parseList<S extends z.ZodType>(file: string, read: ReadResult, schema: S, problems: ContentProblem[]): Located<z.infer<S>>[] {
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

/** categories.json and authors.json, as read, and the image files: the lookups every article is checked against. */
export function buildLookups(categories: ReadResult, authors: ReadResult, images: Set<string>, problems: ContentProblem[]): Lookups {
  const categoryMap = indexCategories(parseList('categories.json', categories, categoryRecordSchema, problems), problems);
  const authorMap = new Map<string, Author>();
  for (const { value: author, file, field } of parseList('authors.json', authors, authorRecordSchema, problems)) {
    if (authorMap.has(author.slug)) problems.push({ file, field: `${field}.slug`, message: `duplicate author slug "${author.slug}"` });
    else authorMap.set(author.slug, author);
  }
  return { categories: categoryMap, authors: authorMap, images };
}

function indexCategories(categories: Located<z.infer<typeof categoryRecordSchema>>[], problems: ContentProblem[]): Map<string, Category> {
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

/** One article file, as read, checked against the schema: the record, or its problems. */
export function validateArticle(file: string, read: ReadResult): Located<ArticleRecord> | ContentProblem[] {
  if (!read.ok) return [{ file, field: '', message: read.message }];
  const result = articleRecordSchema.safeParse(read.value);
  if (result.success) return { value: result.data, file, field: '', revision: read.revision };
  return issuesToProblems(file, result.error).map((problem) => ({ ...problem, field: namedUpdateField(problem.field, read.value) }));
}

/**
 * A field inside a live update, named by the update's id rather than its place in the file:
 * `live.updates.12.body.0.src` → `live.updates[ban-thang-thu-hai].body.0.src` (an update without a
 * usable id keeps its place: `live.updates[#12].id`). Editors find an update by its id.
 */
export function namedUpdateField(field: string, raw: unknown): string {
  const match = /^live\.updates\.(\d+)(\..*)?$/.exec(field);
  if (!match) return field;
  const index = Number(match[1]);
  const updates = (raw as { live?: { updates?: unknown } } | null)?.live?.updates;
  const id = Array.isArray(updates) ? (updates[index] as { id?: unknown } | undefined)?.id : undefined;
  const name = typeof id === 'string' && id.length <= 60 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : `#${index}`;
  return `live.updates[${name}]${match[2] ?? ''}`;
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
  const checkBlocks = (blocks: ArticleRecord['body'], prefix: string) =>
    blocks.forEach((block, i) => {
      if (block.type === 'image') checkImage(block.src, `${prefix}.${i}.src`);
      if (block.type === 'gallery') block.photos.forEach((photo, j) => checkImage(photo.src, `${prefix}.${i}.photos.${j}.src`));
      if (block.type === 'video') {
        if (block.source === 'file' && !lookups.images.has(block.src)) local.push({ file, field: `${prefix}.${i}.src`, message: `video file images/${block.src} not found` });
        if (block.poster) checkImage(block.poster.src, `${prefix}.${i}.poster.src`);
      }
    });
  checkBlocks(record.body, 'body');
  for (const update of record.live?.updates ?? []) checkBlocks(update.body, `live.updates[${update.id}].body`);

  const live = record.live && liveOf(record.live);
  const latestAt = live?.updates[0]?.at;
  const slug = record.slug ?? slugify(record.title);
  const other = taken.id(record.id);
  if (other) local.push({ file, field: 'id', message: `duplicate id ${record.id}, already used by ${other}` });
  const slugOwner = taken.slug(`${record.locale}/${slug}`);
  if (slugOwner) local.push({ file, field: 'slug', message: `duplicate slug "${slug}", already used by ${slugOwner}` });

  if (local.length > 0 || !category) return { problems: local };
  const article: Article = {
    id: record.id,
    slug,
    locale: record.locale,
    title: record.title,
    sapo: record.sapo,
    category,
    tags: dedupeTags(record.tags),
    authors: authors.filter((a): a is Author => a !== undefined),
    photoCredit: record.photoCredit,
    publishedAt: record.publishedAt,
    updatedAt: newest(record.updatedAt, latestAt),
    cover: record.cover,
    ...(live && { live: { status: live.status, ...(latestAt && { latestAt }) } }),
    body: [],
    ...(record.corrections && record.corrections.length > 0 && { corrections: newestFirst(record.corrections) }),
    ...(live && { updates: live.updates }),
    file,
    revision,
  };
  const related: PendingRelated[] = [];
  article.body = record.body.map((block, index): ArticleBlock => {
    if (block.type !== 'related') return block;
    related.push({ index, ids: block.ids });
    return { type: 'related', items: [] };
  });
  return { article, related };
}

/** The later of two optional instants (as written). */
function newest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * A live record as pages show it: updates newest first (same time: the later in the file first),
 * `key` and `pinned` as booleans.
 */
export function liveOf(record: LiveRecord): { status: LiveStatus; updates: LiveUpdate[] } {
  const updates = record.updates
    .map((u, order) => ({ order, time: Date.parse(u.at), update: { id: u.id, at: u.at, ...(u.title !== undefined && { title: u.title }), body: u.body, key: u.key === true, pinned: u.pinned === true } }))
    .sort((a, b) => b.time - a.time || b.order - a.order)
    .map((entry) => entry.update);
  return { status: record.status, updates };
}

/** Corrections newest first, whatever their order in the file. */
function newestFirst<T extends { at: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

function dedupeTags(names: string[]): Tag[] {
  const seen = new Map<string, Tag>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !seen.has(slug)) seen.set(slug, { slug, name });
  }
  return [...seen.values()];
}
