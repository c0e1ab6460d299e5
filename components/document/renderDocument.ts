import { createRequire } from 'node:module';
import type { ReactElement } from 'react';
import { escapeMarkup } from '@/lib/text/escape';

/**
 * Renders pure React components to a complete HTML document: no client JavaScript, no hydration
 * payload (decision 021). Both frames are drawn here. The bundler refuses a static import of
 * react-dom/server in app code, so it is loaded at run time.
 */
const require = createRequire(import.meta.url);
const { renderToStaticMarkup } = require('react-dom/server') as typeof import('react-dom/server');

export interface DocumentParts {
  lang: string;
  title: string;
  /** Markup for the start of <head>, right after the title (the desktop frame's fonts, stylesheet and script). */
  assets?: string;
  /** Tags for <head> (meta, link, script), already React elements. */
  head: ReactElement;
  /** Inlined into <style> after the head's tags (the mobile site: the page arrives in one response). */
  css?: string;
  body: ReactElement;
}

export function renderDocument({ lang, title, assets = '', head, css, body }: DocumentParts): string {
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeMarkup(title)}</title>${assets}${renderToStaticMarkup(head)}${css === undefined ? '' : `<style>${css}</style>`}</head>` +
    `<body>${renderToStaticMarkup(body)}</body></html>`
  );
}

/** One piece of markup on its own (a part put into a cached page per request: pipeline/per-request.ts). */
export function renderFragment(element: ReactElement): string {
  return renderToStaticMarkup(element);
}
