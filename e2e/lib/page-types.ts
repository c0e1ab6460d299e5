import { ENDED_LIVE, LIVE } from './live';
import { CORRECTED_ARTICLE, GALLERY_ARTICLE, SEED, VIDEO_FILE_ARTICLE, YOUTUBE_ARTICLE } from './site';

/**
 * Every kind of HTML page the site serves, once per edition, with a URL that
 * shows it. Suite-wide checks (HTML validity, …) walk this list, so a new
 * page kind is checked everywhere by adding it here.
 *
 * The feeds (/rss.xml, /rss/{category}.xml) and sitemaps are XML, not HTML:
 * sitemaps.spec.ts and feeds.spec.ts check them; /rss is the HTML page that
 * lists the feeds.
 */
export interface PageType {
  name: string;
  /** The desktop URL; the mobile twin is derived from it (see mobileTwin). */
  path: string;
  status: 200 | 404;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'section', path: '/thoi-su', status: 200 },
  { name: 'section page 2', path: '/thoi-su?page=2', status: 200 },
  { name: 'article (seed)', path: SEED.path, status: 200 },
  { name: 'article with a photo gallery', path: GALLERY_ARTICLE.path, status: 200 },
  { name: 'article with a video file', path: VIDEO_FILE_ARTICLE.path, status: 200 },
  { name: 'article with a YouTube video', path: YOUTUBE_ARTICLE.path, status: 200 },
  { name: 'article with an update and a correction', path: CORRECTED_ARTICLE.path, status: 200 },
  { name: 'live article, page 1', path: LIVE.path, status: 200 },
  { name: 'live article, page 3', path: `${LIVE.path}?page=3`, status: 200 },
  { name: 'tag', path: '/chu-de/thanh-uy-ha-noi', status: 200 },
  { name: 'author', path: '/tac-gia/tu-linh', status: 200 },
  { name: 'search form', path: '/tim-kiem', status: 200 },
  { name: 'search with results', path: '/tim-kiem?q=ha+noi', status: 200 },
  { name: 'search with results, page 2', path: '/tim-kiem?q=ha+noi&page=2', status: 200 },
  { name: 'search without results', path: '/tim-kiem?q=khongcobaivietnao', status: 200 },
  { name: 'search, filtered, newest first, few results', path: '/tim-kiem?q=luong+cuong&sort=newest&section=chinh-tri', status: 200 },
  { name: 'feeds page', path: '/rss', status: 200 },
  { name: '404', path: '/khong-ton-tai', status: 404 },
  { name: 'English home', path: '/en', status: 200 },
  { name: 'English section', path: '/en/business', status: 200 },
  { name: 'English article', path: '/en/exporters-rush-year-end-orders-through-northern-ports-1064.html', status: 200 },
  { name: 'English live article, ended', path: ENDED_LIVE.path, status: 200 },
  { name: 'English tag', path: '/en/tag/hanoi', status: 200 },
  { name: 'English author', path: '/en/author/lan-anh', status: 200 },
  { name: 'English search with results', path: '/en/search?q=hanoi', status: 200 },
  { name: 'English search without results', path: '/en/search?q=nothingmatchesthis', status: 200 },
  { name: 'English feeds page', path: '/en/rss', status: 200 },
  { name: 'English 404', path: '/en/no-such-page', status: 404 },
];

/** The mobile twin of a desktop path: /m/… and /en/m/…. */
export function mobileTwin(path: string): string {
  if (path === '/en' || path.startsWith('/en/') || path.startsWith('/en?')) return `/en/m${path.slice(3)}`;
  return path === '/' ? '/m' : `/m${path}`;
}

/** Desktop and mobile versions of every page type. */
export function allPages(): { name: string; path: string; status: number }[] {
  return PAGE_TYPES.flatMap((p) => [p, { ...p, name: `mobile ${p.name}`, path: mobileTwin(p.path) }]);
}

/**
 * Validator warnings that stay, each with the reason. A warning not listed
 * here fails the HTML check like an error.
 */
export const ACCEPTED_HTML_WARNINGS: readonly { message: RegExp; reason: string }[] = [];
