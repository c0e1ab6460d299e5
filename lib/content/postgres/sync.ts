import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import postgres, { type Sql, type TransactionSql } from 'postgres';
import { ContentConfigError, loadTaxonomy, resolveArticle, validateArticle, type Lookups, type PendingRelated } from '../load';
import type { Article, ArticleSummary, ContentProblem } from '../model';
import { isDirectory, listFiles, readJson } from '../read-files';
import { slugify } from '../slug';
import { vietnamTime } from '../../seo/vietnam-time';
import { SITE_TAG, articleTag, listsOf } from '../../freshness/tags';
import { Progress } from '../../cli/progress';
import { PostgresStore, type StoredBlock } from './store';
import { bodyPassages, exact } from '../../search/text';
import { searchWords } from './words';

/** The channel every instance listens on (runtime.ts); the payload is {"tags": [...]} (decision 010). */
export const CONTENT_CHANNEL = 'content_changed';
const changeMessage = (tags: string[]) => JSON.stringify({ tags });
/** Any number fixed for the sync lock (pg_advisory_lock): two syncs never run at once. */
const SYNC_LOCK = 1_000_002;
/** Past this many tags (a mass import), expiring `site` is cheaper (decision 008). */
const MAX_TAGS = 2000;
/** NOTIFY's payload must stay under 8000 bytes. */
const MAX_PAYLOAD = 7900;

export interface SyncOptions {
  /** Files per transaction: an interrupted import keeps what was committed and the next run goes on from there. */
  batchSize?: number;
  /** Progress (count, rate, time left) on stderr. */
  progress?: boolean;
  /** Called after each committed batch with the files checked so far and the number to check. */
  onBatch?: (checked: number, total: number) => void;
  /**
   * Only these files (relative to the content folder, "articles/…"), as a
   * watcher reports them, plus those that had a problem: a publish costs its
   * own files, not a walk of the archive. Ignored when categories or authors
   * changed (then every file is checked).
   */
  paths?: string[];
  /**
   * Only the article files directly in this folder (relative to the content folder:
   * "articles/2026/11"), on disk and in the database: new, changed and deleted ones. The watching
   * instance catches up folder by folder (runtime.ts), so a million files are never held at once.
   * Ignored when categories or authors changed, or with `paths`.
   */
  folder?: string;
  /** Stops between batches (what is committed stays; the next sync goes on from there). */
  signal?: AbortSignal;
}

export interface SyncResult {
  /** Articles published, changed or unpublished. */
  changed: number;
  /** Files read and checked (new, or size/mtime changed, or with a problem last time). */
  checked: number;
  /** Article files looked at: the whole folder, or the paths given. */
  files: number;
  problems: ContentProblem[];
  /** Files whose problem stands after this sync (reported when first seen; their last good version, if any, stays). */
  broken: number;
  /** The cache tags sent with NOTIFY (empty when nothing changed). */
  tags: string[];
  ms: number;
}

interface KnownFile {
  revision: string;
  mtime_ms: number;
  size: number;
  article_id: number | null;
  status: string;
}

/** A pool or a transaction: the helpers below run inside sql.begin. */
type Db = Sql | TransactionSql;

type Summary = ArticleSummary & { revision: string };

interface Change {
  before?: Summary;
  after?: Summary;
}

/** Counts kept per list (list_counts): +1 / -1 per membership. */
class Deltas {
  private readonly map = new Map<string, { kind: string; locale: string; key: string; n: number }>();
  add(kind: string, locale: string, key: string, n: number): void {
    const id = `${kind}\u0000${locale}\u0000${key}`;
    const entry = this.map.get(id);
    if (entry) entry.n += n;
    else this.map.set(id, { kind, locale, key, n });
  }
  rows() {
    return [...this.map.values()].filter((r) => r.n !== 0);
  }
}

const monthOf = (publishedAt: string) => vietnamTime(publishedAt).slice(0, 7);

function summaryOf(article: Article): Summary {
  const { id, slug, locale, title, sapo, category, tags, authors, photoCredit, publishedAt, updatedAt, cover, revision } = article;
  return { id, slug, locale, title, sapo, category, tags, authors, photoCredit, publishedAt, updatedAt, cover, revision };
}

/**
 * Brings the database in line with the content folder, touching only what
 * changed since the last sync (decision 010): new files, files whose size or
 * mtime changed (then compared by revision), files that had a problem, and
 * deleted files. Each record goes through the same checks as the in-memory
 * load (load.ts). A file with a problem is reported and its article's last
 * good version stays published; a deleted file unpublishes its article.
 * When something changed, NOTIFY content_changed tells every instance which
 * cache tags to expire.
 */
export async function syncContent(sql: Sql, contentDir: string, options: SyncOptions = {}): Promise<SyncResult> {
  const started = performance.now();
  const root = path.resolve(contentDir);
  if (!(await isDirectory(root))) throw new ContentConfigError(`The content folder "${root}" does not exist or is not a readable folder.`);
  const lock = await sql.reserve();
  try {
    await lock`SELECT pg_advisory_lock(${SYNC_LOCK})`;
    try {
      return await syncLocked(sql, root, options, started);
    } finally {
      await lock`SELECT pg_advisory_unlock(${SYNC_LOCK})`;
    }
  } finally {
    lock.release();
  }
}

async function syncLocked(sql: Sql, root: string, options: SyncOptions, started: number): Promise<SyncResult> {
  const batchSize = options.batchSize ?? 1000;
  const problems: ContentProblem[] = [];
  const { site, lookups } = await loadTaxonomy(root, problems);
  const categories = [...lookups.categories.values()];
  const authors = [...lookups.authors.values()];
  const fingerprint = createHash('sha1').update(JSON.stringify([site, categories, authors])).digest('base64url');
  const [stored] = await sql<{ value: string }[]>`SELECT value FROM taxonomy WHERE key = 'fingerprint'`;
  const taxonomyChanged = stored?.value !== fingerprint;
  // Categories or authors changed: every article is checked again (a section may be gone).
  const force = stored !== undefined && taxonomyChanged;
  const saveTaxonomy = async (rows: { key: string; value: unknown }[]) => {
    await sql`
      INSERT INTO taxonomy (key, value)
      SELECT r.key, r.value FROM jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) AS r(key text, value jsonb)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
  };
  // The fingerprint is saved last: a sync interrupted while checking every article starts over next time.
  if (taxonomyChanged) await saveTaxonomy([{ key: 'site', value: site }, { key: 'categories', value: categories }, { key: 'authors', value: authors }]);
  const store = await PostgresStore.open({ sql, migrate: false });

  const dir = path.join(root, 'articles');
  if (!(await isDirectory(dir))) {
    // A deploy in progress, or a wrong folder: unpublishing everything would be the wrong answer.
    problems.push({ file: 'articles/', field: '', message: 'folder not found: nothing synced' });
    if (taxonomyChanged) await sql.notify(CONTENT_CHANNEL, changeMessage([SITE_TAG]));
    return { changed: 0, checked: 0, files: 0, problems, broken: 0, tags: taxonomyChanged ? [SITE_TAG] : [], ms: performance.now() - started };
  }
  // The whole folder, or (from a watcher that saw them change) only the paths given plus the files that had a problem.
  const scoped = options.paths !== undefined && !force;
  const known = new Map<string, KnownFile>();
  // A folder's own files: "articles/2026/11/" + a name without another slash.
  const folder = !scoped && !force && options.folder !== undefined ? `${options.folder.replace(/\/+$/, '')}/` : undefined;
  const columns = sql`path, revision, mtime_ms, size::float8 AS size, article_id, status`;
  const knownRows = scoped
    ? sql<(KnownFile & { path: string })[]>`SELECT ${columns} FROM files WHERE path = ANY(${options.paths ?? []}::text[]) OR status <> 'ok'`
    : folder !== undefined
      ? sql<(KnownFile & { path: string })[]>`SELECT ${columns} FROM files WHERE file_folder(path) = ${folder.slice(0, -1)}`
      : sql<(KnownFile & { path: string })[]>`SELECT ${columns} FROM files`;
  for (const row of await knownRows) known.set(row.path, row);
  const names = scoped
    ? [...new Set([...(options.paths ?? []), ...known.keys()])].filter((p) => p.startsWith('articles/') && p.endsWith('.json')).map((p) => p.slice('articles/'.length))
    : folder !== undefined
      ? folder.startsWith('articles/')
        ? (await listFiles(path.join(root, folder), ['.json'], { recursive: false }).catch(() => [])).map((name) => `${folder.slice('articles/'.length)}${name}`)
        : []
      : await listFiles(dir, ['.json']);
  const onDisk = new Map<string, { name: string; mtime: number; size: number }>();
  for (const name of names) {
    try {
      const stat = statSync(path.join(dir, name));
      if (stat.isFile()) onDisk.set(`articles/${name}`, { name, mtime: stat.mtimeMs, size: stat.size });
    } catch {
      // Gone (deleted between the listing and now, or a deleted path the watcher reported).
    }
  }

  const changes = new Map<number, Change>();
  const noteBefore = (summary: Summary) => {
    const change = changes.get(summary.id) ?? {};
    if (!changes.has(summary.id)) change.before = summary;
    changes.set(summary.id, change);
  };
  const noteAfter = (summary: Summary) => {
    const change = changes.get(summary.id) ?? {};
    change.after = summary;
    changes.set(summary.id, change);
  };

  // Deleted files unpublish their article.
  const deleted = [...known.keys()].filter((p) => !onDisk.has(p));
  for (let i = 0; i < deleted.length; i += batchSize) {
    const paths = deleted.slice(i, i + batchSize);
    await sql.begin(async (tx) => {
      const gone = await tx<Gone[]>`DELETE FROM articles WHERE file = ANY(${paths}::text[]) RETURNING id, summary, revision`;
      (await unpublished(tx, gone)).forEach(noteBefore);
      await tx`DELETE FROM files WHERE path = ANY(${paths}::text[])`;
    });
  }

  const candidates = [...onDisk.keys()].filter((p) => {
    const k = known.get(p);
    const disk = onDisk.get(p);
    return force || !k || k.status !== 'ok' || !disk || k.mtime_ms !== disk.mtime || k.size !== disk.size;
  });
  const progress = options.progress ? new Progress(candidates.length, 'files') : undefined;
  const relatedToCheck: { file: string; related: PendingRelated[] }[] = [];

  for (let i = 0; i < candidates.length; i += batchSize) {
    const paths = candidates.slice(i, i + batchSize);
    const context = { sql, dir, onDisk, known, force, lookups, store };
    let outcomes: BatchOutcome[];
    try {
      outcomes = [await syncBatch(context, paths)];
    } catch (error) {
      if (!(error instanceof postgres.PostgresError) || paths.length === 1) throw error;
      // A record the database refuses (a \u0000 in a text, an id past 2³¹) must not stop the import: the batch goes again file by file.
      outcomes = [];
      for (const file of paths) outcomes.push(await syncBatch(context, [file]).catch((e: unknown) => refused(context, file, e)));
    }
    for (const outcome of outcomes) {
      problems.push(...outcome.problems);
      relatedToCheck.push(...outcome.related);
      outcome.before.forEach(noteBefore);
      outcome.after.forEach(noteAfter);
    }
    progress?.tick(paths.length);
    options.onBatch?.(Math.min(i + batchSize, candidates.length), candidates.length);
    options.signal?.throwIfAborted();
  }
  progress?.done();

  if (force) {
    // An article whose category is gone is unpublished, even in its last good version (as load.ts does).
    const sections = categories.map((c) => `${c.locale}/${c.slug}`);
    await sql.begin(async (tx) => {
      const gone = await tx<Gone[]>`
        DELETE FROM articles WHERE NOT (locale || '/' || category = ANY(${sections}::text[])) RETURNING id, summary, revision`;
      (await unpublished(tx, gone)).forEach(noteBefore);
    });
  }

  if (taxonomyChanged) await saveTaxonomy([{ key: 'fingerprint', value: fingerprint }]);

  // A mass import changes the tables' statistics: refresh them so the planner keeps using the list indexes.
  if (candidates.length >= 10_000) await sql`ANALYZE`;

  // Related links may point at articles later in the folder: checked once everything is in.
  problems.push(...(await unknownRelated(sql, relatedToCheck)));

  const changed = [...changes.values()].filter((c) => !c.before || !c.after || c.before.revision !== c.after.revision || c.before.locale !== c.after.locale);
  const tags = taxonomyChanged || changed.length > 0 ? expiredTags(changed, store, taxonomyChanged) : [];
  if (tags.length > 0) await sql.notify(CONTENT_CHANNEL, changeMessage(tags));
  const [broken] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM files WHERE status <> 'ok'`;
  return { changed: changed.length, checked: candidates.length, files: onDisk.size, problems, broken: broken?.n ?? 0, tags, ms: performance.now() - started };
}

interface BatchContext {
  sql: Sql;
  dir: string;
  onDisk: Map<string, { name: string; mtime: number; size: number }>;
  known: Map<string, KnownFile>;
  force: boolean;
  lookups: Lookups;
  store: PostgresStore;
}

/** What one committed batch did: problems found, related links to check, articles before and after. */
interface BatchOutcome {
  problems: ContentProblem[];
  related: { file: string; related: PendingRelated[] }[];
  before: Summary[];
  after: Summary[];
}

/** Reads, checks and writes one batch of files in one transaction. */
async function syncBatch({ sql, dir, onDisk, known, force, lookups, store }: BatchContext, paths: string[]): Promise<BatchOutcome> {
  const out: BatchOutcome = { problems: [], related: [], before: [], after: [] };
  const fileRows: { path: string; revision: string; mtime_ms: number; size: number; article_id: number | null; status: string; problems: ContentProblem[] | null }[] = [];
  const valid: { path: string; record: Exclude<ReturnType<typeof validateArticle>, ContentProblem[]> }[] = [];
  for (const file of paths) {
    const disk = onDisk.get(file);
    if (!disk) continue;
    const read = readJson(path.join(dir, disk.name));
    const revision = read.ok ? read.revision : '';
    const k = known.get(file);
    const base = { path: file, revision, mtime_ms: disk.mtime, size: disk.size };
    if (read.ok && k && k.status === 'ok' && k.revision === revision && !force) {
      fileRows.push({ ...base, article_id: k.article_id, status: 'ok', problems: null }); // touched, not changed
      continue;
    }
    const record = validateArticle(file, read);
    if (Array.isArray(record)) {
      out.problems.push(...record);
      fileRows.push({ ...base, article_id: k?.article_id ?? null, status: 'error', problems: record });
    } else valid.push({ path: file, record });
  }

  // Cross-record checks against the batch and the database: an id or slug another file already publishes.
  const ids = valid.map((v) => v.record.value.id);
  const slugs = valid.map((v) => v.record.value.slug ?? slugify(v.record.value.title));
  const owners = await sql<{ id: number; locale: string; slug: string; file: string }[]>`
    SELECT id, locale, slug, file FROM articles WHERE id = ANY(${ids}::int[]) OR slug = ANY(${slugs}::text[])`;
  const idOwner = new Map(owners.map((o) => [o.id, o.file]));
  const slugOwner = new Map(owners.map((o) => [`${o.locale}/${o.slug}`, o.file]));
  const articles: { article: Article; body: StoredBlock[] }[] = [];
  const removeIds: number[] = [];
  for (const { path: file, record } of valid) {
    const other = (owner: string | undefined) => (owner !== undefined && owner !== file ? owner : undefined);
    const resolved = resolveArticle(record, lookups, { id: (id) => other(idOwner.get(id)), slug: (key) => other(slugOwner.get(key)) });
    const k = known.get(file);
    const disk = onDisk.get(file);
    const base = { path: file, revision: record.revision ?? '', mtime_ms: disk?.mtime ?? 0, size: disk?.size ?? 0 };
    if ('problems' in resolved) {
      out.problems.push(...resolved.problems);
      fileRows.push({ ...base, article_id: k?.article_id ?? null, status: 'error', problems: resolved.problems });
      continue;
    }
    const { article, related } = resolved;
    idOwner.set(article.id, file);
    slugOwner.set(`${article.locale}/${article.slug}`, file);
    if (k?.article_id != null && k.article_id !== article.id) removeIds.push(k.article_id); // the file now publishes another id
    // Stored as validated; related blocks keep their ids and are resolved when read, so they never go stale.
    articles.push({ article, body: record.value.body });
    if (related.length > 0) out.related.push({ file, related });
    fileRows.push({ ...base, article_id: article.id, status: 'ok', problems: null });
  }

  await sql.begin(async (tx) => {
    const deltas = new Deltas();
    const written = new Set(articles.map((a) => a.article.id));
    const old = await tx<{ id: number; summary: ArticleSummary; revision: string; file: string }[]>`
      SELECT id, summary, revision, file FROM articles WHERE id = ANY(${[...written, ...removeIds]}::int[])`;
    // Rewritten, or left behind by a file that now publishes another id.
    const replaced = old.filter((o) => written.has(o.id) || paths.includes(o.file));
    await removeMemberships(tx, replaced.map((o) => o.id), deltas);
    for (const o of replaced) {
      deltas.add('edition', o.summary.locale, '', -1);
      deltas.add('month', '', monthOf(o.summary.publishedAt), -1);
      out.before.push({ ...o.summary, revision: o.revision });
    }
    const dropped = replaced.filter((o) => !written.has(o.id)).map((o) => o.id);
    if (dropped.length > 0) await tx`DELETE FROM articles WHERE id = ANY(${dropped}::int[])`;
    if (articles.length > 0) await writeArticles(tx, articles, store, deltas);
    for (const { article } of articles) out.after.push(summaryOf(article));
    await applyDeltas(tx, deltas);
    await tx`
      INSERT INTO files (path, revision, mtime_ms, size, article_id, status, problems)
      SELECT r.path, r.revision, r.mtime_ms, r.size, r.article_id, r.status, r.problems
      FROM jsonb_to_recordset(${JSON.stringify(fileRows)}::text::jsonb)
        AS r(path text, revision text, mtime_ms float8, size bigint, article_id int, status text, problems jsonb)
      ON CONFLICT (path) DO UPDATE SET revision = excluded.revision, mtime_ms = excluded.mtime_ms, size = excluded.size,
        article_id = excluded.article_id, status = excluded.status, problems = excluded.problems, synced_at = now()`;
  });
  return out;
}

/** A file the database would not store: reported, and kept out until it changes (its last good version stays). */
async function refused({ sql, onDisk, known }: BatchContext, file: string, error: unknown): Promise<BatchOutcome> {
  if (!(error instanceof postgres.PostgresError)) throw error;
  const problem = { file, field: '', message: `refused by the database (${error.message})` };
  const disk = onDisk.get(file);
  const row = { path: file, revision: '', mtime_ms: disk?.mtime ?? 0, size: disk?.size ?? 0, article_id: known.get(file)?.article_id ?? null, status: 'error', problems: [problem] };
  await sql`
    INSERT INTO files (path, revision, mtime_ms, size, article_id, status, problems)
    VALUES (${row.path}, ${row.revision}, ${row.mtime_ms}, ${row.size}, ${row.article_id}, ${row.status}, ${JSON.stringify(row.problems)}::text::jsonb)
    ON CONFLICT (path) DO UPDATE SET status = 'error', problems = excluded.problems, synced_at = now()`;
  return { problems: [problem], related: [], before: [], after: [] };
}

/** An article row just deleted. */
type Gone = { id: number; summary: ArticleSummary; revision: string };

/** The list rows and counts of deleted articles go too; returns what they were, for the cache tags. */
async function unpublished(tx: Db, gone: Gone[]): Promise<Summary[]> {
  const deltas = new Deltas();
  await removeMemberships(tx, gone.map((g) => g.id), deltas);
  for (const g of gone) {
    deltas.add('edition', g.summary.locale, '', -1);
    deltas.add('month', '', monthOf(g.summary.publishedAt), -1);
  }
  await applyDeltas(tx, deltas);
  return gone.map((g) => ({ ...g.summary, revision: g.revision }));
}

async function removeMemberships(tx: Db, ids: number[], deltas: Deltas): Promise<void> {
  if (ids.length === 0) return;
  for (const r of await tx<{ locale: string; category: string }[]>`DELETE FROM article_categories WHERE id = ANY(${ids}::int[]) RETURNING locale, category`) {
    deltas.add('cat', r.locale, r.category, -1);
  }
  for (const r of await tx<{ locale: string; tag_slug: string }[]>`DELETE FROM article_tags WHERE id = ANY(${ids}::int[]) RETURNING locale, tag_slug`) {
    deltas.add('tag', r.locale, r.tag_slug, -1);
  }
  for (const r of await tx<{ locale: string; author_slug: string }[]>`DELETE FROM article_authors WHERE id = ANY(${ids}::int[]) RETURNING locale, author_slug`) {
    deltas.add('author', r.locale, r.author_slug, -1);
  }
}

async function writeArticles(tx: Db, items: { article: Article; body: StoredBlock[] }[], store: PostgresStore, deltas: Deltas): Promise<void> {
  const articles = items.map((i) => i.article);
  const rows = items.map(({ article: a, body }) => {
    const { revision, ...summary } = summaryOf(a);
    return {
      id: a.id,
      locale: a.locale,
      slug: a.slug,
      category: a.category.slug,
      published_at: a.publishedAt,
      lastmod: a.updatedAt ?? a.publishedAt,
      month: monthOf(a.publishedAt),
      file: a.file,
      revision,
      summary,
      body,
      title_words: searchWords(a.title).join(' '),
      sapo_words: searchWords(a.sapo).join(' '),
      tag_words: [...a.tags.map((t) => t.name), ...a.authors.map((au) => au.name)].flatMap(searchWords).join(' '),
      body_words: bodyPassages(a).flatMap(searchWords).join(' '),
      // The same words lower-cased with their diacritics: an exact-spelling match ranks first.
      exact_words: [a.title, a.sapo, ...a.tags.map((t) => t.name), ...a.authors.map((au) => au.name), ...bodyPassages(a)].flatMap(searchWords).map((w) => exact(w)).join(' '),
    };
  });
  await tx`
    INSERT INTO articles (id, locale, slug, category, published_at, lastmod, month, file, revision, summary, body, search, search_exact)
    SELECT r.id, r.locale, r.slug, r.category, r.published_at, r.lastmod, r.month, r.file, r.revision, r.summary, r.body,
      setweight(to_tsvector('simple', content_fold(r.title_words)), 'A') ||
      setweight(to_tsvector('simple', content_fold(r.sapo_words)), 'B') ||
      setweight(to_tsvector('simple', content_fold(r.tag_words)), 'C') ||
      setweight(to_tsvector('simple', content_fold(r.body_words)), 'D'),
      to_tsvector('simple', r.exact_words)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) AS r(
      id int, locale text, slug text, category text, published_at timestamptz, lastmod timestamptz, month text,
      file text, revision text, summary jsonb, body jsonb, title_words text, sapo_words text, tag_words text, body_words text, exact_words text)
    ON CONFLICT (id) DO UPDATE SET locale = excluded.locale, slug = excluded.slug, category = excluded.category,
      published_at = excluded.published_at, lastmod = excluded.lastmod, month = excluded.month, file = excluded.file,
      revision = excluded.revision, summary = excluded.summary, body = excluded.body, search = excluded.search, search_exact = excluded.search_exact`;

  const categories: { locale: string; category: string; published_at: string; id: number }[] = [];
  const tags: { locale: string; tag_slug: string; name: string; published_at: string; id: number }[] = [];
  const authors: { author_slug: string; locale: string; published_at: string; id: number }[] = [];
  for (const a of articles) {
    const base = { published_at: a.publishedAt, id: a.id };
    deltas.add('edition', a.locale, '', 1);
    deltas.add('month', '', monthOf(a.publishedAt), 1);
    // Listed in its category and every ancestor (Bóng đá → Thể thao).
    const seen = new Set<string>();
    for (let slug: string | undefined = a.category.slug; slug && !seen.has(slug); slug = store.getCategory(a.locale, slug)?.parent) {
      seen.add(slug);
      categories.push({ locale: a.locale, category: slug, ...base });
      deltas.add('cat', a.locale, slug, 1);
    }
    for (const t of a.tags) {
      tags.push({ locale: a.locale, tag_slug: t.slug, name: t.name, ...base });
      deltas.add('tag', a.locale, t.slug, 1);
    }
    for (const slug of new Set(a.authors.map((x) => x.slug))) {
      authors.push({ author_slug: slug, locale: a.locale, ...base });
      deltas.add('author', a.locale, slug, 1);
    }
  }
  await tx`
    INSERT INTO article_categories (locale, category, published_at, id)
    SELECT r.locale, r.category, r.published_at, r.id
    FROM jsonb_to_recordset(${JSON.stringify(categories)}::text::jsonb) AS r(locale text, category text, published_at timestamptz, id int)`;
  await tx`
    INSERT INTO article_tags (locale, tag_slug, name, published_at, id)
    SELECT r.locale, r.tag_slug, r.name, r.published_at, r.id
    FROM jsonb_to_recordset(${JSON.stringify(tags)}::text::jsonb) AS r(locale text, tag_slug text, name text, published_at timestamptz, id int)`;
  await tx`
    INSERT INTO article_authors (author_slug, locale, published_at, id)
    SELECT r.author_slug, r.locale, r.published_at, r.id
    FROM jsonb_to_recordset(${JSON.stringify(authors)}::text::jsonb) AS r(author_slug text, locale text, published_at timestamptz, id int)`;
}

async function applyDeltas(tx: Db, deltas: Deltas): Promise<void> {
  const rows = deltas.rows();
  if (rows.length === 0) return;
  await tx`
    INSERT INTO list_counts (kind, locale, key, n)
    SELECT r.kind, r.locale, r.key, r.n FROM jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) AS r(kind text, locale text, key text, n int)
    ON CONFLICT (kind, locale, key) DO UPDATE SET n = list_counts.n + excluded.n`;
}

/** "body.3.ids.1 — unknown article id 42": the link is left out when the article is read. */
async function unknownRelated(sql: Sql, pending: { file: string; related: PendingRelated[] }[]): Promise<ContentProblem[]> {
  const ids = [...new Set(pending.flatMap((p) => p.related.flatMap((r) => r.ids)))];
  if (ids.length === 0) return [];
  const found = new Set((await sql<{ id: number }[]>`SELECT id FROM articles WHERE id = ANY(${ids}::int[])`).map((r) => r.id));
  const out: ContentProblem[] = [];
  for (const { file, related } of pending) {
    for (const { index, ids: named } of related) {
      named.forEach((id, i) => {
        if (!found.has(id)) out.push({ file, field: `body.${index}.ids.${i}`, message: `unknown article id ${id}` });
      });
    }
  }
  return out;
}

/** The cache tags a sync expires: each changed article and every list it was or is in (lib/freshness/tags.ts). */
function expiredTags(changes: Change[], store: PostgresStore, everything: boolean): string[] {
  if (everything) return [SITE_TAG];
  const tags = new Set<string>();
  for (const { before, after } of changes) {
    const id = (before ?? after)?.id;
    if (id !== undefined) tags.add(articleTag(id));
    if (before) listsOf(before, store).forEach((t) => tags.add(t));
    if (after) listsOf(after, store).forEach((t) => tags.add(t));
  }
  if (tags.size > MAX_TAGS || Buffer.byteLength(changeMessage([...tags])) > MAX_PAYLOAD) return [SITE_TAG];
  return [...tags];
}

