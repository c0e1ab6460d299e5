import path from 'node:path';
import type { ContentIndex } from './content-index';
import { loadContent } from './load';
import { formatProblem } from './model';

export type { ContentIndex, Page } from './content-index';
export type * from './model';
export type { Locale, Image, Inline } from './schema';

/** The folder the site reads: CONTENT_DIR, or ./data. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'data');
}

const KEY = Symbol.for('tin-thu-do.content-index');
type Holder = { dir: string; promise: Promise<ContentIndex> };
const holder = globalThis as typeof globalThis & { [KEY]?: Holder };

/**
 * The content index, loaded once per server process (held on globalThis so
 * every route bundle shares it). Problems are logged once and the bad records
 * skipped; a missing content folder rejects with one clear sentence.
 */
export function getContent(): Promise<ContentIndex> {
  const dir = contentDir();
  const current = holder[KEY];
  if (current && current.dir === dir) return current.promise;
  const promise = loadContent(dir).then(({ index, problems }) => {
    if (problems.length > 0) {
      console.error(
        `[content] ${problems.length} problem(s) in ${dir}; the records named here are skipped:\n` +
          problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
      );
    }
    return index;
  });
  holder[KEY] = { dir, promise };
  return promise;
}
