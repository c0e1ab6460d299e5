import path from 'node:path';
import type { MemoryIndex } from './memory-index';
import type { ContentStore } from './store';
import { ContentConfigError, loadContent, type LoadOptions, type LoadResult } from './load';
import { postgresStore } from './postgres/runtime';
import { formatProblem } from './model';

export type { ContentStore, Page, SearchHit, SearchRequest, SearchResults } from './store';
export type * from './model';
export type { GalleryBlock, Image, Inline, VideoBlock } from './schema';
export type { Locale } from '../locale';

/** The folder the site reads: CONTENT_DIR, or ./data. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'data');
}

const KEY = Symbol.for('tin-thu-do.content-index');
type Holder = { dir: string; promise: Promise<MemoryIndex> };
const holder = globalThis as typeof globalThis & { [KEY]?: Holder };

/**
 * The content index, loaded when the server starts (held on globalThis so
 * every route bundle shares it) and replaced whole by reloadContent. Problems
 * are logged and the bad records skipped; a missing content folder rejects
 * with one clear sentence.
 */
export function getContent(): Promise<ContentStore> {
  return storeKind() === 'postgres' ? postgresStore() : memoryIndex();
}

export type StoreKind = 'memory' | 'postgres';

/** CONTENT_STORE: `memory` (the default: the folder, indexed in this process) or `postgres` (DATABASE_URL). */
export function storeKind(): StoreKind {
  const kind = process.env.CONTENT_STORE || 'memory';
  if (kind === 'memory' || kind === 'postgres') return kind;
  throw new ContentConfigError(`CONTENT_STORE must be "memory" or "postgres", not "${kind}".`);
}

/** The in-memory index of CONTENT_DIR, loaded once, replaced whole by reloadContent. */
export function memoryIndex(): Promise<MemoryIndex> {
  const dir = contentDir();
  const current = holder[KEY];
  if (current && current.dir === dir) return current.promise;
  const promise = loadAndReport(dir).then((result) => result.index);
  holder[KEY] = { dir, promise };
  return promise;
}

/** Counts reloads, so that a slower, older reload never replaces a newer one. */
let generation = 0;

/**
 * Reads the content folder again, in the background, and swaps the new index
 * in when it is complete: requests meanwhile are served from the old one. If
 * the folder has become unusable (site.json broken, folder gone), the old
 * index stays and the reason is logged.
 */
export async function reloadContent(): Promise<{ before?: MemoryIndex; after: MemoryIndex } | undefined> {
  const dir = contentDir();
  const mine = ++generation;
  const current = holder[KEY];
  try {
    const previous = current && current.dir === dir ? await current.promise.catch(() => undefined) : undefined;
    const { index, hasArticlesFolder } = await loadAndReport(dir, { background: true, previous });
    // Mid-deploy, articles/ may be missing for a moment: an empty site is never better than the last one.
    if (!hasArticlesFolder) {
      console.error('[content] reload skipped: the articles/ folder is missing; still serving the previous content');
      return undefined;
    }
    if (mine !== generation) return undefined;
    holder[KEY] = { dir, promise: Promise.resolve(index) };
    return { before: previous, after: index };
  } catch (error) {
    console.error(`[content] reload failed, still serving the previous content: ${(error as Error).message}`);
    return undefined;
  }
}

async function loadAndReport(dir: string, options?: LoadOptions): Promise<LoadResult> {
  const result = await loadContent(dir, options);
  const { problems } = result;
  if (problems.length > 0) {
    console.error(
      `[content] ${problems.length} problem(s) in ${dir}; the records named here are skipped:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
  return result;
}
