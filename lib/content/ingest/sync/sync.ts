import path from 'node:path';
import postgres, { type ReservedSql, type Sql } from 'postgres';
import { Progress } from '../../../cli/progress';
import type { Locale } from '../../../locale';
import { PostgresStore } from '../../postgres/store';
import { inTransaction } from '../../postgres/transaction';
import { ContentConfigError, type ContentProblem } from '../../records/problems';
import type { PendingRelated } from '../../records/validate';
import { EVERYTHING, NO_CHANGE, changeOf, encodeChange, isEmptyChange, mergeChanges, type ArticlePair, type ContentChange } from '../../store/change';
import { isDirectory } from '../read-files';
import { refused, syncBatch, type BatchContext, type BatchOutcome } from './batch';
import { CONTENT_CHANNEL, SYNC_LOCK } from './channel';
import { syncEditorial } from './editorial';
import { planFiles, syncTaxonomy, type FilePlan, type TaxonomyStep } from './plan';
import { unknownRelated } from './related';
import { releaseDue } from './release';
import { unpublished, type Gone, type Summary } from './write';

export { CONTENT_CHANNEL } from './channel';

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
  /** The clock (ms): an article published later than this is stored scheduled. Date.now unless a test sets it. */
  now?: number;
}

export interface SyncResult {
  /** Articles published, changed or unpublished. */
  changed: number;
  /** Files read and checked (new, or size/mtime changed, or with a problem last time). */
  checked: number;
  /** Article files looked at: the whole folder, or the paths given. */
  files: number;
  problems: ContentProblem[];
  /** Worth saying, not wrong: a front page or banner naming an article still scheduled, an `until` already past. */
  notices: ContentProblem[];
  /** Files whose problem stands after this sync (reported when first seen; their last good version, if any, stays). */
  broken: number;
  /** What changed, as sent with NOTIFY (empty when nothing changed). */
  change: ContentChange;
  ms: number;
}

/**
 * Brings the database in line with the content folder, touching only what changed since the last
 * sync (decision 010): new files, files whose size or mtime changed (then compared by revision),
 * files that had a problem, and deleted files. Each record goes through the same checks as the
 * in-memory load (records/validate.ts). A file with a problem is reported and its article's last
 * good version stays published; a deleted file unpublishes its article. When something changed,
 * NOTIFY content_changed carries the ContentChange to every instance. The whole sync runs on one
 * connection reserved from `sql` (its lock, its reads, its transactions: transaction.ts), so no
 * other query of the pool ever lands inside one of its transactions (decision 022).
 */
export async function syncContent(sql: Sql, contentDir: string, options: SyncOptions = {}): Promise<SyncResult> {
  const started = performance.now();
  const root = path.resolve(contentDir);
  if (!(await isDirectory(root))) throw new ContentConfigError(`The content folder "${root}" does not exist or is not a readable folder.`);
  const connection = await sql.reserve();
  try {
    await connection`SELECT pg_advisory_lock(${SYNC_LOCK})`;
    try {
      return await syncLocked(connection, root, options, started);
    } finally {
      // A lost connection took its lock with it: its error is the one to report.
      await connection`SELECT pg_advisory_unlock(${SYNC_LOCK})`.catch(() => {});
    }
  } finally {
    connection.release();
  }
}

/** One sync, holding the lock: taxonomy, the files in scope, deletions, changed files, then the announcement. */
async function syncLocked(sql: ReservedSql, root: string, options: SyncOptions, started: number): Promise<SyncResult> {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const now = options.now ?? Date.now();
  const taxonomy = await syncTaxonomy(sql, root, problems);
  const store = await PostgresStore.open({ sql, migrate: false });
  if (!(await isDirectory(path.join(root, 'articles')))) {
    // A deploy in progress, or a wrong folder: unpublishing everything would be the wrong answer.
    problems.push({ file: 'articles/', field: '', message: 'folder not found: nothing synced' });
    const change = taxonomy.changed ? EVERYTHING : NO_CHANGE;
    await announce(sql, change);
    return { changed: 0, checked: 0, files: 0, problems, notices, broken: 0, change, ms: performance.now() - started };
  }
  const plan = await planFiles(sql, root, options, taxonomy.force);
  const pairs = new Pairs();
  await removeDeleted(sql, plan.deleted, options.batchSize ?? 1000, pairs);
  const related = await syncFiles({ sql, dir: path.join(root, 'articles'), onDisk: plan.onDisk, known: plan.known, force: taxonomy.force, lookups: taxonomy.lookups, store, now }, plan, options, problems, pairs);
  if (taxonomy.force) await removeOrphans(sql, taxonomy, pairs);
  await taxonomy.commit();
  // A mass import changes the tables' statistics: refresh them so the planner keeps using the list indexes.
  if (plan.candidates.length >= 10_000) await sql`ANALYZE`;
  // Related links may point at articles later in the folder: checked once everything is in.
  problems.push(...(await unknownRelated(sql, related)));

  // The front page and the banner once the articles they name are in; then whatever came due meanwhile.
  const editorial = await syncEditorial(sql, root, now, problems, notices);
  const parentOf = (locale: Locale, slug: string) => store.getCategory(locale, slug)?.parent;
  const released = (await releaseDue(sql, parentOf, { now, locked: true, notify: false })) ?? NO_CHANGE;
  const change = [editorial, released].reduce(mergeChanges, changeOf(pairs.values(), parentOf, { everything: taxonomy.changed, now }));
  await announce(sql, change);
  const [broken] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM files WHERE status <> 'ok'`;
  return { changed: pairs.changedCount(), checked: plan.candidates.length, files: plan.onDisk.size, problems, notices, broken: broken?.n ?? 0, change, ms: performance.now() - started };
}

/** Each article's first "before" and last "after" over the whole sync. */
class Pairs {
  private readonly map = new Map<number, ArticlePair>();
  before(summary: Summary): void {
    if (!this.map.has(summary.id)) this.map.set(summary.id, { before: summary });
  }
  after(summary: Summary): void {
    const pair = this.map.get(summary.id) ?? {};
    pair.after = summary;
    this.map.set(summary.id, pair);
  }
  values(): Iterable<ArticlePair> {
    return this.map.values();
  }
  /** Articles published, changed or unpublished (a file touched but not changed does not count). */
  changedCount(): number {
    return [...this.map.values()].filter(({ before, after }) => !before || !after || before.revision !== after.revision || before.locale !== after.locale).length;
  }
}

/** Deleted files unpublish their article. */
async function removeDeleted(sql: ReservedSql, deleted: string[], batchSize: number, pairs: Pairs): Promise<void> {
  for (let i = 0; i < deleted.length; i += batchSize) {
    const paths = deleted.slice(i, i + batchSize);
    await inTransaction(sql, async (tx) => {
      const gone = await tx<Gone[]>`DELETE FROM articles WHERE file = ANY(${paths}::text[]) RETURNING id, summary, revision, released`;
      (await unpublished(tx, gone)).forEach((s) => pairs.before(s));
      await tx`DELETE FROM files WHERE path = ANY(${paths}::text[])`;
    });
  }
}

/** Reads, checks and writes the candidates, a batch per transaction; answers the related links to check. */
async function syncFiles(
  context: BatchContext,
  plan: FilePlan,
  options: SyncOptions,
  problems: ContentProblem[],
  pairs: Pairs,
): Promise<{ file: string; related: PendingRelated[] }[]> {
  const batchSize = options.batchSize ?? 1000;
  const progress = options.progress ? new Progress(plan.candidates.length, 'files') : undefined;
  const related: { file: string; related: PendingRelated[] }[] = [];
  for (let i = 0; i < plan.candidates.length; i += batchSize) {
    const paths = plan.candidates.slice(i, i + batchSize);
    for (const outcome of await syncOneBatch(context, paths)) {
      problems.push(...outcome.problems);
      related.push(...outcome.related);
      outcome.before.forEach((s) => pairs.before(s));
      outcome.after.forEach((s) => pairs.after(s));
    }
    progress?.tick(paths.length);
    options.onBatch?.(Math.min(i + batchSize, plan.candidates.length), plan.candidates.length);
    options.signal?.throwIfAborted();
  }
  progress?.done();
  return related;
}

/** A batch in one transaction; a record the database refuses (a \u0000 in a text, an id past 2³¹) must not stop the import: the batch goes again file by file. */
async function syncOneBatch(context: BatchContext, paths: string[]): Promise<BatchOutcome[]> {
  try {
    return [await syncBatch(context, paths)];
  } catch (error) {
    if (!(error instanceof postgres.PostgresError) || paths.length === 1) throw error;
    const outcomes: BatchOutcome[] = [];
    for (const file of paths) outcomes.push(await syncBatch(context, [file]).catch((e: unknown) => refused(context, file, e)));
    return outcomes;
  }
}

/** An article whose category is gone is unpublished, even in its last good version (as the in-memory load does). */
async function removeOrphans(sql: ReservedSql, taxonomy: TaxonomyStep, pairs: Pairs): Promise<void> {
  const sections = taxonomy.categories.map((c) => `${c.locale}/${c.slug}`);
  await inTransaction(sql, async (tx) => {
    const gone = await tx<Gone[]>`
      DELETE FROM articles WHERE NOT (locale || '/' || category = ANY(${sections}::text[])) RETURNING id, summary, revision, released`;
    (await unpublished(tx, gone)).forEach((s) => pairs.before(s));
  });
}

/** NOTIFY content_changed: every instance (and this one) hears what changed. On the sync's own connection (sql.notify would ask the pool for another). */
async function announce(sql: ReservedSql, change: ContentChange): Promise<void> {
  if (!isEmptyChange(change)) await sql`SELECT pg_notify(${CONTENT_CHANNEL}, ${encodeChange(change)})`;
}
