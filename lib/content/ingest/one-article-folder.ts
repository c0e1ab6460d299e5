import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatProblem } from '../records/problems';
import { loadContent } from './load-folder';

/** For tests: the bundled newsroom's site, sections and authors, two photos and a stand-in video. */
const DATA = path.join(import.meta.dirname, '../../../data');

/**
 * Loads a scratch content folder holding one article record written to `file` (under the
 * folder), beside the bundled site.json, categories.json, authors.json and two images; hands the
 * loaded index and the formatted problems to `read`, then removes the folder.
 */
export async function withOneArticle<T>(file: string, record: object, read: (loaded: { index: Awaited<ReturnType<typeof loadContent>>['index']; problems: string[] }) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'one-article-'));
  try {
    for (const name of ['site.json', 'categories.json', 'authors.json']) cpSync(path.join(DATA, name), path.join(dir, name));
    mkdirSync(path.join(dir, 'images/media'), { recursive: true });
    for (const name of ['logo.png', 'ho-guom.jpg']) cpSync(path.join(DATA, 'images', name), path.join(dir, 'images', name));
    writeFileSync(path.join(dir, 'images/media/clip.mp4'), 'not really a video');
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), JSON.stringify(record));
    const { index, problems } = await loadContent(dir);
    return await read({ index, problems: problems.map(formatProblem) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
