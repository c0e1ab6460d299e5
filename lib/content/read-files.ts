import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** Every file below `root` whose name ends with one of `extensions`, as paths relative to root (with "/"). */
export async function listFiles(root: string, extensions: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return walk(full);
        if (entry.isFile() && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
          out.push(path.relative(root, full).split(path.sep).join('/'));
        }
      }),
    );
  }
  await walk(root);
  return out.sort();
}

export async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** JSON.parse with every string normalised to NFC (Vietnamese text arrives in both forms). */
export function parseJsonNfc(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value));
}

export type ReadResult = { ok: true; value: unknown } | { ok: false; message: string };

export async function readJson(file: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  try {
    return { ok: true, value: parseJsonNfc(text) };
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
  }
}

/** Run `fn` over items with at most `limit` in flight (keeps file handles bounded on big archives). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
