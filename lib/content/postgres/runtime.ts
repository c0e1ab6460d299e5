import { expireTags } from '../../freshness/announce';
import { SITE_TAG } from '../../freshness/tags';
import { formatProblem } from '../model';
import path from 'node:path';
import type { ChangedPaths } from '../watch';
import { PostgresStore } from './store';
import { CONTENT_CHANNEL, syncContent } from './sync';

const KEY = Symbol.for('tin-thu-do.postgres-store');
const holder = globalThis as typeof globalThis & { [KEY]?: Promise<PostgresStore> };

/**
 * The PostgreSQL store of this process (CONTENT_STORE=postgres): one
 * connection pool, opened once (migrations applied), shared by every route
 * bundle through globalThis like the in-memory index.
 */
export function postgresStore(): Promise<PostgresStore> {
  holder[KEY] ??= PostgresStore.open({ url: process.env.DATABASE_URL }).catch((error: unknown) => {
    delete holder[KEY];
    throw error;
  });
  return holder[KEY];
}

/**
 * Every instance listens for the sync's NOTIFY (whichever instance or CLI ran
 * it): it re-reads the small taxonomy and expires the cached pages the
 * payload names, through its own revalidation route (decisions 008, 010).
 */
export async function listenForChanges(store: PostgresStore): Promise<void> {
  const takeIn = async (tags: string[]) => {
    try {
      await store.refresh();
      if (tags.length > 0) await expireTags(tags);
      console.log(`[content] database changed; expired ${tags.length} cache tag(s)`);
    } catch (error) {
      console.error(`[content] could not take a database change in: ${(error as Error).message}`);
    }
  };
  let listening = false;
  await store.sql.listen(
    CONTENT_CHANNEL,
    (payload) => void takeIn(parseTags(payload)),
    // postgres.js listens again after a lost connection; a sync meanwhile went unheard, so expire everything once.
    () => {
      if (listening) void takeIn([SITE_TAG]);
      listening = true;
    },
  );
}

/** The NOTIFY payload {"tags": [...]}; anything else expires nothing. */
export function parseTags(payload: string): string[] {
  try {
    const value: unknown = JSON.parse(payload);
    const tags = typeof value === 'object' && value !== null && 'tags' in value ? value.tags : undefined;
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * What the watcher does with the PostgreSQL store: sync only the files it saw
 * change (a whole-folder walk when it cannot tell which, or when a folder
 * rather than a file changed). The sync's NOTIFY reaches every instance.
 */
export async function syncChanged(store: PostgresStore, contentDir: string, changed: ChangedPaths): Promise<void> {
  const files = changed.everything ? undefined : changed.paths.filter((p) => p.startsWith('articles/') && p.endsWith('.json'));
  const onlyArticleFiles = !changed.everything && files !== undefined && files.length === changed.paths.length;
  const result = await syncContent(store.sql, contentDir, { paths: onlyArticleFiles ? files : undefined });
  for (const problem of result.problems) console.error(`[content] ${formatProblem(problem)}`);
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
    const result = await syncContent(store.sql, root, { folder: relative });
    for (const problem of result.problems) console.error(`[content] ${formatProblem(problem)}`);
    checked += result.checked;
    changed += result.changed;
  }
  console.log(`[content] caught up with ${folders.length} folder(s): ${checked} file(s) checked, ${changed} article(s) changed (${Math.round(performance.now() - started)} ms)`);
}
