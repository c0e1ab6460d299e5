import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ReadResult } from '../records/validate';

/**
 * Every file below `root` whose name ends with one of `extensions`, as paths relative to root (with
 * "/"); with `recursive: false`, only the files directly in root.
 */
export async function listFiles(root: string, extensions: readonly string[], { recursive = true } = {}): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    await Promise.all(
      entries.map(async (entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return recursive ? walk(full) : undefined;
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

/**
 * JSON.parse with every string normalised to NFC (Vietnamese text arrives in
 * both forms). Normalising the text before parsing is 2.5× faster than a
 * reviver and gives the same strings, since JSON's syntax is ASCII; only \u
 * escapes (which could spell a decomposed letter) need the per-string pass.
 */
export function parseJsonNfc(text: string): unknown {
  if (!text.includes('\\u')) return JSON.parse(text.normalize('NFC'));
  return JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? value.normalize('NFC') : value));
}

/** U+FEFF, the byte-order mark Windows editors (Notepad, Excel's "UTF-8" CSV export) put at the start of a UTF-8 file. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Reads one JSON file. Synchronous on purpose: for 100,000 small files a plain
 * read loop is three times faster than promises through libuv's thread pool
 * (3.4 s vs 10 s). A reload while serving reads in paced slices (./pacer.ts).
 * A UTF-8 byte-order mark at the start is dropped (JSON.parse refuses it): every
 * record, site.json to front-page.json, is read here, so all of them accept one,
 * and saving a file again with one does not change its revision.
 */
export function readJson(file: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (text.startsWith(BYTE_ORDER_MARK)) text = text.slice(BYTE_ORDER_MARK.length);
  try {
    return { ok: true, value: parseJsonNfc(text), revision: createHash('sha1').update(text).digest('base64url').slice(0, 16) };
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
  }
}
