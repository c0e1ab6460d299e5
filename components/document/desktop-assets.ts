import fontFiles from '@/lib/media/font-files.json';
import { escapeMarkup } from '@/lib/text/escape';
import { assetPath } from './assets';

/**
 * What the desktop frame loads besides the HTML, as the first tags of <head>: the four fonts,
 * preloaded (decisions 013, 017: `font-display: optional`, so a face that misses the first paint
 * is skipped and never moves text), the stylesheet, and, on pages that have something to
 * enhance, the one script (deferred: it runs once the document is parsed and never blocks
 * drawing it). Written as markup, not React elements: React 19 moves preloads and stylesheets
 * around the head by its own rules, and these must come first, in this order.
 */
export function desktopAssetTags(options: { script: boolean }): string {
  const attr = (value: string) => `"${escapeMarkup(value)}"`;
  return [
    ...fontFiles.preload.map((href) => `<link rel="preload" href=${attr(href)} as="font" type="font/woff2" crossorigin="anonymous">`),
    `<link rel="stylesheet" href=${attr(assetPath('desktop.css'))}>`,
    ...(options.script ? [`<script src=${attr(assetPath('enhance.js'))} defer></script>`] : []),
  ].join('');
}
