// Draws the site's icon set from the masthead's mark (tools/site-mark.ts), rasterised by sharp
// as make-photos.ts draws the sample photos, and records a content hash per file in
// lib/seo/icon-versions.json: pages link `?v={hash}`, so the files can be cached for a year.
// Run: npm run make-icons (then commit public/ and the versions file).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { icoFromPngs } from './ico';
import { BRAND_RED, MARK, MARK_BOX, MARK_FIGURE } from './site-mark';

const ROOT = resolve(dirname(process.argv[1] ?? '.'), '..');
const { x, y, size: box } = MARK_BOX;
const viewBox = `${x} ${y} ${box} ${box}`;

/** The mark as the masthead shows it: rounded red square (transparent corners). */
const rounded = (px?: number) => svg(MARK, px);
/**
 * Red to the edges, the tower scaled about the centre: for platforms that cut their own shape
 * (iOS rounds apple-touch-icon; Android masks a "maskable" icon to a circle or squircle, keeping
 * only the middle 80%).
 */
const fullBleed = (scale: number, px?: number) => {
  const cx = x + box / 2, cy = y + box / 2;
  const figure = `<g transform="translate(${cx} ${cy}) scale(${scale}) translate(${-cx} ${-cy})">${MARK_FIGURE}</g>`;
  return svg(`<rect x="${x}" y="${y}" width="${box}" height="${box}" fill="${BRAND_RED}"/>${figure}`, px);
};

function svg(shapes: string, px?: number): string {
  const dims = px ? ` width="${px}" height="${px}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg"${dims} viewBox="${viewBox}">${shapes}</svg>`;
}

const png = (source: string) => sharp(Buffer.from(source)).png({ compressionLevel: 9, palette: true, quality: 100 }).toBuffer();

/** Public path → how to make the file. */
const FILES: Record<string, () => Promise<Buffer> | Buffer> = {
  '/favicon.ico': async () => icoFromPngs(await Promise.all([16, 32, 48].map(async (s) => ({ size: s, png: await png(rounded(s)) })))),
  '/icons/icon.svg': () => Buffer.from(`${rounded()}\n`),
  '/icons/apple-touch-icon.png': () => png(fullBleed(1, 180)),
  '/icons/icon-192.png': () => png(rounded(192)),
  '/icons/icon-512.png': () => png(rounded(512)),
  '/icons/icon-maskable-512.png': () => png(fullBleed(0.8, 512)),
};

async function main(): Promise<void> {
  const versions: Record<string, string> = {};
  for (const [path, make] of Object.entries(FILES)) {
    const data = await make();
    const file = join(ROOT, 'public', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    versions[path] = createHash('sha256').update(data).digest('hex').slice(0, 10);
    console.log(`public${path} ${data.length} B`);
  }
  writeFileSync(join(ROOT, 'lib', 'seo', 'icon-versions.json'), `${JSON.stringify(versions, null, 2)}\n`);
  console.log('lib/seo/icon-versions.json');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
