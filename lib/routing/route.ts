import { isLocale, type Locale } from '../locale';

/**
 * The typed route: what a URL asks for, once it is parsed. The proxy gets one
 * from the public URL (resolve.ts), turns it into a path of the internal route
 * tree under app/[locale] (internalPath), and the page handler there reads it
 * back (routeFromInternalPath). Page models (lib/page-model) take nothing else.
 */
export type ListingKind = 'category' | 'tag' | 'author';

interface Where {
  locale: Locale;
  /** The zero-JavaScript mobile site (/m, or an m. host). */
  mobile: boolean;
}

export type Route = Where &
  (
    | { kind: 'home' }
    | { kind: ListingKind; slug: string; page: number }
    | ({ kind: 'search' } & SearchQuery)
    /**
     * `slug` is what the URL said (maybe stale, '' for a short link): the id decides. `page`: a
     * live article's page of updates (absent on page 1); `update`: a live update's share link
     * (/a/{id}/{update}), answered with a 308 to the page that holds it.
     */
    | { kind: 'article'; id: number; slug: string; page?: number; update?: string }
    | { kind: 'feed'; category?: string }
    /** The page that lists every feed (/rss). */
    | { kind: 'feeds' }
    | { kind: 'not-found' }
  );

export type RouteKind = Route['kind'];

/** The 404 route of the same edition and version. */
export function notFoundRoute({ locale, mobile }: Where): Route {
  return { kind: 'not-found', locale, mobile };
}

/** Article ids: a positive safe integer written in at most 15 digits. The one parser of ids in URLs. */
export function parseArticleId(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,15}$/.test(text)) return undefined;
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** Page numbers: ?page=N and the internal /N segment. Absent or malformed → 1; the page model 404s past the last page. */
export const MAX_PAGE = 100_000;

export function parsePageNumber(value: string | null | undefined): number {
  if (value === null || value === undefined || !/^[1-9]\d{0,5}$/.test(value)) return 1;
  return Math.min(Number(value), MAX_PAGE);
}

/** The internal segment of a live update's share link: /article/{id}/-/u:{update}. */
const UPDATE_SEGMENT = 'u:';

/** Slugs of categories, tags and authors: lower-case a-z, 0-9 and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MAX_QUERY_LENGTH = 100;

export const SEARCH_SORTS = ['relevance', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
/** The time filter: published within the last day, week, month or year, or any time. */
export const SEARCH_TIMES = ['any', '24h', 'week', 'month', 'year'] as const;
export type SearchTime = (typeof SEARCH_TIMES)[number];

/** What the search page reads from its query string. */
export interface SearchQuery {
  query: string;
  page: number;
  /** The query was cut to MAX_QUERY_LENGTH. */
  tooLong: boolean;
  sort: SearchSort;
  time: SearchTime;
  /** A category slug (the page model ignores one the edition does not have). */
  section?: string;
}

type QueryValue = string | string[] | null | undefined;
export type SearchParams = Partial<Record<'q' | 'page' | 'sort' | 'section' | 'time', QueryValue>>;

/**
 * ?q=…&sort=newest&section=thoi-su&time=week&page=N from untrusted input:
 * first value wins; the query is NFC, spaces folded, length-capped; anything
 * else unexpected falls back to its default (relevance, any time, every
 * section, page 1). Never throws.
 */
export function parseSearchQuery(params: SearchParams): SearchQuery {
  const first = (v: QueryValue) => (Array.isArray(v) ? v[0] : v) ?? undefined;
  const raw = (first(params.q) ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const tooLong = raw.length > MAX_QUERY_LENGTH;
  const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T =>
    (list as readonly string[]).includes(value ?? '') ? (value as T) : (list[0] as T);
  const section = first(params.section);
  return {
    query: tooLong ? raw.slice(0, MAX_QUERY_LENGTH) : raw,
    page: parsePageNumber(first(params.page)),
    tooLong,
    sort: oneOf(SEARCH_SORTS, first(params.sort)),
    time: oneOf(SEARCH_TIMES, first(params.time)),
    ...(section && SLUG_PATTERN.test(section) ? { section } : {}),
  };
}

/**
 * Route → path in app/[locale]: /{locale}[/m]/{kind…}. Search keeps the
 * reader's query string beside it (the proxy passes it on); no other route
 * reads a query, so tracking parameters never make a different page.
 */
export function internalPath(route: Route): string {
  const base = `/${route.locale}${route.mobile ? '/m' : ''}`;
  switch (route.kind) {
    case 'home':
      return base;
    case 'category':
    case 'tag':
    case 'author':
      return `${base}/${route.kind}/${route.slug}/${route.page}`;
    case 'search':
      return `${base}/search`;
    case 'article': {
      const tail = route.update !== undefined ? `/${UPDATE_SEGMENT}${route.update}` : route.page !== undefined && route.page > 1 ? `/${route.page}` : '';
      return `${base}/article/${route.id}/${route.slug || '-'}${tail}`;
    }
    case 'feed':
      return `/${route.locale}/feed${route.category ? `/${route.category}` : ''}`;
    case 'feeds':
      return `${base}/feeds`;
    case 'not-found':
      return `${base}/not-found`;
  }
}

/**
 * The route of an internal path as the page handler (app/[locale]/[[...path]]) receives it: the
 * locale segment, then `m` for the mobile site, then what internalPath wrote. Also the key under
 * which the request pipeline caches a route's answers (internalPath is one string per route).
 */
export function routeFromInternalPath(localeSegment: string, segments: readonly string[], query: SearchParams = {}): Route {
  const mobile = segments[0] === 'm';
  return routeFromInternal(localeSegment, mobile, mobile ? segments.slice(1) : segments, query);
}

/** A route back from its internalPath (the cache key). */
export function routeOfKey(key: string): Route {
  const [localeSegment = '', ...segments] = key.split('/').filter(Boolean);
  return routeFromInternalPath(localeSegment, segments);
}

/**
 * The inverse of internalPath, for the frames: the locale segment, whether the
 * mobile route asked, the segments after it and (for search) the query. Any
 * shape internalPath does not make is the 404 route.
 */
export function routeFromInternal(
  localeSegment: string,
  mobile: boolean,
  segments: readonly string[],
  query: SearchParams = {},
): Route {
  const locale = isLocale(localeSegment) ? localeSegment : 'vi';
  const where = { locale, mobile };
  const [kind, key, third, fourth, ...more] = segments;
  if (more.length > 0 || (fourth !== undefined && kind !== 'article')) return notFoundRoute(where);
  switch (kind) {
    case undefined:
      return { ...where, kind: 'home' };
    case 'category':
    case 'tag':
    case 'author': {
      const page = third === undefined ? undefined : parsePageNumber(third);
      if (key === undefined || !SLUG_PATTERN.test(key) || page === undefined || String(page) !== third) break;
      return { ...where, kind, slug: key, page };
    }
    case 'search':
      if (key !== undefined) break;
      return { ...where, kind: 'search', ...parseSearchQuery(query) };
    case 'article': {
      const id = parseArticleId(key);
      if (id === undefined || third === undefined) break;
      const article = { ...where, kind: 'article' as const, id, slug: third === '-' ? '' : third };
      if (fourth === undefined) return article;
      const update = fourth.startsWith(UPDATE_SEGMENT) ? fourth.slice(UPDATE_SEGMENT.length) : undefined;
      if (update !== undefined) return SLUG_PATTERN.test(update) ? { ...article, update } : notFoundRoute(where);
      const page = parsePageNumber(fourth);
      return page > 1 && String(page) === fourth ? { ...article, page } : notFoundRoute(where);
    }
    case 'feeds':
      if (key !== undefined) break;
      return { ...where, kind: 'feeds' };
    case 'feed':
      if (mobile || third !== undefined || (key !== undefined && !SLUG_PATTERN.test(key))) break;
      return { ...where, kind: 'feed', category: key };
  }
  return notFoundRoute(where);
}
