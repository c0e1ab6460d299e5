import { watch } from 'node:fs';
import { contentDir, reloadContent } from './index';

/**
 * Publishing without a restart: when a file under CONTENT_DIR changes, the
 * whole folder is read again (lib/content/index.ts reloadContent) and the new
 * index replaces the old one. Changes arriving together (an editor saving an
 * article and its photos) are taken in one reload, QUIET_MS after the last.
 * A new article's URL answers at once; listings that are already cached show
 * it when their cache expires (revalidate = 300 s).
 *
 * Off with CONTENT_WATCH=0 (e.g. when deploys replace the folder and restart).
 */
const QUIET_MS = 500;
const RELEVANT = /\.(json|jpe?g|png|webp)$/i;

export function watchContent(onReload?: (articleCount: number, ms: number) => void): () => void {
  const dir = contentDir();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending = false;

  const reload = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    const started = performance.now();
    const index = await reloadContent();
    const ms = Math.round(performance.now() - started);
    if (index) {
      console.log(`[content] reloaded after a change: ${index.articleCount} articles (${ms} ms)`);
      onReload?.(index.articleCount, ms);
    }
    running = false;
    if (pending) {
      pending = false;
      schedule();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), QUIET_MS);
  };

  const cannotWatch = (error: Error) => console.error(`[content] cannot watch ${dir}: ${error.message}; restart the server to publish changes`);
  let watcher: ReturnType<typeof watch>;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, (_event, file) => {
      if (!file || RELEVANT.test(file)) schedule();
    });
  } catch (error) {
    cannotWatch(error as Error);
    return () => {};
  }
  watcher.on('error', cannotWatch);
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
