import path from 'node:path';
import sharp, { type OverlayOptions, type Sharp } from 'sharp';
import type { Site } from '../content';
import { imageFile } from './images';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, type PreviewSubject } from './preview';

/**
 * Draws the 1200×630 JPEG behind a preview URL (see ./preview.ts). Text is set
 * with Be Vietnam Pro from @expo-google-fonts (full TTF with the Vietnamese
 * glyphs) through sharp's Pango renderer, so the card looks the same on every
 * machine, whatever fonts the system has.
 */
const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@expo-google-fonts', 'be-vietnam-pro');
const FONTS = {
  regular: { file: path.join(FONT_DIR, '400Regular', 'BeVietnamPro_400Regular.ttf'), name: 'Be Vietnam Pro' },
  bold: { file: path.join(FONT_DIR, '700Bold', 'BeVietnamPro_700Bold.ttf'), name: 'Be Vietnam Pro Bold' },
};

const BRAND = '#a50e0e';
const BAND = '#7d0a0a';
const MARGIN = 80;
const TEXT_WIDTH = PREVIEW_WIDTH - 2 * MARGIN;
const BAND_HEIGHT = 86;

export async function renderPreview(subject: PreviewSubject): Promise<Buffer | undefined> {
  if (subject.kind === 'article' && subject.article.cover) {
    const photo = await imageFile(subject.article.cover.src);
    if (!photo) return undefined;
    return jpeg(sharp(photo).resize(PREVIEW_WIDTH, PREVIEW_HEIGHT, { fit: 'cover', position: sharp.strategy.attention }));
  }
  const site = subject.site;
  if (subject.kind === 'edition') {
    const edition = site.editions[subject.locale];
    const name = await text(edition.name, 'bold', 96, { width: TEXT_WIDTH });
    const tagline = await text(edition.tagline, 'regular', 40, { width: TEXT_WIDTH, color: '#ffe9e9' });
    const top = Math.round((PREVIEW_HEIGHT - BAND_HEIGHT - name.height - 24 - tagline.height) / 2);
    return card(site, subject.locale, [
      { input: name.data, left: MARGIN, top },
      { input: tagline.data, left: MARGIN, top: top + name.height + 24 },
    ]);
  }
  const { article } = subject;
  const section = await text(article.category.name.toLocaleUpperCase(article.locale), 'bold', 30, { width: TEXT_WIDTH, color: '#ffd7d7' });
  const headline = await text(article.title, 'bold', 64, { width: TEXT_WIDTH, maxHeight: PREVIEW_HEIGHT - BAND_HEIGHT - 170 });
  return card(site, article.locale, [
    { input: section.data, left: MARGIN, top: 64 },
    { input: headline.data, left: MARGIN, top: 130 },
  ]);
}

/** Brand background, the site's name and tagline in a band along the bottom, plus the given layers. */
async function card(site: Site, locale: 'vi' | 'en', layers: OverlayOptions[]): Promise<Buffer> {
  const edition = site.editions[locale];
  const band = await text(`<b>${escapeMarkup(edition.name)}</b>  ·  ${escapeMarkup(edition.tagline)}`, 'regular', 28, {
    width: TEXT_WIDTH,
    maxHeight: BAND_HEIGHT - 20,
    markup: true,
  });
  const bandTop = PREVIEW_HEIGHT - BAND_HEIGHT;
  const bandShape = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${BAND_HEIGHT}"><rect width="100%" height="100%" fill="${BAND}"/></svg>`,
  );
  return jpeg(
    sharp({ create: { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, channels: 3, background: BRAND } }).composite([
      ...layers,
      { input: bandShape, left: 0, top: bandTop },
      { input: band.data, left: MARGIN, top: bandTop + Math.round((BAND_HEIGHT - band.height) / 2) },
    ]),
  );
}

interface TextOptions {
  width: number;
  /** Shrinks the text to fit this height when it runs longer. */
  maxHeight?: number;
  color?: string;
  /** The text is already Pango markup. */
  markup?: boolean;
}

async function text(content: string, weight: keyof typeof FONTS, size: number, options: TextOptions): Promise<{ data: Buffer; height: number }> {
  const font = FONTS[weight];
  const markup = `<span foreground="${options.color ?? '#ffffff'}">${options.markup ? content : escapeMarkup(content)}</span>`;
  const render = (fit?: number) =>
    sharp({
      text: {
        text: markup,
        font: `${font.name} ${size}`,
        fontfile: font.file,
        width: options.width,
        height: fit,
        // A word longer than the line (a hashtag, a URL) is broken rather than overflowing.
        wrap: 'word-char',
        spacing: Math.round(size * 0.22),
        rgba: true,
      },
    })
      .png()
      .toBuffer({ resolveWithObject: true });
  let result = await render();
  if (options.maxHeight && result.info.height > options.maxHeight) result = await render(options.maxHeight);
  // Pango may still lay out wider than asked (one glyph cluster per line at most); never let a layer outgrow the card.
  if (result.info.width > options.width || (options.maxHeight && result.info.height > options.maxHeight)) {
    const fitted = await sharp(result.data)
      .resize({ width: options.width, height: options.maxHeight, fit: 'inside' })
      .png()
      .toBuffer({ resolveWithObject: true });
    result = fitted;
  }
  return { data: result.data, height: result.info.height };
}

/**
 * Text for Pango markup: entities escaped; control characters (invalid
 * markup) and emoji (the font has none: they would draw as boxes) removed.
 */
export function escapeMarkup(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function jpeg(image: Sharp): Promise<Buffer> {
  return image.jpeg({ quality: 82, mozjpeg: true, progressive: true }).toBuffer();
}
