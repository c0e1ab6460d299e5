import path from 'node:path';
import type { PostgresStore } from '../postgres/store';
import { formatProblem } from '../records/problems';
import { EDITORIAL_FILES } from './editorial';
import { syncContent } from './sync/sync';
import type { SavedFiles } from './watch';

/**
 * What the watching instance of the PostgreSQL store does with saved files: sync only those (a
 * whole-folder walk when the watcher cannot tell which, or when a folder rather than a file was
 * saved). The sync's NOTIFY reaches every instance.
 */
export async function syncSaved(store: PostgresStore, contentDir: string, saved: SavedFiles): Promise<void> {
  const isArticle = (p: string) => p.startsWith('articles/') && p.endsWith('.json');
  // front-page.json and breaking.json are read by every sync: saving one costs no walk of the archive.
  const scoped = !saved.everything && saved.paths.every((p) => isArticle(p) || EDITORIAL_FILES.includes(p));
  const result = await syncContent(store.sql, contentDir, { paths: scoped ? saved.paths.filter(isArticle) : undefined });
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
    const result = await syncContent(store.sql, root, { folder: relative });
    for (const problem of result.problems) console.error(`[content] ${formatProblem(problem)}`);
    for (const notice of result.notices) console.log(`[content] ${formatProblem(notice)}`);
    checked += result.checked;
    changed += result.changed;
  }
  console.log(`[content] caught up with ${folders.length} folder(s): ${checked} file(s) checked, ${changed} article(s) changed (${Math.round(performance.now() - started)} ms)`);
}
