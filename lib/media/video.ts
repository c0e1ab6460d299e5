import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../content';

/**
 * Our own video files: /media/video/{path}.mp4 is {CONTENT_DIR}/images/media/{path}.mp4.
 * Browsers play video by asking for byte ranges, so answers honour Range (206).
 */
const SEGMENT = /^[a-z0-9_-]+$/i;
const FILE = /^[a-z0-9_-]+\.mp4$/i;

/** ["2022", "clip.mp4"] → the file on disk; anything else (other types, "..", dots) → undefined. */
export function videoFile(segments: string[]): string | undefined {
  const last = segments.at(-1);
  if (!last || !FILE.test(last) || !segments.slice(0, -1).every((s) => SEGMENT.test(s))) return undefined;
  return path.join(/*turbopackIgnore: true*/ contentDir(), 'images', 'media', ...segments);
}

export type ByteRange = { start: number; end: number };

/**
 * A single "bytes=" range against a file of `size` bytes: the range to send,
 * 'unsatisfiable' (416), or undefined for "send it all" (no header, or one we do not serve, like several ranges).
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/** The file's size, or undefined when there is no such file. */
export async function videoSize(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes start..end (inclusive) of the file. */
export async function readBytes(file: string, { start, end }: ByteRange): Promise<Uint8Array<ArrayBuffer>> {
  const handle = await open(file, 'r');
  try {
    const body = new Uint8Array(end - start + 1);
    const { bytesRead } = await handle.read(body, 0, body.length, start);
    return bytesRead === body.length ? body : body.slice(0, bytesRead);
  } finally {
    await handle.close();
  }
}
