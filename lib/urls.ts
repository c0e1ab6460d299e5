import type { Locale } from './locale';
import type { Route, SearchQuery } from './routing/route';
import { config } from './config';

/**
 * The public URL contract. Every link the site prints is built here, and the
 * proxy parses incoming paths with the same tables, so the two cannot drift.
 *   article   /{slug}-{id}.html          category  /{slug}?page=N
 *   tag       /chu-de/{slug}             author    /tac-gia/{slug}
 *   search    /tim-kiem?q=…              English   /en/… (author, tag, search)
 *   short     /a/{id} (redirects to the article)
 */

export const PAGE_SIZE = 20;

/** Public (localised) first segment of the tag, author and search pages. */
export const PREFIXES = {
  vi: { author: 'tac-gia', tag: 'chu-de', search: 'tim-kiem' },
  en: { author: 'author', tag: 'tag', search: 'search' },
} as const satisfies Record<Locale, Record<string, string>>;

export type Prefixed = keyof (typeof PREFIXES)['vi'];

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

export function articlePath(article: { locale: Locale; slug: string; id: number }, page = 1): string {
  return withPage(`${localePrefix(article.locale)}/${article.slug}-${article.id}.html`, page);
}

/** The anchor of a live update on its page: `#cap-nhat-{id}`. */
export const updateAnchor = (updateId: string) => `cap-nhat-${updateId}`;

/** One live update's share link: /a/{articleId}/{updateId}, a 308 to the page that holds it now. */
export const updateShortPath = (articleId: number, updateId: string) => `/${SHORT_LINK_SEGMENT}/${articleId}/${updateId}`;

/**
 * What a live page's script asks every 15 s (app/live): the updates newer than `since` (its newest
 * update's id, `-` when it has none), a few hundred bytes when there is nothing new, cached 5 s by
 * the tier. Outside the page routes: the same answer for every device and edition.
 */
export const liveCheckPath = (articleId: number, since: string | undefined) => `/live/${articleId}/${since ?? '-'}`;

function prefixedPath(locale: Locale, kind: Prefixed, slug?: string, page = 1, query?: Record<string, string>): string {
  const base = `${localePrefix(locale)}/${PREFIXES[locale][kind]}`;
  return withPage(slug ? `${base}/${slug}` : base, page, query);
}

export const tagPath = (locale: Locale, slug: string, page = 1) => prefixedPath(locale, 'tag', slug, page);
export const authorPath = (locale: Locale, slug: string, page = 1) => prefixedPath(locale, 'author', slug, page);
/** The search page's options other than the query; defaults are left out of the URL. */
export type SearchOptions = Partial<Pick<SearchQuery, 'sort' | 'section' | 'time'>>;

export function searchPath(locale: Locale, query = '', page = 1, options: SearchOptions = {}): string {
  const params: Record<string, string> = {};
  if (query) params.q = query;
  if (options.sort && options.sort !== 'relevance') params.sort = options.sort;
  if (options.section) params.section = options.section;
  if (options.time && options.time !== 'any') params.time = options.time;
  return prefixedPath(locale, 'search', undefined, page, params);
}

/** Images from the content folder; `width` asks for a resized copy (see app/media). */
export const IMAGE_WIDTHS = [320, 480, 640, 960, 1200] as const;
export type ImageWidth = (typeof IMAGE_WIDTHS)[number];

export function mediaPath(src: string, width?: ImageWidth): string {
  return width ? `/media/w${width}/${src}` : `/media/${src}`;
}

/** Our own video files: src "media/x.mp4" (under {CONTENT_DIR}/images) is served at /media/video/x.mp4 (app/media/video). */
export function videoPath(src: string): string {
  return `/media/video/${src.replace(/^media\//, '')}`;
}

/** A YouTube video: the privacy-enhanced player (loaded only after a click) and the page on youtube.com. */
export const YOUTUBE_EMBED_ORIGIN = 'https://www.youtube-nocookie.com';
export const youtubeEmbedUrl = (id: string) => `${YOUTUBE_EMBED_ORIGIN}/embed/${id}`;
export const youtubeWatchUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;

/** The short link for SMS and print: /a/{id} redirects to the canonical article URL. */
export const SHORT_LINK_SEGMENT = 'a';

/** The site's public origin: SITE_URL, so no request header ever decides an absolute URL. */
export function siteUrl(): string {
  return config.siteUrl;
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

/** Query parameter of the "Phiên bản di động / máy tính" links: the proxy remembers the choice in a cookie. */
export const VIEW_PARAM = 'view';
export const VIEW_COOKIE = 'view';

export function versionSwitchHref(targetPath: string, view: 'mobile' | 'desktop'): string {
  return `${targetPath}${targetPath.includes('?') ? '&' : '?'}${VIEW_PARAM}=${view}`;
}

/** The URL of page N of a category, tag or author listing. */
export function listingPath(locale: Locale, kind: 'category' | 'tag' | 'author', slug: string, page = 1): string {
  return kind === 'category' ? categoryPath(locale, slug, page) : prefixedPath(locale, kind, slug, page);
}

/**
 * The public URL of a route: the serializer that lib/routing/resolve.ts
 * parses back. Articles need their canonical slug, which only the content
 * knows; the 404 route has no URL of its own (its edition's home stands in).
 */
export function routePath(route: Route): string {
  const desktop = (() => {
    switch (route.kind) {
      case 'home':
      case 'not-found':
        return homePath(route.locale);
      case 'category':
      case 'tag':
      case 'author':
        return listingPath(route.locale, route.kind, route.slug, route.page);
      case 'search':
        return searchPath(route.locale, route.query, route.page, route);
      case 'article':
        return route.update !== undefined ? updateShortPath(route.id, route.update) : articlePath({ locale: route.locale, slug: route.slug, id: route.id }, route.page);
      case 'feed':
        return feedPath(route.locale, route.category);
      case 'feeds':
        return feedsPagePath(route.locale);
    }
  })();
  return route.mobile && route.kind !== 'feed' ? mobilePath(desktop) : desktop;
}

/** The page that lists every feed: /rss, /en/rss. */
export function feedsPagePath(locale: Locale): string {
  return `${localePrefix(locale)}/rss`;
}

/** /rss.xml, /rss/{category}.xml (English under /en). */
export function feedPath(locale: Locale, category?: string): string {
  return `${localePrefix(locale)}${category ? `/rss/${category}.xml` : '/rss.xml'}`;
}
