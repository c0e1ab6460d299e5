import { getContent, reloadContent } from './index';
import { ContentConfigError } from './load';
import { announceChanges } from '../freshness/announce';
import { contentChanges } from './changes';
import { watchContent } from './watch';

/**
 * Called once at server start: the first reader does not pay for loading, and
 * a missing content folder stops start-up with one clear sentence instead of
 * failing on every request. Then the folder is watched, so that publishing
 * needs no restart (lib/content/watch.ts), and every reload expires the
 * cached pages that show what changed (lib/freshness).
 */
export async function preloadContent(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const index = await getContent();
    console.log(`[content] ${await index.articleCount()} articles loaded`);
    if (process.env.CONTENT_WATCH !== '0') watchContent(reloadAndExpire);
  } catch (error) {
    if (error instanceof ContentConfigError) {
      console.error(`Cannot start: ${error.message}`);
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
