import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { contentSynced } from '../../metrics';
import type { PostgresStore } from '../postgres/store';
import { ContentConfigError, formatProblem } from '../records/problems';
import { EDITORIAL_FILES } from './editorial';
import { syncContent } from './sync/sync';
import type { SavedFiles } from './watch';

/** Waits between attempts of a sync the database refused: doubling from 250 ms, at most 2 s. */
export const RETRY_FIRST_MS = 250;
export const RETRY_MAX_MS = 2000;

/**
 * `sync()` until it succeeds: while PostgreSQL is away (a restart, a failover, connections
 * terminated) a save must not be lost, and it must be published within seconds of the database
 * answering again. A folder or database that cannot be used (ContentConfigError) is not retried.
 */
export async function untilSynced<T>(what: string, sync: () => Promise<T>, wait: (ms: number) => Promise<unknown> = sleep): Promise<T> {
  for (let attempt = 1, delay = RETRY_FIRST_MS; ; attempt++, delay = Math.min(delay * 2, RETRY_MAX_MS)) {
    try {
      const result = await sync();
      if (attempt > 1) console.log(`[content] ${what} succeeded at attempt ${attempt}`);
      return result;
    } catch (error) {
      if (error instanceof ContentConfigError) throw error;
      if (attempt === 1 || attempt % 10 === 0) console.error(`[content] ${what} failed (${(error as Error).message}); trying again every ${RETRY_MAX_MS / 1000} s at most`);
      await wait(delay);
    }
  }
}

/**
 * What the watching instance of the PostgreSQL store does with saved files: sync only those (a
 * whole-folder walk when the watcher cannot tell which, or when a folder rather than a file was
 * saved), again and again until the database takes them (untilSynced). The sync's NOTIFY
 * reaches every instance. The watcher sends the next saves once this one is in.
 */
export async function syncSaved(store: PostgresStore, contentDir: string, saved: SavedFiles): Promise<void> {
  const isArticle = (p: string) => p.startsWith('articles/') && p.endsWith('.json');
  // front-page.json and breaking.json are read by every sync: saving one costs no walk of the archive.
  const scoped = !saved.everything && saved.paths.every((p) => isArticle(p) || EDITORIAL_FILES.includes(p));
  const result = await untilSynced('the sync of saved files', () => syncContent(store.sql, contentDir, { paths: scoped ? saved.paths.filter(isArticle) : undefined }));
  contentSynced();
  for (const problem of result.problems) console.error(`[content] ${formatProblem(problem)}`);
  for (const notice of result.notices) console.log(`[content] ${formatProblem(notice)}`);
  console.log(`[content] synced ${result.checked} file(s), ${result.changed} article(s) changed (${Math.round(result.ms)} ms)`);
}

/**
 * The watching instance's catch-up at start: what was saved while no server watched (a restart, a
 * deploy) is synced folder by folder, so that at 1,000,000 files it never holds the whole folder's
 * listing (the single walk took ~1 GB and starved the pages for half a minute) and pages are
 * served between folders. `listed` is the watcher's listing of CONTENT_DIR (watch.ts: ready), so
 * the million directory entries are read once. A changed category or author list makes the first
 * folder's sync a full one.
 */
export async function catchUp(store: PostgresStore, contentDir: string, listed: string[]): Promise<void> {
  const started = performance.now();
  const root = path.resolve(contentDir);
  const articles = path.join(root, 'articles');
  const folders = listed.map((f) => path.resolve(f)).filter((f) => f === articles || f.startsWith(articles + path.sep));
  let checked = 0;
  let changed = 0;
  for (const folder of folders) {
    const relative = path.relative(root, folder).split(path.sep).join('/');
    const result = await untilSynced(`the catch-up of ${relative}`, () => syncContent(store.sql, root, { folder: relative }));
    for (const problem of result.problems) console.error(`[content] ${formatProblem(problem)}`);
    for (const notice of result.notices) console.log(`[content] ${formatProblem(notice)}`);
    checked += result.checked;
    changed += result.changed;
  }
  contentSynced();
  console.log(`[content] caught up with ${folders.length} folder(s): ${checked} file(s) checked, ${changed} article(s) changed (${Math.round(performance.now() - started)} ms)`);
}
