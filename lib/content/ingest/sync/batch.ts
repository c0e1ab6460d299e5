import path from 'node:path';
import postgres, { type ReservedSql } from 'postgres';
import type { PostgresStore } from '../../postgres/store';
import { inTransaction } from '../../postgres/transaction';
import type { Article, ArticleSummary } from '../../records/model';
import type { ContentProblem } from '../../records/problems';
import { slugify } from '../../records/slug';
import { resolveArticle, validateArticle, type Lookups, type PendingRelated } from '../../records/validate';
import { readJson } from '../read-files';
import type { KnownFile, OnDisk } from './plan';
import { Deltas, applyDeltas, removeMemberships, summaryOf, uncount, writeArticles, type Summary } from './write';
import type { StoredBlock } from '../../postgres/store';

export interface BatchContext {
  /** The sync's own connection (sync.ts): batches are transactions on it. */
  sql: ReservedSql;
  dir: string;
  onDisk: Map<string, OnDisk>;
  known: Map<string, KnownFile>;
  force: boolean;
  lookups: Lookups;
  store: PostgresStore;
  /** The sync's clock: an article published later than this is written scheduled. */
  now: number;
}

/** What one committed batch did: problems found, related links to check, articles before and after. */
export interface BatchOutcome {
  problems: ContentProblem[];
  related: { file: string; related: PendingRelated[] }[];
  before: Summary[];
  after: Summary[];
}

/** Reads, checks and writes one batch of files in one transaction. */
export async function syncBatch({ sql, dir, onDisk, known, force, lookups, store, now }: BatchContext, paths: string[]): Promise<BatchOutcome> {
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

  await inTransaction(sql, async (tx) => {
    const deltas = new Deltas();
    const written = new Set(articles.map((a) => a.article.id));
    const old = await tx<{ id: number; summary: ArticleSummary; revision: string; file: string; released: boolean }[]>`
      SELECT id, summary, revision, file, released FROM articles WHERE id = ANY(${[...written, ...removeIds]}::int[])`;
    // Rewritten, or left behind by a file that now publishes another id.
    const replaced = old.filter((o) => written.has(o.id) || paths.includes(o.file));
    await removeMemberships(tx, replaced.map((o) => o.id), deltas);
    for (const o of replaced) {
      if (o.released) uncount(o.summary, deltas);
      out.before.push({ ...o.summary, revision: o.revision });
    }
    const dropped = replaced.filter((o) => !written.has(o.id)).map((o) => o.id);
    if (dropped.length > 0) await tx`DELETE FROM articles WHERE id = ANY(${dropped}::int[])`;
    if (articles.length > 0) await writeArticles(tx, articles, store, deltas, now);
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
export async function refused({ sql, onDisk, known }: BatchContext, file: string, error: unknown): Promise<BatchOutcome> {
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
