import { getContent } from './index';
import { ContentConfigError } from './load';
import { announceChanges } from '../freshness/announce';
import { contentChanges } from './changes';
import type { MemoryIndex } from './memory-index';
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
    if (process.env.CONTENT_WATCH !== '0') watchContent(onReload);
  } catch (error) {
    if (error instanceof ContentConfigError) {
      console.error(`Cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

async function onReload(after: MemoryIndex, before: MemoryIndex | undefined): Promise<void> {
  if (!before) return;
  try {
    await announceChanges(contentChanges(before, after), before, after);
  } catch (error) {
    // The pages still refresh within their TTL; say why they did not at once.
    console.error(`[content] could not expire the cached pages that changed: ${(error as Error).message}`);
  }
}
