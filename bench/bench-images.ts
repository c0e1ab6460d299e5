// `npm run bench-images [-- --photos 1000 --dir /tmp/bench-images]`: memory of the image route
// with an archive of big originals. Makes a content folder of N noise photos, 4000×3000 JPEG
// (a few MB each, like a newsroom's originals; made once, then reused), then asks lib/media for
// every photo at every width in every format, two at a time (the encoder's limit), reading each
// answer to the end as the route does, and prints the process's RSS at the start, every 500
// requests and at the end, with the disk cache's size. The copies' cache is bounded
// (IMAGE_CACHE_BYTES, 256 MB here unless set) so eviction runs throughout.
// It calls the module in-process (loadImage, the function behind /media/…), so the figure is the
// media code's own, not a server's page cache. Options: --photos N, --dir D, --formats avif,webp,jpg, --every N (report interval),
// --make-only (make the folder and stop: then run again, so the RSS at the start is the module's).
import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { config } from '../lib/config';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const PHOTOS = Number(option('photos', '1000'));
const DIR = path.resolve(option('dir', path.join(os.tmpdir(), 'tin-thu-do-bench-images')));
const FORMATS = option('formats', 'avif,webp,jpg').split(',');
const REPORT_EVERY = Number(option('every', '500'));
const CONCURRENCY = 2;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** N distinct files (each its own cache entries) from a few noise originals: making 1,000 would take longer than the bench. */
async function makePhotos(images: string): Promise<number> {
  await mkdir(images, { recursive: true });
  const have = (await readdir(images)).filter((f) => f.endsWith('.jpg')).length;
  if (have >= PHOTOS) return have;
  const seeds: string[] = [];
  for (let s = 0; s < 2; s++) {
    const file = path.join(DIR, `seed-${s}.jpg`);
    const noise = sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 + 10 * s } } });
    await noise.jpeg({ quality: 80 }).toFile(file);
    seeds.push(file);
  }
  for (let i = have; i < PHOTOS; i++) await copyFile(seeds[i % seeds.length]!, path.join(images, `photo-${String(i).padStart(4, '0')}.jpg`));
  return PHOTOS;
}

async function main() {
  const images = path.join(DIR, 'images');
  const start = Date.now();
  const count = await makePhotos(images);
  const sizes = await Promise.all((await readdir(images)).slice(0, 4).map(async (f) => (await stat(path.join(images, f))).size));
  console.log(`${count} photos 4000×3000 in ${images} (${mb(Math.min(...sizes))}–${mb(Math.max(...sizes))} each), ready in ${((Date.now() - start) / 1000).toFixed(0)} s`);
  // Making the photos grows this process (sharp's noise); measure in a fresh one.
  if (process.argv.includes('--make-only')) return;

  process.env.CONTENT_DIR = DIR;
  process.env.STATE_DIR = path.join(DIR, 'state');
  process.env.IMAGE_CACHE_BYTES ??= String(256 * 1024 * 1024);
  await rm(config.stateDir, { recursive: true, force: true });
  const { IMAGE_WIDTHS } = await import('../lib/urls');
  const { imageCache, loadImage, parseImagePath } = await import('../lib/media/images');

  const files = (await readdir(images)).filter((f) => f.endsWith('.jpg')).sort();
  const paths = files.flatMap((f) => IMAGE_WIDTHS.flatMap((w) => FORMATS.map((format) => [`w${w}`, `${f}.${format}`])));
  let peak = 0;
  const report = (done: number) => {
    const { rss, heapUsed } = process.memoryUsage();
    peak = Math.max(peak, rss);
    const cache = imageCache().stats();
    const rate = done === 0 ? 0 : done / ((Date.now() - t0) / 1000);
    console.log(`${String(done).padStart(6)} requests  RSS ${mb(rss).padStart(7)}  heap ${mb(heapUsed).padStart(6)}  disk cache ${cache.files} files ${mb(cache.bytes)}  ${rate.toFixed(1)} req/s`);
  };

  console.log(`${paths.length} requests: ${files.length} photos × widths ${IMAGE_WIDTHS.join(', ')} × ${FORMATS.join(', ')}; cache bound ${mb(config.imageCacheBytes)}`);
  const t0 = Date.now();
  report(0);
  let next = 0;
  let done = 0;
  let bytes = 0;
  async function worker() {
    while (next < paths.length) {
      const [width, file] = paths[next++]!;
      // The stamp is looked up like the route's URL would carry it: parse the plain name, then ask for the format.
      const plain = parseImagePath([width!, file!.replace(/\.(avif|webp|jpg)$/, '')])!;
      const format = /\.(avif|webp|jpg)$/.exec(file!)![1] as 'avif' | 'webp' | 'jpg';
      const answer = await loadImage({ ...plain, format });
      if (answer?.kind !== 'file') throw new Error(`no image for ${width}/${file}`);
      for await (const chunk of answer.handle.createReadStream()) bytes += (chunk as Buffer).length;
      done++;
      if (done % REPORT_EVERY === 0) report(done);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  report(done);
  console.log(`done: ${done} copies, ${mb(bytes)} served, peak RSS ${mb(peak)}, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
