import type { Sql } from 'postgres';
import { contentSynced, databaseCall, poolSize, watchContent } from '../metrics';
import { peekSingleton, setSingleton, singleton } from '../singletons';
import type { MemoryIndex } from './memory/memory-index';
import { PostgresStore, READ_CONNECTIONS, SEARCH_CONNECTIONS } from './postgres/store';
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
  void promise.then((index) => ready(index), () => {});
  return promise;
}

const READY = 'content-ready';

/** The store has loaded (memory) or opened and read its taxonomy (PostgreSQL): /readyz may say so. */
function ready(store: ContentStore): void {
  setSingleton(READY, true);
  watchContent({ articles: () => store.articleCount() });
  contentSynced();
}

/** Content is loaded: the first load of the folder, or the PostgreSQL store's opening, is done. */
export function contentReady(): boolean {
  return peekSingleton<boolean>(READY) === true;
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
    ready(index);
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

/**
 * The PostgreSQL store of this process: its pools opened once (migrations applied). Every call
 * that goes to the database is counted while it waits (tin_db_calls_in_flight) and its errors
 * (tin_db_errors_total): lib/metrics.
 */
export function postgresStore(): Promise<PostgresStore> {
  const held = peekSingleton<Promise<PostgresStore>>(POSTGRES);
  if (held) return held;
  const opening = PostgresStore.open({ url: config.databaseUrl })
    .then((store) => {
      poolSize('read', READ_CONNECTIONS);
      poolSize('search', SEARCH_CONNECTIONS);
      const counted = countedCalls(store);
      ready(counted);
      return counted;
    })
    .catch((error: unknown) => {
      setSingleton(POSTGRES, undefined);
      throw error;
    });
  setSingleton(POSTGRES, opening);
  return opening;
}

/** The store, each of its calls that returns a promise counted by lib/metrics while it waits. */
function countedCalls(store: PostgresStore): PostgresStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      // Methods only: the pools (sql, searchSql) are functions too, and pass through as they are.
      if (typeof Object.getOwnPropertyDescriptor(PostgresStore.prototype, key)?.value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        const done = databaseCall();
        return result.then(
          (answer) => {
            done();
            return answer;
          },
          (error: unknown) => {
            done(error);
            throw error;
          },
        );
      };
    },
  });
}

/**
 * Whether this instance can serve (GET /readyz): its content is loaded and, on the PostgreSQL
 * store, the database answers a query within `timeoutMs`. `reason` says what is missing.
 */
export async function contentReadiness(timeoutMs: number): Promise<{ ready: boolean; reason: string }> {
  if (!contentReady()) return { ready: false, reason: 'the content is not loaded yet' };
  if (storeKind() !== 'postgres') return { ready: true, reason: 'content loaded' };
  const answers = await (await postgresStore()).ping(timeoutMs);
  return answers ? { ready: true, reason: 'content loaded, database answers' } : { ready: false, reason: `the database did not answer within ${timeoutMs} ms` };
}

/**
 * The database the content lives in, when it lives in one (PostgreSQL store), else undefined:
 * state that belongs beside the content (the "Đọc nhiều" counts) is kept there, so that several
 * instances add up.
 */
export async function contentDatabase(): Promise<Sql | undefined> {
  return storeKind() === 'postgres' ? (await postgresStore()).sql : undefined;
}
