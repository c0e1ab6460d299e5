// Generates the illustrative sample photos in data/images (drawn SVG scenes rasterised by sharp),
// the video posters and the sample video in data/images/media (frames drawn the same way, encoded
// by ffmpeg), and the site logo. Deterministic: every scene uses a PRNG seeded by its file name.
// Run: npm run make-photos
// The drawing lives in tools/photos/: svg.ts (the kit and one scene's SVG), motifs.ts (what several
// scenes draw), scenes.ts (the photos) and video.ts (posters and video frames).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { MARK } from './site-mark';
import { POSTER_HEIGHT, POSTER_TOP, POSTERS, metroFrame } from './photos/video';
import { SCENES } from './photos/scenes';
import { W, prng, sceneSvg } from './photos/svg';

const OUT = resolve(dirname(process.argv[1] ?? '.'), '..', 'data', 'images');

/** Rasterise, soften slightly, add film grain; lower grain until the JPEG fits the size budget. */
async function writePhoto(name: string, svg: string, crop?: { top: number; height: number }): Promise<number> {
  const raster = crop ? sharp(await sharp(Buffer.from(svg)).extract({ left: 0, top: crop.top, width: W, height: crop.height }).png().toBuffer()) : sharp(Buffer.from(svg));
  const { data, info } = await raster.blur(0.6).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let jpeg = Buffer.alloc(0);
  for (const amp of [12, 9, 7, 5, 3, 1.5]) {
    const noise = prng(`${name}:grain:${amp}`), px = new Uint8ClampedArray(data.length);
    for (let i = 0; i < data.length; i += 3) {
      const d = (noise() + noise() - 1) * amp;
      px[i] = (data[i] ?? 0) + d;
      px[i + 1] = (data[i + 1] ?? 0) + d;
      px[i + 2] = (data[i + 2] ?? 0) + d;
    }
    jpeg = await sharp(Buffer.from(px.buffer), { raw: { width: info.width, height: info.height, channels: 3 } })
      .jpeg({ quality: 78, mozjpeg: true, progressive: true })
      .toBuffer();
    if (jpeg.length <= 120_000) break;
  }
  writeFileSync(join(OUT, `${name}.jpg`), jpeg);
  return jpeg.length;
}
async function writeLogo(): Promise<void> {
  const text = `<text x="66" y="45" font-family="DejaVu Serif, Liberation Serif, serif" font-weight="bold" font-size="40" fill="#a50e0e">Tin Thủ Đô</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">${MARK}${text}</svg>`;
  await sharp(Buffer.from(svg)).png().toFile(join(OUT, 'logo.png'));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const [name, draw] of Object.entries(SCENES)) {
    const bytes = await writePhoto(name, sceneSvg(name, draw));
    console.log(`${name}.jpg ${(bytes / 1024).toFixed(1)} KB`);
  }
  mkdirSync(join(OUT, 'media'), { recursive: true });
  for (const [name, draw] of Object.entries(POSTERS)) {
    const bytes = await writePhoto(name, sceneSvg(name, draw), { top: POSTER_TOP, height: POSTER_HEIGHT });
    console.log(`${name}.jpg ${(bytes / 1024).toFixed(1)} KB`);
  }
  await writeVideo('media/metro-chay-thu', metroFrame);
  await writeLogo();
  console.log('logo.png');
}

/**
 * The sample video: 48 frames of the drawn scene (4 s at 12 fps, 640×360),
 * encoded by ffmpeg (Debian: apt-get install -y ffmpeg) as H.264 without
 * sound, small enough to commit. Skipped, with a note, where ffmpeg is missing.
 */
async function writeVideo(name: string, frame: (t: number) => string): Promise<void> {
  const FRAMES = 48;
  const dir = mkdtempSync(join(tmpdir(), 'make-video-'));
  try {
    for (let i = 0; i < FRAMES; i++) {
      const svg = sceneSvg(name, () => frame(i / (FRAMES - 1)));
      await sharp(Buffer.from(svg)).extract({ left: 0, top: POSTER_TOP, width: W, height: POSTER_HEIGHT }).resize(640, 360).png().toFile(join(dir, `f${String(i).padStart(3, '0')}.png`));
    }
    const out = join(OUT, `${name}.mp4`);
    const args = ['-y', '-loglevel', 'error', '-framerate', '12', '-i', join(dir, 'f%03d.png'), '-c:v', 'libx264', '-profile:v', 'main', '-pix_fmt', 'yuv420p', '-crf', '30', '-preset', 'slow', '-movflags', '+faststart', '-an', out];
    const run = spawnSync('ffmpeg', args, { stdio: 'inherit' });
    if (run.error) return console.warn(`${name}.mp4 not made: ffmpeg is missing (${run.error.message})`);
    if (run.status !== 0) throw new Error(`ffmpeg exited with ${run.status}`);
    console.log(`${name}.mp4 ${(statSync(out).size / 1024).toFixed(1)} KB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
