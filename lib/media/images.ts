import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { contentDir } from '../content';
import { IMAGE_WIDTHS, type ImageWidth } from '../urls';

export interface ImageRequest {
  /** Relative to {CONTENT_DIR}/images. */
  src: string;
  width?: ImageWidth;
}

const SEGMENT = /^[a-z0-9_-]+(?:\.[a-z0-9]+)?$/i;
const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

/** ["w480", "2022", "photo.jpg"] → { width: 480, src: "2022/photo.jpg" }; anything else → undefined (404). */
export function parseImagePath(segments: string[]): ImageRequest | undefined {
  let width: ImageWidth | undefined;
  const rest = [...segments];
  const sized = /^w(\d+)$/.exec(rest[0] ?? '');
  if (sized) {
    width = IMAGE_WIDTHS.find((w) => w === Number(sized[1]));
    if (!width) return undefined;
    rest.shift();
  }
  if (rest.length === 0 || !rest.every((s) => SEGMENT.test(s))) return undefined;
  const src = rest.join('/');
  return TYPES[path.extname(src).toLowerCase()] ? { src, width } : undefined;
}

/** Resized copies are kept in memory (bounded): each width of each photo is encoded once per process. */
const cache = new Map<string, { body: Buffer; type: string }>();
const CACHE_LIMIT = 500;

export async function loadImage(request: ImageRequest): Promise<{ body: Buffer; type: string } | undefined> {
  const key = `${request.width ?? 0}/${request.src}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const root = path.join(/*turbopackIgnore: true*/ contentDir(), 'images');
  const file = path.join(root, request.src);
  if (!file.startsWith(root + path.sep)) return undefined;
  let original: Buffer;
  try {
    original = await readFile(file);
  } catch {
    return undefined;
  }
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  let result = { body: original, type };
  if (request.width) {
    const resized = sharp(original).resize({ width: request.width, withoutEnlargement: true });
    result =
      type === 'image/png'
        ? { body: await resized.png({ compressionLevel: 9 }).toBuffer(), type }
        : { body: await resized.jpeg({ quality: 76, mozjpeg: true, progressive: true }).toBuffer(), type: 'image/jpeg' };
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, result);
  return result;
}
