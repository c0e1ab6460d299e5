import { createHash } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../content';
import type { CachePolicy } from '../http/cache-policy';
import { IMAGE_WIDTHS, type ImageWidth } from '../urls';
import { DiskCache } from './disk-cache';
import { ENCODING_VERSION, FORMAT_TYPES, FORMATS, encodeCopy, type Format } from './encode';
import { singleton } from '../singletons';
import { config } from '../config';

export interface ImageRequest {
  /** Relative to {CONTENT_DIR}/images. */
  src: string;
  width?: ImageWidth;
  /** A copy in this format (…/photo.jpg.{version}.avif); undefined: the original's format. */
  format?: Format;
  /** The stamp of the original this URL was made for (…/photo.jpg.{version}.avif). */
  version?: string;
}

const SEGMENT = /^[a-z0-9_-]+(?:\.[a-z0-9]+)?$/i;
/** "photo.jpg.k3f9a2c1.avif": a copy of photo.jpg as it was at stamp k3f9a2c1, in AVIF. */
const VERSIONED = /^([a-z0-9_-]+\.[a-z0-9]+)\.([0-9a-f]{8})\.([a-z]+)$/i;
const ORIGINAL_FORMATS: Record<string, Format> = { '.jpg': 'jpg', '.jpeg': 'jpg', '.png': 'png', '.webp': 'webp' };

/** The format copies of `src` fall back to: the original's own (jpg, png or webp). */
export function fallbackFormat(src: string): Format | undefined {
  return ORIGINAL_FORMATS[path.extname(src).toLowerCase()];
}

/**
 * ["w480", "2022", "photo.jpg"] → { width: 480, src: "2022/photo.jpg" };
 * ["w480", "photo.jpg.k3f9a2c1.avif"] → { width: 480, src: "photo.jpg", version, format: "avif" };
 * anything else (a bad width, "..", an unknown type or format) → undefined (404).
 */
export function parseImagePath(segments: string[]): ImageRequest | undefined {
  let width: ImageWidth | undefined;
  const rest = [...segments];
  const sized = /^w(\d+)$/.exec(rest[0] ?? '');
  if (sized) {
    width = IMAGE_WIDTHS.find((w) => w === Number(sized[1]));
    if (!width) return undefined;
    rest.shift();
  }
  let format: Format | undefined;
  let version: string | undefined;
  const versioned = VERSIONED.exec(rest.at(-1) ?? '');
  if (versioned) {
    format = FORMATS.find((f) => f === versioned[3]!.toLowerCase());
    if (!format) return undefined;
    version = versioned[2]!.toLowerCase();
    rest[rest.length - 1] = versioned[1]!;
  }
  if (rest.length === 0 || !rest.every((s) => SEGMENT.test(s))) return undefined;
  const src = rest.join('/');
  const fallback = fallbackFormat(src);
  if (!fallback) return undefined;
  // A copy is AVIF, WebP or the original's own format: no PNG of a JPEG, no JPEG of a PNG.
  if (format && format !== 'avif' && format !== 'webp' && format !== fallback) return undefined;
  return { src, width, format, version };
}

/** The URL of a copy: /media/w{width}/{src}.{version}.{format}, or /media/{src}.{version}.{format} at the original's size. */
export function copyPath(src: string, version: string, format: Format, width?: ImageWidth): string {
  return `/media/${width ? `w${width}/` : ''}${src}.${version}.${format}`;
}

function imagesRoot(): string {
  return path.join(/*turbopackIgnore: true*/ contentDir(), 'images');
}

/** The file behind a src, or undefined when the src would leave the images folder. */
function originalFile(src: string): string | undefined {
  const root = imagesRoot();
  const file = path.join(root, src);
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** Bytes of the original behind a src (a feed's enclosure length); undefined when it is missing. */
export function imageFileSize(src: string): number | undefined {
  const file = originalFile(src);
  try {
    return file ? statSync(file).size : undefined;
  } catch {
    return undefined;
  }
}

/** The original behind a src, when it is a file inside the images folder. */
export async function imageFile(src: string): Promise<string | undefined> {
  const file = originalFile(src);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  return info?.isFile() ? file : undefined;
}

/** 8 hex characters that change when the original is replaced (mtime, size) or the encoder settings change. */
function stampOf(info: Stats): string {
  return createHash('sha1').update(`${info.mtimeMs}:${info.size}:${ENCODING_VERSION}`).digest('hex').slice(0, 8);
}

const VERSION_TTL_MS = 5_000;
const VERSION_LIMIT = 5_000;
const versions = new Map<string, { stamp: string | undefined; at: number }>();

/**
 * The current stamp of a photo, for the URLs a page links (undefined when the file is missing).
 * Pages render synchronously, so this stats the file synchronously; the answer is kept 5 s (at
 * most 5,000 photos), so a page with 20 photos costs at most 20 stat calls every 5 s.
 */
export function imageVersion(src: string): string | undefined {
  const now = Date.now();
  const known = versions.get(src);
  if (known && now - known.at < VERSION_TTL_MS) return known.stamp;
  const file = originalFile(src);
  let stamp: string | undefined;
  try {
    stamp = file ? stampOf(statSync(file)) : undefined;
  } catch {
    stamp = undefined;
  }
  versions.delete(src);
  if (versions.size >= VERSION_LIMIT) versions.delete(versions.keys().next().value as string);
  versions.set(src, { stamp, at: now });
  return stamp;
}



/** The copies' disk cache: {STATE_DIR}/images, IMAGE_CACHE_BYTES (default 512 MB), shared by every route bundle. */
export function imageCache(): DiskCache {
  return singleton('image-cache', () => new DiskCache(path.join(config.stateDir, 'images'), config.imageCacheBytes));
}

export type ImageAnswer =
  | { kind: 'file'; handle: FileHandle; size: number; type: string; policy: CachePolicy }
  /** The URL names an older version of the photo: the current URL. */
  | { kind: 'moved'; location: string };

/**
 * The answer for a parsed /media path: the original (streamed), or a copy from the disk cache
 * (made on first request); undefined when there is no such photo. Versioned URLs are immutable;
 * the plain ones (/media/{src}, /media/w{width}/{src}, used by feeds and sitemaps) get a week.
 */
export async function loadImage(request: ImageRequest): Promise<ImageAnswer | undefined> {
  const file = originalFile(request.src);
  const fallback = fallbackFormat(request.src);
  if (!file || !fallback) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const stamp = stampOf(info);
  const format = request.format ?? fallback;
  if (request.version && request.version !== stamp) {
    return { kind: 'moved', location: copyPath(request.src, stamp, format, request.width) };
  }
  const policy: CachePolicy = request.version ? 'immutable' : 'media';
  const type = FORMAT_TYPES[format];
  if (!request.width && !request.format) {
    const handle = await open(file).catch(() => undefined);
    return handle && { kind: 'file', handle, size: info.size, type, policy };
  }
  const name = createHash('sha1').update(`${file}\0${stamp}\0${request.width ?? 0}`).digest('hex') + `.${format}`;
  const copy = await imageCache().open(name, (tmp) => encodeCopy(file, request.width, format, tmp));
  return { kind: 'file', ...copy, type, policy };
}
