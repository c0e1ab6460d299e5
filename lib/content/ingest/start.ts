import { reportChange } from '../change-feed';
import { changeBetween } from '../memory/diff';
import { EmptyDatabaseError } from '../postgres/store';
import { ContentConfigError } from '../records/problems';
import { contentDir, getContent, memoryIndex, postgresStore, reloadMemory, reloadMemoryEditorial, storeKind } from '../runtime';
import { catchUp, syncSaved } from './catch-up';
import { EDITORIAL_FILES } from './editorial';
import { listenForChanges } from './listen';
import { memorySchedule, postgresSchedule, startSchedule } from './schedule';
import { watchContent, type SavedFiles } from './watch';
import { config, ConfigError } from '../../config';

/**
 * Called once at server start (instrumentation.ts): the first reader does not pay for loading,
 * and a missing content folder (or an empty database) stops start-up with one clear sentence
 * instead of failing on every request. Then the folder is watched, so that publishing needs no
 * restart, and every change is reported (change-feed.ts) for lib/freshness to act on.
 */
export async function startContent(): Promise<void> {
  if (config.nextPhase === 'phase-production-build') return;
  const watch = config.contentWatch;
  try {
    if (storeKind() === 'postgres') await startPostgres(watch);
    else await startMemory(watch);
  } catch (error) {
    stopOnConfigError(error);
    throw error;
  }
}

/**
 * In-memory store: a save reloads the folder in this process (only front-page.json or
 * breaking.json when they alone were saved); the difference is the change. The schedule announces
 * scheduled articles, and the ends of front pages and banners, when their time comes.
 */
async function startMemory(watch: boolean): Promise<void> {
  const index = await getContent();
  console.log(`[content] ${await index.articleCount()} articles loaded`);
  startSchedule(memorySchedule(memoryIndex));
  if (watch) watchContent(reloadAndReport);
}

async function reloadAndReport(saved: SavedFiles): Promise<void> {
  const started = performance.now();
  const editorialOnly = !saved.everything && saved.paths.length > 0 && saved.paths.every((p) => EDITORIAL_FILES.includes(p));
  const reloaded = editorialOnly ? await reloadMemoryEditorial() : await reloadMemory();
  if (!reloaded) return;
  const { before, after } = reloaded;
  console.log(`[content] reloaded after a change: ${after.size} articles (${Math.round(performance.now() - started)} ms)`);
  if (before) await reportChange(changeBetween(before, after));
}

/**
 * PostgreSQL store: every instance listens for the sync's NOTIFY, and runs the schedule (one of
 * them releases each scheduled article and NOTIFYs the others). The watching one syncs what is
 * saved (only the files saved) and, once its watches are in place, catches up folder by folder
 * with what was saved while no instance watched (a restart, a deploy); a deployment that runs
 * sync-content before starting may turn that off (CONTENT_CATCH_UP=0).
 */
async function startPostgres(watch: boolean): Promise<void> {
  const store = await postgresStore();
  console.log(`[content] PostgreSQL store: ${await store.articleCount()} articles`);
  await listenForChanges(store);
  startSchedule(postgresSchedule(store));
  if (!watch) return;
  const dir = contentDir();
  const watcher = watchContent((saved) => syncSaved(store, dir, saved));
  if (config.contentCatchUp) {
    void watcher.ready
      .then((folders) => catchUp(store, dir, folders))
      .catch((error: unknown) => console.error(`[content] the catch-up sync failed: ${(error as Error).message}`));
  }
}

/** A content folder or database that cannot be used stops start-up with one sentence. */
function stopOnConfigError(error: unknown): void {
  if (error instanceof ContentConfigError || error instanceof EmptyDatabaseError || error instanceof ConfigError) {
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28000') {
    console.error(`Cannot start: the PostgreSQL content store at DATABASE_URL cannot be used (${code}: ${(error as Error).message}).`);
    process.exit(1);
  }
}
