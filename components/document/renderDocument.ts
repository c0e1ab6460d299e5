import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';
import { escapeMarkup } from '@/lib/text/escape';

/**
 * Renders pure React components to a complete HTML document, outside the App
 * Router: no client JavaScript, no hydration payload. Used where a page must
 * be plain HTML (the mobile site, the 404 response). The bundler refuses a
 * static import of react-dom/server in app code, so it is loaded at run time.
 */
const require = createRequire(import.meta.url);
const { renderToStaticMarkup } = require('react-dom/server') as typeof import('react-dom/server');

export interface DocumentParts {
  lang: string;
  title: string;
  /** Inlined into <style>: the page arrives in one response. */
  css: string;
  /** Extra tags for <head> (meta, link), already rendered as React elements. */
  head?: ReactElement;
  body: ReactElement;
}

export function renderDocument({ lang, title, css, head, body }: DocumentParts): string {
  const headMarkup = head ? renderToStaticMarkup(head) : '';
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeMarkup(title)}</title>${headMarkup}<style>${css}</style></head>` +
    `<body>${renderToStaticMarkup(body)}</body></html>`
  );
}

const cssCache = new Map<string, string>();

/** A stylesheet from styles/, read once and lightly minified (comments and indentation). */
export function stylesheet(name: string): string {
  let css = cssCache.get(name);
  if (css === undefined) {
    const raw = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'styles', name), 'utf8');
    css = raw
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*\n\s*/g, '')
      .replace(/\s*([{};:,>])\s*/g, '$1')
      .replace(/;}/g, '}');
    cssCache.set(name, css);
  }
  return css;
}
