import type { Locale } from './content/schema';

/**
 * The public URL contract. Every link the site prints is built here, and the
 * proxy parses incoming paths with the same tables, so the two cannot drift.
 *   article   /{slug}-{id}.html          category  /{slug}?page=N
 *   tag       /chu-de/{slug}             author    /tac-gia/{slug}
 *   search    /tim-kiem?q=…              English   /en/… (author, tag, search)
 *   short     /a/{id} (redirects to the article)
 */

export const PAGE_SIZE = 20;

/** Public (localised) first segment of the section routes → internal route folder. */
export const SECTION_SEGMENTS = {
  vi: { author: 'tac-gia', tag: 'chu-de', search: 'tim-kiem' },
  en: { author: 'author', tag: 'tag', search: 'search' },
} as const satisfies Record<Locale, Record<string, string>>;

export type Section = keyof (typeof SECTION_SEGMENTS)['vi'];

export function localePrefix(locale: Locale): string {
  return locale === 'vi' ? '' : `/${locale}`;
}

function withPage(path: string, page: number, query: Record<string, string> = {}): string {
  const params = new URLSearchParams(query);
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export function homePath(locale: Locale): string {
  return localePrefix(locale) || '/';
}

export function categoryPath(locale: Locale, slug: string, page = 1): string {
  return withPage(`${localePrefix(locale)}/${slug}`, page);
}

export function articlePath(article: { locale: Locale; slug: string; id: number }): string {
  return `${localePrefix(article.locale)}/${article.slug}-${article.id}.html`;
}

export function sectionPath(locale: Locale, section: Section, slug?: string, page = 1, query?: Record<string, string>): string {
  const base = `${localePrefix(locale)}/${SECTION_SEGMENTS[locale][section]}`;
  return withPage(slug ? `${base}/${slug}` : base, page, query);
}

export const tagPath = (locale: Locale, slug: string, page = 1) => sectionPath(locale, 'tag', slug, page);
export const authorPath = (locale: Locale, slug: string, page = 1) => sectionPath(locale, 'author', slug, page);
export const searchPath = (locale: Locale, query = '', page = 1) =>
  sectionPath(locale, 'search', undefined, page, query ? { q: query } : {});

/** Images from the content folder; `width` asks for a resized copy (see app/media). */
export const IMAGE_WIDTHS = [320, 480, 640, 960, 1200] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];

export function mediaPath(src: string, width?: ImageWidth): string {
  return width ? `/media/w${width}/${src}` : `/media/${src}`;
}

/** The short link for SMS and print: /a/{id} redirects to the canonical article URL. */
export const SHORT_LINK_SEGMENT = 'a';

/** "/{slug}-{id}.html" → { slug, id }. The id decides; the slug may be stale. */
export function parseArticleSegment(segment: string): { slug: string; id: number } | undefined {
  const match = /^(?:([a-z0-9-]*)-)?(\d{1,15})\.html$/i.exec(segment);
  if (!match?.[2]) return undefined;
  const id = Number(match[2]);
  return Number.isSafeInteger(id) && id > 0 ? { slug: match[1] ?? '', id } : undefined;
}

/** The site's public origin: SITE_URL, so no request header ever decides an absolute URL. */
export function siteUrl(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The mobile site mirrors every desktop path under /m (/en/m for English):
 *   /                → /m              /thoi-su?page=2 → /m/thoi-su?page=2
 *   /en/news         → /en/m/news      /x-1000.html    → /m/x-1000.html
 */
export function mobilePath(desktop: string): string {
  const [path = '/', query] = desktop.split('?', 2) as [string, string?];
  const en = path === '/en' || path.startsWith('/en/');
  const rest = en ? path.slice(3) : path;
  const mobile = `${en ? '/en' : ''}/m${rest === '/' ? '' : rest}`;
  return query ? `${mobile}?${query}` : mobile;
}

/** The inverse of mobilePath; a path without /m is returned unchanged. */
export function desktopPath(mobile: string): string {
  const [path = '/', query] = mobile.split('?', 2) as [string, string?];
  const match = /^(\/en)?\/m(\/.*)?$/.exec(path);
  const desktop = match ? `${match[1] ?? ''}${match[2] ?? ''}` || '/' : path;
  return query ? `${desktop}?${query}` : desktop;
}

/** Query parameter of the "Phiên bản di động / máy tính" links: the proxy remembers the choice in a cookie. */
export const VIEW_PARAM = 'view';
export const VIEW_COOKIE = 'view';

export function versionSwitchHref(targetPath: string, view: 'mobile' | 'desktop'): string {
  return `${targetPath}${targetPath.includes('?') ? '&' : '?'}${VIEW_PARAM}=${view}`;
}

/** The URL of page N of a category, tag or author listing. */
export function listingPath(locale: Locale, kind: 'category' | 'tag' | 'author', slug: string, page = 1): string {
  return kind === 'category' ? categoryPath(locale, slug, page) : sectionPath(locale, kind, slug, page);
}
