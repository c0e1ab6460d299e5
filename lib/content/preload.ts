import { announceChanges } from '../freshness/announce';
import { contentChanges } from './changes';
import { contentDir, getContent, reloadContent, storeKind } from './index';
import { ContentConfigError } from './load';
import { catchUp, listenForChanges, postgresStore, syncChanged } from './postgres/runtime';
import { EmptyDatabaseError } from './postgres/store';
import { watchContent } from './watch';

/**
 * Called once at server start: the first reader does not pay for loading, and
 * a missing content folder (or an empty database) stops start-up with one
 * clear sentence instead of failing on every request. Then the folder is
 * watched, so that publishing needs no restart (lib/content/watch.ts), and
 * every change expires the cached pages that show it (lib/freshness).
 *
 * In-memory store: a change reloads the folder in this process. PostgreSQL
 * store: a change is synced into the database (only the files that changed),
 * and every instance, listening, expires its own cached pages; the watching
 * instance also syncs the whole folder once at start, for what was saved
 * while it was down.
 */
export async function preloadContent(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const watch = process.env.CONTENT_WATCH !== '0';
  try {
    if (storeKind() === 'postgres') {
      const store = await postgresStore();
      console.log(`[content] PostgreSQL store: ${await store.articleCount()} articles`);
      await listenForChanges(store);
      const dir = contentDir();
      if (watch) {
        const watcher = watchContent((changed) => syncChanged(store, dir, changed));
        // What was saved while no server watched (a restart, a deploy) is synced once the watches are in
        // place, folder by folder (catchUp). A deployment that runs sync-content before starting may
        // turn it off (CONTENT_CATCH_UP=0).
        if (process.env.CONTENT_CATCH_UP !== '0') void watcher.ready
          .then((folders) => catchUp(store, dir, folders))
          .catch((error: unknown) => console.error(`[content] the catch-up sync failed: ${(error as Error).message}`));
      }
      return;
    }
    const index = await getContent();
    console.log(`[content] ${await index.articleCount()} articles loaded`);
    if (watch) watchContent(reloadAndExpire);
  } catch (error) {
    if (error instanceof ContentConfigError || error instanceof EmptyDatabaseError) {
      console.error(`Cannot start: ${error.message}`);
      process.exit(1);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28000') {
      console.error(`Cannot start: the PostgreSQL content store at DATABASE_URL cannot be used (${code}: ${(error as Error).message}).`);
      process.exit(1);
    }
    throw error;
  }
}

/** The in-memory store after a change: read the folder again, then expire the cached pages that show what changed. */
async function reloadAndExpire(): Promise<void> {
  const started = performance.now();
  const reloaded = await reloadContent();
  if (!reloaded) return;
  const { before, after } = reloaded;
  console.log(`[content] reloaded after a change: ${after.size} articles (${Math.round(performance.now() - started)} ms)`);
  if (!before) return;
  try {
    await announceChanges(contentChanges(before, after), before, after);
  } catch (error) {
    // The pages still refresh within their TTL; say why they did not at once.
    console.error(`[content] could not expire the cached pages that changed: ${(error as Error).message}`);
  }
}
