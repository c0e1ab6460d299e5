import { cacheControl } from '../http/cache-policy';
import type { MetadataRoute } from 'next';
import { getContent, type Locale, type Site } from '../content';
import { homePath, localePrefix } from '../urls';
import versions from './icon-versions.json';

/**
 * The site's icon set (drawn by `npm run make-icons` into public/) and the
 * web app manifest of each edition. Every link carries `?v={content hash}`
 * (lib/seo/icon-versions.json, written by the same script), so the files are
 * cached for a year (next.config.ts) and a new drawing reaches readers at once.
 * Every page, desktop and mobile, links them through components/seo/IconLinks.tsx.
 */
export const THEME_COLOR = '#a50e0e';
const BACKGROUND_COLOR = '#ffffff';

type IconFile = keyof typeof versions;
const versioned = (file: IconFile) => `${file}?v=${versions[file]}`;

export interface HeadLink {
  rel: 'icon' | 'apple-touch-icon' | 'manifest';
  href: string;
  type?: string;
  sizes?: string;
}

export function manifestPath(locale: Locale): string {
  return `${localePrefix(locale)}/manifest.webmanifest`;
}

/**
 * The <link> tags of every page: the ICO (16/32/48; `sizes` keeps Chrome from
 * preferring it to the SVG), the SVG favicon, the home-screen icon and the
 * edition's manifest.
 */
export function iconLinks(locale: Locale): HeadLink[] {
  return [
    { rel: 'icon', href: versioned('/favicon.ico'), sizes: '32x32' },
    { rel: 'icon', href: versioned('/icons/icon.svg'), type: 'image/svg+xml' },
    { rel: 'apple-touch-icon', href: versioned('/icons/apple-touch-icon.png') },
    { rel: 'manifest', href: manifestPath(locale) },
  ];
}

/** The edition's manifest: what a phone shows when a reader pins the site to the home screen. */
export function webManifest(site: Site, locale: Locale): MetadataRoute.Manifest {
  const edition = site.editions[locale];
  const start = homePath(locale);
  return {
    id: start,
    name: edition.name,
    short_name: edition.name,
    description: edition.description,
    lang: locale,
    dir: 'ltr',
    start_url: start,
    // A news site read in the browser: minimal-ui keeps back and reload where the platform has it.
    display: 'minimal-ui',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: versioned('/icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: versioned('/icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: versioned('/icons/icon-maskable-512.png'), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: versioned('/icons/icon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

/** /manifest.webmanifest and /en/manifest.webmanifest: names come from the content's site.json. */
export async function manifestResponse(locale: Locale): Promise<Response> {
  const { site } = await getContent();
  return new Response(JSON.stringify(webManifest(site, locale)), {
    headers: {
      'Content-Type': 'application/manifest+json; charset=utf-8',
      'Cache-Control': cacheControl('manifest'),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
