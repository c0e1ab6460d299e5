import { getContent } from './index';
import { ContentConfigError } from './load';
import { watchContent } from './watch';

/**
 * Called once at server start: the first reader does not pay for loading, and
 * a missing content folder stops start-up with one clear sentence instead of
 * failing on every request. Then the folder is watched, so that publishing
 * needs no restart (lib/content/watch.ts).
 */
export async function preloadContent(): Promise<void> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    const index = await getContent();
    console.log(`[content] ${index.articleCount} articles loaded`);
    if (process.env.CONTENT_WATCH !== '0') watchContent();
  } catch (error) {
    if (error instanceof ContentConfigError) {
      console.error(`Cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
