import { DEFAULT_LOCALE, type Locale } from '../locale';
import { PREFIXES, SHORT_LINK_SEGMENT, type Prefixed } from '../urls';
import { notFoundRoute, parseArticleId, parsePageNumber, parseSearchQuery, SLUG_PATTERN, type Route, type SearchParams } from './route';

/**
 * Parses a public URL into a typed Route: the one parser of the URL contract
 * whose serializer is routePath in lib/urls.ts. Pure, so the whole contract
 * is unit-tested without a server.
 *
 *   /                         home               /{slug}-{id}.html    article {id}
 *   /thoi-su?page=2           category page 2    /a/{id}              article {id}, no slug (short link)
 *   /chu-de/{tag}?page=2      tag                /a/{id}/{update}     a live update (308 to its page)
 *   /{slug}-{id}.html?page=2  a live article's page 2             /tac-gia/{author}    author
 *   /tim-kiem?q=…&sort=newest&section=…&time=week  search
 *                                                           /rss.xml, /rss/{c}.xml  feed;  /rss  the feeds page
 *   /en/…                     the same shapes, English prefixes
 *   /m/…, /en/m/…, m. host    the mobile twin (mobile: true)
 *   /vi/…, a trailing slash   the same route, with `respell`: its canonical spelling (one 308)
 *   anything else             the 404 route of the edition
 */
export type Resolution = { kind: 'route'; route: Route; respell?: string };

export function resolvePublicPath(pathname: string, search: URLSearchParams, options: { mobileHost?: boolean } = {}): Resolution {
  const segments = pathname.split('/').filter(Boolean);
  const legacyPrefix = segments[0] === DEFAULT_LOCALE;
  if (legacyPrefix) segments.shift();
  const spelled = `/${segments.join('/')}`;
  const respell = legacyPrefix || (pathname !== spelled && pathname !== '/') ? withQuery(spelled, search) : undefined;
  const locale: Locale = segments[0] === 'en' ? 'en' : DEFAULT_LOCALE;
  if (locale === 'en') segments.shift();
  const mobilePrefix = segments[0] === 'm';
  if (mobilePrefix) segments.shift();
  const where = { locale, mobile: mobilePrefix || options.mobileHost === true };
  return { kind: 'route', route: parseSegments(where, segments, search), respell };
}

function withQuery(path: string, search: URLSearchParams): string {
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

function parseSegments(where: { locale: Locale; mobile: boolean }, segments: string[], search: URLSearchParams): Route {
  const { locale } = where;
  const notFound = notFoundRoute(where);
  const page = parsePageNumber(search.get('page'));
  const [head, second, ...more] = segments;
  if (head === undefined) return { ...where, kind: 'home' };

  const prefixed = prefixOf(locale, head);
  if (prefixed === 'search') {
    return second === undefined ? { ...where, kind: 'search', ...parseSearchQuery(searchParams(search)) } : notFound;
  }
  if (prefixed) {
    if (second === undefined || more.length > 0 || !SLUG_PATTERN.test(second)) return notFound;
    return { ...where, kind: prefixed, slug: second, page };
  }

  if (head === SHORT_LINK_SEGMENT && second !== undefined && more.length <= 1) {
    const id = /^[1-9]/.test(second) ? parseArticleId(second) : undefined;
    const [update] = more;
    if (update !== undefined) return id && update.length <= 60 && SLUG_PATTERN.test(update) ? { ...where, kind: 'article', id, slug: '', update } : notFound;
    return id ? { ...where, kind: 'article', id, slug: '' } : notFound;
  }

  if (head === 'rss.xml' && second === undefined) return { ...where, kind: 'feed' };
  if (head === 'rss' && second === undefined) return { ...where, kind: 'feeds' };
  if (head === 'rss' && second !== undefined && more.length === 0) {
    const category = /^([a-z0-9-]+)\.xml$/.exec(second)?.[1];
    return category && SLUG_PATTERN.test(category) ? { ...where, kind: 'feed', category } : notFound;
  }

  if (second !== undefined) return notFound;
  const article = /^(?:([a-z0-9-]*)-)?(\d{1,15})\.html$/i.exec(head);
  if (article) {
    const id = parseArticleId(article[2]);
    // ?page=N: a live article's page of updates (an ordinary article has only page 1: the page model 404s the rest).
    return id ? { ...where, kind: 'article', id, slug: article[1] ?? '', ...(page > 1 && { page }) } : notFound;
  }
  if (SLUG_PATTERN.test(head)) return { ...where, kind: 'category', slug: head, page };
  return notFound;
}

function searchParams(search: URLSearchParams): SearchParams {
  return { q: search.getAll('q'), page: search.get('page'), sort: search.get('sort'), section: search.get('section'), time: search.get('time') };
}

function prefixOf(locale: Locale, segment: string): Prefixed | undefined {
  const table = PREFIXES[locale];
  return (Object.keys(table) as Prefixed[]).find((s) => table[s] === segment);
}

