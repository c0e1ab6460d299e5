import { IMAGE_WIDTHS, mediaPath, type ImageWidth } from '../urls';
import type { Format } from './encode';
import { FORMAT_TYPES } from './encode';
import { copyPath, fallbackFormat, imageVersion } from './images';

/**
 * How a layout draws a photo: the `sizes` attribute, and optionally the widest copy it may ask
 * for. The mobile site caps body photos at MOBILE_MAX_IMAGE_WIDTH: a 412 px phone at DPR 2.6
 * would otherwise take the 1200 px copy; 640 px is 1.55 device pixels per CSS pixel there, a
 * little soft on DPR-3 screens, at a third of the bytes (decision 013).
 */
export type ImageSizes = string | { sizes: string; maxWidth: ImageWidth };

export const MOBILE_MAX_IMAGE_WIDTH: ImageWidth = 640;

export interface PictureSources {
  /** <source> elements, best format first (AVIF, then WebP). */
  sources: { type: string; srcSet: string }[];
  /** The fallback <img>: the original's format. */
  src: string;
  srcSet: string;
}

/**
 * The copies a <picture> offers: AVIF, WebP and the original's format, each at the fixed widths
 * below the photo's own width (and that width itself when it is not wider than the largest),
 * never wider than `maxWidth`. URLs carry the original's stamp, so they are cached for a year.
 */
export function pictureSources(image: { src: string; width: number }, maxWidth?: number): PictureSources {
  const cap = Math.min(maxWidth ?? Infinity, IMAGE_WIDTHS.at(-1)!);
  const widths: (ImageWidth | undefined)[] = IMAGE_WIDTHS.filter((w) => w < image.width && w <= cap);
  if (image.width <= cap) widths.push(undefined); // the original's own size
  if (widths.length === 0) widths.push(IMAGE_WIDTHS[0]);
  const version = imageVersion(image.src);
  const fallback = fallbackFormat(image.src);
  const pixels = (w: ImageWidth | undefined) => w ?? image.width;
  if (!version || !fallback) {
    // The file is missing (check-content reports it): plain URLs, which answer 404.
    const srcSet = widths.map((w) => `${mediaPath(image.src, w)} ${pixels(w)}w`).join(', ');
    return { sources: [], src: mediaPath(image.src, widths.at(-1)), srcSet };
  }
  const set = (format: Format) => widths.map((w) => `${copyPath(image.src, version, format, w)} ${pixels(w)}w`).join(', ');
  const modern = (['avif', 'webp'] as const).filter((f) => f !== fallback);
  return {
    sources: modern.map((format) => ({ type: FORMAT_TYPES[format], srcSet: set(format) })),
    src: copyPath(image.src, version, fallback, widths.at(-1)),
    srcSet: set(fallback),
  };
}
