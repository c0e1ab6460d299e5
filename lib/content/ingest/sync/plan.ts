import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Sql } from 'postgres';
import type { Category, Author } from '../../records/model';
import type { ContentProblem } from '../../records/problems';
import type { Lookups } from '../../records/validate';
import { listFiles } from '../read-files';
import { loadTaxonomy } from '../taxonomy';
import type { SyncOptions } from './sync';

/** A file as the last sync left it (table files). */
export interface KnownFile {
  revision: string;
  mtime_ms: number;
  size: number;
  article_id: number | null;
  status: string;
}

/** An article file on disk now: its name under articles/, mtime and size. */
export interface OnDisk {
  name: string;
  mtime: number;
  size: number;
}

/** The taxonomy as the folder has it now, and whether it differs from the one in the database. */
export interface TaxonomyStep {
  lookups: Lookups;
  categories: Category[];
  /** site.json, categories.json or authors.json differ from the last sync: every page may show it. */
  changed: boolean;
  /** Changed since a previous sync: every article is checked again (a section may be gone). */
  force: boolean;
  /** Saves the fingerprint, last: a sync interrupted while checking every article starts over next time. */
  commit(): Promise<void>;
}

/** Reads the folder's taxonomy, compares its fingerprint with the database's and saves what changed (but the fingerprint). */
export async function syncTaxonomy(sql: Sql, root: string, problems: ContentProblem[]): Promise<TaxonomyStep> {
  const { site, lookups } = await loadTaxonomy(root, problems);
  const categories: Category[] = [...lookups.categories.values()];
  const authors: Author[] = [...lookups.authors.values()];
  const fingerprint = createHash('sha1').update(JSON.stringify([site, categories, authors])).digest('base64url');
  const [stored] = await sql<{ value: string }[]>`SELECT value FROM taxonomy WHERE key = 'fingerprint'`;
  const changed = stored?.value !== fingerprint;
  const save = async (rows: { key: string; value: unknown }[]) => {
    await sql`
      INSERT INTO taxonomy (key, value)
      SELECT r.key, r.value FROM jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) AS r(key text, value jsonb)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
  };
  if (changed) await save([{ key: 'site', value: site }, { key: 'categories', value: categories }, { key: 'authors', value: authors }]);
  return {
    lookups,
    categories,
    changed,
    force: stored !== undefined && changed,
    commit: async () => {
      if (changed) await save([{ key: 'fingerprint', value: fingerprint }]);
    },
  };
}

/** What this sync looks at: the files the last sync knew and the files on disk now, in its scope. */
export interface FilePlan {
  known: Map<string, KnownFile>;
  onDisk: Map<string, OnDisk>;
  /** Files in the database that are gone from disk: their articles are unpublished. */
  deleted: string[];
  /** Files to read: new, changed (size or mtime), with a problem last time, or every one when forced. */
  candidates: string[];
}

/**
 * The scope of a sync: the whole folder; or (from a watcher that saw them change) only the paths
 * given plus the files that had a problem; or the files directly in one folder (the catch-up).
 */
export async function planFiles(sql: Sql, root: string, options: SyncOptions, force: boolean): Promise<FilePlan> {
  const dir = path.join(root, 'articles');
  const scoped = options.paths !== undefined && !force;
  // A folder's own files: "articles/2026/11/" + a name without another slash.
  const folder = !scoped && !force && options.folder !== undefined ? `${options.folder.replace(/\/+$/, '')}/` : undefined;
  const columns = sql`path, revision, mtime_ms, size::float8 AS size, article_id, status`;
  const rows = scoped
    ? sql<(KnownFile & { path: string })[]>`SELECT ${columns} FROM files WHERE path = ANY(${options.paths ?? []}::text[]) OR status <> 'ok'`
    : folder !== undefined
      ? sql<(KnownFile & { path: string })[]>`SELECT ${columns} FROM files WHERE file_folder(path) = ${folder.slice(0, -1)}`
      : sql<(KnownFile & { path: string })[]>`SELECT ${columns} FROM files`;
  const known = new Map<string, KnownFile>();
  for (const row of await rows) known.set(row.path, row);

  const names = scoped
    ? [...new Set([...(options.paths ?? []), ...known.keys()])].filter((p) => p.startsWith('articles/') && p.endsWith('.json')).map((p) => p.slice('articles/'.length))
    : folder !== undefined
      ? folder.startsWith('articles/')
        ? (await listFiles(path.join(root, folder), ['.json'], { recursive: false }).catch(() => [])).map((name) => `${folder.slice('articles/'.length)}${name}`)
        : []
      : await listFiles(dir, ['.json']);
  const onDisk = new Map<string, OnDisk>();
  for (const name of names) {
    try {
      const stat = statSync(path.join(dir, name));
      if (stat.isFile()) onDisk.set(`articles/${name}`, { name, mtime: stat.mtimeMs, size: stat.size });
    } catch {
      // Gone (deleted between the listing and now, or a deleted path the watcher reported).
    }
  }
  const deleted = [...known.keys()].filter((p) => !onDisk.has(p));
  const candidates = [...onDisk.keys()].filter((p) => {
    const k = known.get(p);
    const disk = onDisk.get(p);
    return force || !k || k.status !== 'ok' || !disk || k.mtime_ms !== disk.mtime || k.size !== disk.size;
  });
  return { known, onDisk, deleted, candidates };
}
