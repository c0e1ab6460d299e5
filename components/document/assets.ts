import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '@/lib/config';

/**
 * The desktop site's two static files, served by app/media/site/[file] under a name that carries a
 * hash of their content, so browsers and the cache tier keep them a year (decision 021):
 *   desktop.{hash}.css   styles/fonts.css + styles/desktop.css
 *   enhance.{hash}.js    client/enhance.js, the one script (progressive enhancement, no framework)
 * Read from disk once per process (every request in development, so an edit shows on reload).
 * The mobile site inlines its own CSS (stylesheet() below) and runs no script.
 */
export type AssetName = 'desktop.css' | 'enhance.js';

export interface Asset {
  name: AssetName;
  /** The public path: /media/site/desktop.{hash}.css. */
  path: string;
  hash: string;
  contentType: string;
  body: Buffer;
}

const SOURCES: Record<AssetName, { files: string[]; contentType: string }> = {
  'desktop.css': { files: ['styles/fonts.css', 'styles/desktop.css'], contentType: 'text/css; charset=utf-8' },
  'enhance.js': { files: ['client/enhance.js'], contentType: 'text/javascript; charset=utf-8' },
};

export const ASSET_FOLDER = '/media/site';

const built = new Map<AssetName, Asset>();

function read(file: string): string {
  return readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), file), 'utf8');
}

/** Comments and indentation out (block comments, and in scripts whole-line `//` ones); lines stay lines. */
function strip(text: string, kind: 'css' | 'js'): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !(kind === 'js' && line.startsWith('//')))
    .join('\n');
}

export function asset(name: AssetName): Asset {
  const cached = config.nodeEnv === 'development' ? undefined : built.get(name);
  if (cached) return cached;
  const source = SOURCES[name];
  const kind = name.endsWith('.css') ? 'css' : 'js';
  const body = Buffer.from(source.files.map((file) => strip(read(file), kind)).join('\n'));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const [base, extension] = name.split('.') as [string, string];
  const made: Asset = { name, path: `${ASSET_FOLDER}/${base}.${hash}.${extension}`, hash, contentType: source.contentType, body };
  built.set(name, made);
  return made;
}

/** The public path of an asset, for a page to link. */
export function assetPath(name: AssetName): string {
  return asset(name).path;
}

/**
 * What a request for /media/site/{file} names: the current file, a version of it that is no
 * longer current (a page cached before a deploy asks for it: it is sent to the current one),
 * or nothing.
 */
export function findAsset(file: string): { asset: Asset; current: boolean } | undefined {
  const match = /^([a-z]+)\.([0-9a-f]{10})\.(css|js)$/.exec(file);
  if (!match) return undefined;
  const name = `${match[1]}.${match[3]}`;
  if (!(name in SOURCES)) return undefined;
  const current = asset(name as AssetName);
  return { asset: current, current: current.hash === match[2] };
}

const stylesheets = new Map<string, string>();

/** A stylesheet from styles/, read once and lightly minified (comments and indentation): the mobile site inlines it. */
export function stylesheet(name: string): string {
  let css = stylesheets.get(name);
  if (css === undefined) {
    css = read(`styles/${name}`)
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*\n\s*/g, '')
      .replace(/\s*([{};:,>])\s*/g, '$1')
      .replace(/;}/g, '}');
    stylesheets.set(name, css);
  }
  return css;
}
