import type { Sql } from 'postgres';
import { peekSingleton, setSingleton, singleton } from '../singletons';
import type { MemoryIndex } from './memory/memory-index';
import { PostgresStore } from './postgres/store';
import { formatProblem } from './records/problems';
import { config } from '../config';
import type { ContentStore } from './store/contract';
import { loadContent, loadEditorial, type LoadOptions, type LoadResult } from './ingest/load-folder';
import type { ContentProblem } from './records/problems';

/**
 * Which store this process serves from, and the one instance of it. CONTENT_STORE picks:
 * `memory` (the default: CONTENT_DIR indexed in this process, replaced whole by reloadMemory) or
 * `postgres` (DATABASE_URL: one connection pool, migrations applied when it opens). Both are held
 * in the process's singletons so that every route bundle shares them.
 */
export type StoreKind = 'memory' | 'postgres';

/** CONTENT_STORE: `memory` (the default) or `postgres`. */
export function storeKind(): StoreKind {
  return config.contentStore;
}

/** The folder the site reads: CONTENT_DIR, or ./data. */
export function contentDir(): string {
  return config.contentDir;
}

/** The store pages, feeds, sitemaps, search and the proxy read. */
export function getContent(): Promise<ContentStore> {
  return storeKind() === 'postgres' ? postgresStore() : memoryIndex();
}

const MEMORY = 'content-memory-index';
type MemoryHolder = { dir: string; promise: Promise<MemoryIndex> };

/** The in-memory index of CONTENT_DIR, loaded once, replaced whole by reloadMemory. */
export function memoryIndex(): Promise<MemoryIndex> {
  const dir = contentDir();
  const current = peekSingleton<MemoryHolder>(MEMORY);
  if (current && current.dir === dir) return current.promise;
  const promise = loadAndReport(dir).then((result) => result.index);
  setSingleton<MemoryHolder>(MEMORY, { dir, promise });
  return promise;
}

/** Counts reloads, so that a slower, older reload never replaces a newer one. */
const reloads = () => singleton('content-memory-reloads', () => ({ generation: 0 }));

/**
 * Reads the content folder again, in the background, and swaps the new index in when it is
 * complete: requests meanwhile are served from the old one. If the folder has become unusable
 * (site.json broken, folder gone), the old index stays and the reason is logged.
 */
export async function reloadMemory(): Promise<{ before?: MemoryIndex; after: MemoryIndex } | undefined> {
  const dir = contentDir();
  const counter = reloads();
  const mine = ++counter.generation;
  const current = peekSingleton<MemoryHolder>(MEMORY);
  try {
    const previous = current && current.dir === dir ? await current.promise.catch(() => undefined) : undefined;
    const { index, hasArticlesFolder } = await loadAndReport(dir, { background: true, previous });
    // Mid-deploy, articles/ may be missing for a moment: an empty site is never better than the last one.
    if (!hasArticlesFolder) {
      console.error('[content] reload skipped: the articles/ folder is missing; still serving the previous content');
      return undefined;
    }
    if (mine !== counter.generation) return undefined;
    setSingleton<MemoryHolder>(MEMORY, { dir, promise: Promise.resolve(index) });
    return { before: previous, after: index };
  } catch (error) {
    console.error(`[content] reload failed, still serving the previous content: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * front-page.json or breaking.json saved, and nothing else: read again over the articles being
 * served, and swapped in (no re-read of the articles). Undefined when nothing is loaded yet.
 */
export async function reloadMemoryEditorial(): Promise<{ before: MemoryIndex; after: MemoryIndex } | undefined> {
  const dir = contentDir();
  const current = peekSingleton<MemoryHolder>(MEMORY);
  if (!current || current.dir !== dir) return undefined;
  const before = await current.promise;
  const { editorial, problems, notices } = loadEditorial(dir, before);
  logProblems(dir, problems, notices);
  const after = before.withEditorial(editorial);
  reloads().generation++;
  setSingleton<MemoryHolder>(MEMORY, { dir, promise: Promise.resolve(after) });
  return { before, after };
}

async function loadAndReport(dir: string, options?: LoadOptions): Promise<LoadResult> {
  const result = await loadContent(dir, options);
  logProblems(dir, result.problems, result.notices);
  return result;
}

function logProblems(dir: string, problems: ContentProblem[], notices: ContentProblem[]): void {
  if (problems.length > 0) {
    console.error(
      `[content] ${problems.length} problem(s) in ${dir}; the records named here are skipped:\n` + problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
  for (const notice of notices) console.log(`[content] ${formatProblem(notice)}`);
}

const POSTGRES = 'content-postgres-store';

/** The PostgreSQL store of this process: one connection pool, opened once (migrations applied). */
export function postgresStore(): Promise<PostgresStore> {
  const held = peekSingleton<Promise<PostgresStore>>(POSTGRES);
  if (held) return held;
  const opening = PostgresStore.open({ url: config.databaseUrl }).catch((error: unknown) => {
    setSingleton(POSTGRES, undefined);
    throw error;
  });
  setSingleton(POSTGRES, opening);
  return opening;
}

/**
 * The database the content lives in, when it lives in one (PostgreSQL store), else undefined:
 * state that belongs beside the content (the "Đọc nhiều" counts) is kept there, so that several
 * instances add up.
 */
export async function contentDatabase(): Promise<Sql | undefined> {
  return storeKind() === 'postgres' ? (await postgresStore()).sql : undefined;
}
