import sharp, { type Sharp } from 'sharp';

/** The formats a copy is made in: AVIF and WebP for browsers that take them, the original's type as the fallback. */
export const FORMATS = ['avif', 'webp', 'jpg', 'png'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMAT_TYPES: Record<Format, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/**
 * Encoder settings, chosen by looking at the seed's photos side by side at 640 px (decision 013):
 * AVIF q50 keeps the fine stripes that q45 smears, at about half the bytes of JPEG q76; effort 2
 * costs ~7 % more bytes than effort 4 and encodes 5–10 times faster. WebP q75 matches JPEG q76
 * to the eye at ~60 % of its bytes. Changing a setting must bump ENCODING_VERSION: it is part of
 * every copy's URL, so browsers and CDNs holding year-long copies fetch the new ones.
 */
export const ENCODING_VERSION = 1;

function encoder(image: Sharp, format: Format): Sharp {
  switch (format) {
    case 'avif':
      return image.avif({ quality: 50, effort: 2 });
    case 'webp':
      return image.webp({ quality: 75, effort: 4 });
    case 'jpg':
      return image.jpeg({ quality: 76, mozjpeg: true, progressive: true });
    case 'png':
      return image.png({ compressionLevel: 9 });
  }
}

// libvips keeps decoded images and operations in its own cache (50 MB by default): copies go to
// disk once, so that cache would only hold memory. At most two encodes run at once (the machine's
// cores); the rest wait their turn, so a burst of new photos does not multiply memory.
sharp.cache(false);
const MAX_ENCODES = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  while (running >= MAX_ENCODES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Writes `original` resized to `width` (never enlarged; the original's width when undefined) in
 * `format` to `out`. Streams from file to file: the JavaScript heap never holds the image, and JPEG
 * originals are decoded already shrunk (libvips shrink-on-load), so a 4000 px original costs little.
 */
export function encodeCopy(original: string, width: number | undefined, format: Format, out: string): Promise<void> {
  return inTurn(async () => {
    const image = sharp(original).rotate(); // EXIF orientation, as browsers show the original
    if (width) image.resize({ width, withoutEnlargement: true });
    await encoder(image, format).toFile(out);
  });
}
