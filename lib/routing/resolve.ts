import type { Locale } from '../content/schema';
import { SECTION_SEGMENTS, SHORT_LINK_SEGMENT, parseArticleSegment, type Section } from '../urls';

/**
 * Maps a public URL onto the internal route tree under app/[locale]. The
 * proxy calls this for every page request; the function is pure so that the
 * whole URL contract is unit-tested without a server.
 *
 *   /                         → /vi
 *   /thoi-su?page=2           → /vi/category/thoi-su/2
 *   /{slug}-{id}.html         → /vi/article/{id}/{slug}
 *   /a/{id}                   → /vi/article/{id}/- (short link: the route check redirects to the canonical URL)
 *   /chu-de/{tag}?page=2      → /vi/tag/{tag}/2
 *   /tac-gia/{author}         → /vi/author/{author}/1
 *   /tim-kiem?q=…             → /vi/search?q=…
 *   /rss.xml, /rss/{cat}.xml  → /vi/feed, /vi/feed/{cat}
 *   /en/…                     → /en/… (same shapes, English section names)
 *   /m/…, /en/m/…             → the mobile twin: /{locale}/m/… (same shapes)
 *   Host m.example.vn         → the mobile twin at the plain paths
 *   /vi/…                     → 308 to the same path without /vi
 *   anything else             → /{locale}/not-found (the 404 page)
 */
export type Resolution =
  | { kind: 'rewrite'; path: string; keepQuery: boolean; locale: Locale; mobile: boolean }
  | { kind: 'redirect'; location: string };

const MAX_PAGE = 100_000;

/** ?page=N → N; absent, malformed or out of range → 1 (the page itself 404s past its last page). */
export function parsePageParam(value: string | null): number {
  if (value === null || !/^[1-9]\d{0,5}$/.test(value)) return 1;
  return Math.min(Number(value), MAX_PAGE);
}

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a public path lands in app/[locale]: /{locale}[/m]{path}. */
function internalPath(locale: Locale, mobile: boolean, path: string): string {
  return `/${locale}${mobile ? '/m' : ''}${path}`;
}

/** The 404 page of an edition, desktop or mobile. */
export function notFoundPath(locale: Locale, mobile: boolean): string {
  return internalPath(locale, mobile, '/not-found');
}

export function resolvePublicPath(pathname: string, search: URLSearchParams, options: { mobileHost?: boolean } = {}): Resolution {
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0];
  if (first === 'vi') {
    const rest = `/${segments.slice(1).join('/')}`;
    const qs = search.toString();
    return { kind: 'redirect', location: qs ? `${rest}?${qs}` : rest };
  }
  const locale: Locale = first === 'en' ? 'en' : 'vi';
  if (locale === 'en') segments.shift();
  const mobilePrefix = segments[0] === 'm';
  if (mobilePrefix) segments.shift();
  const mobile = mobilePrefix || options.mobileHost === true;
  const page = parsePageParam(search.get('page'));
  const rewrite = (path: string, keepQuery = false): Resolution => ({
    kind: 'rewrite',
    path: internalPath(locale, mobile, path),
    keepQuery,
    locale,
    mobile,
  });
  const notFound = rewrite('/not-found');

  const [head, second, ...more] = segments;
  if (head === undefined) return rewrite('');

  const section = sectionOf(locale, head);
  if (section) {
    if (section === 'search') return second === undefined ? rewrite('/search', true) : notFound;
    if (second === undefined || more.length > 0 || !SEGMENT.test(second)) return notFound;
    return rewrite(`/${section}/${second}/${page}`);
  }

  if (head === SHORT_LINK_SEGMENT && second !== undefined && more.length === 0) {
    return /^[1-9]\d{0,14}$/.test(second) ? rewrite(`/article/${second}/-`) : notFound;
  }

  if (head === 'rss.xml' && second === undefined) return rewrite('/feed');
  if (head === 'rss' && second !== undefined && more.length === 0) {
    const category = /^([a-z0-9-]+)\.xml$/.exec(second)?.[1];
    return category ? rewrite(`/feed/${category}`) : notFound;
  }

  if (second !== undefined) return notFound;
  const article = parseArticleSegment(head);
  if (article) return rewrite(`/article/${article.id}/${article.slug || '-'}`);
  if (SEGMENT.test(head)) return rewrite(`/category/${head}/${page}`);
  return notFound;
}

function sectionOf(locale: Locale, segment: string): Section | undefined {
  const table = SECTION_SEGMENTS[locale];
  return (Object.keys(table) as Section[]).find((s) => table[s] === segment);
}
