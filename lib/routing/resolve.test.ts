import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePublicPath } from './resolve';
import { internalPath, parsePageNumber as parsePageParam, routeFromInternal, routeFromInternalPath, routeOfKey } from './route';

const resolve = (url: string, options?: { mobileHost?: boolean }) => {
  const u = new URL(url, 'http://x');
  return resolvePublicPath(u.pathname, u.searchParams, options);
};
/** What the proxy does with a URL: redirect, or rewrite onto the internal tree (search keeps its query). */
const proxied = (resolution: ReturnType<typeof resolvePublicPath>) => {
  if (resolution.respell) return { kind: 'redirect', location: resolution.respell };
  const { route } = resolution;
  return { kind: 'rewrite', path: internalPath(route), keepQuery: route.kind === 'search', locale: route.locale, mobile: route.mobile };
};
const r = (url: string) => proxied(resolve(url));
const rewrite = (path: string, keepQuery = false) => ({
  kind: 'rewrite',
  path,
  keepQuery,
  locale: path.startsWith('/en') ? 'en' : 'vi',
  mobile: /^\/(vi|en)\/m(\/|$)/.test(path),
});

test('home pages of both editions', () => {
  assert.deepEqual(r('/'), rewrite('/vi'));
  assert.deepEqual(r('/en'), rewrite('/en'));
  // A trailing slash is respelled by the proxy (Next used to do it): one 308 to /en.
  assert.deepEqual(r('/en/'), { kind: 'redirect', location: '/en' });
});

test('articles: the id decides, the slug is passed on for the canonical check', () => {
  assert.deepEqual(r('/ha-noi-chu-dong-1000.html'), rewrite('/vi/article/1000/ha-noi-chu-dong'));
  assert.deepEqual(r('/en/hanoi-news-1060.html'), rewrite('/en/article/1060/hanoi-news'));
  assert.deepEqual(r('/1000.html'), rewrite('/vi/article/1000/-'));
  // Short links carry no slug: the route check redirects them to the canonical URL.
  assert.deepEqual(r('/a/1000'), rewrite('/vi/article/1000/-'));
  assert.deepEqual(r('/a/1000?utm_source=sms'), rewrite('/vi/article/1000/-'));
  assert.deepEqual(r('/m/a/1000'), rewrite('/vi/m/article/1000/-'));
  for (const bad of ['/a/0', '/a/abc', '/a/1e3', '/a/-1', '/a/1000/Sai_Id', '/a/1000/x/y']) assert.deepEqual(r(bad), rewrite('/vi/not-found'), bad);
});

test('live articles: ?page=N is a page of updates; /a/{id}/{update} shares one update', () => {
  assert.deepEqual(r('/truc-tiep-1080.html?page=3'), rewrite('/vi/article/1080/truc-tiep/3'));
  assert.deepEqual(r('/truc-tiep-1080.html?page=1'), rewrite('/vi/article/1080/truc-tiep'));
  assert.deepEqual(r('/m/truc-tiep-1080.html?page=2&utm_source=zalo'), rewrite('/vi/m/article/1080/truc-tiep/2'));
  assert.deepEqual(r('/a/1080/bao-do-bo'), rewrite('/vi/article/1080/-/u:bao-do-bo'));
  assert.deepEqual(r('/m/a/1080/bao-do-bo'), rewrite('/vi/m/article/1080/-/u:bao-do-bo'));
  assert.deepEqual(routeFromInternalPath('vi', ['article', '1080', 'truc-tiep', '3']), { kind: 'article', locale: 'vi', mobile: false, id: 1080, slug: 'truc-tiep', page: 3 });
  assert.deepEqual(routeFromInternalPath('vi', ['m', 'article', '1080', '-', 'u:bao-do-bo']), { kind: 'article', locale: 'vi', mobile: true, id: 1080, slug: '', update: 'bao-do-bo' });
  for (const bad of [['article', '1080', 'x', '1'], ['article', '1080', 'x', '03'], ['article', '1080', 'x', 'u:Sai'], ['category', 'thoi-su', '1', '2']]) {
    assert.equal(routeFromInternalPath('vi', bad).kind, 'not-found', bad.join('/'));
  }
});

test('categories with ?page', () => {
  assert.deepEqual(r('/thoi-su'), rewrite('/vi/category/thoi-su/1'));
  assert.deepEqual(r('/thoi-su?page=2'), rewrite('/vi/category/thoi-su/2'));
  assert.deepEqual(r('/thoi-su?page=abc'), rewrite('/vi/category/thoi-su/1'));
  assert.deepEqual(r('/en/news?page=3&utm_source=x'), rewrite('/en/category/news/3'));
});

test('localised section names', () => {
  assert.deepEqual(r('/chu-de/ha-noi?page=2'), rewrite('/vi/tag/ha-noi/2'));
  assert.deepEqual(r('/tac-gia/tu-linh'), rewrite('/vi/author/tu-linh/1'));
  assert.deepEqual(r('/tim-kiem?q=ha+noi'), rewrite('/vi/search', true));
  assert.deepEqual(r('/en/tag/hanoi'), rewrite('/en/tag/hanoi/1'));
  assert.deepEqual(r('/en/search?q=x'), rewrite('/en/search', true));
});

test('feeds', () => {
  assert.deepEqual(r('/rss.xml'), rewrite('/vi/feed'));
  assert.deepEqual(r('/rss/thoi-su.xml'), rewrite('/vi/feed/thoi-su'));
  assert.deepEqual(r('/en/rss.xml'), rewrite('/en/feed'));
});

test('internal route names and unknown shapes are 404s', () => {
  for (const path of ['/category/thoi-su/2', '/article/1000/x', '/tag/ha-noi', '/search', '/thoi-su/2', '/a/b/c', '/Thoi Su', '/en/chu-de/x', '/tac-gia', '/feed']) {
    const res = r(path);
    assert.equal(res.kind, 'rewrite', path);
    assert.match((res as { path: string }).path, /\/not-found$|^\/vi\/category\/(tag|search|article|feed)\/1$/, path);
  }
  assert.deepEqual(r('/thoi-su/2'), rewrite('/vi/not-found'));
  assert.deepEqual(r('/en/chu-de/x'), rewrite('/en/not-found'));
});

test('/vi prefix redirects to the canonical root paths, keeping the query', () => {
  assert.deepEqual(r('/vi'), { kind: 'redirect', location: '/' });
  assert.deepEqual(r('/vi/thoi-su?page=2'), { kind: 'redirect', location: '/thoi-su?page=2' });
});

test('legacy and trailing-slash spellings name the same route, with their canonical spelling', () => {
  const spellings: [string, string][] = [['/vi/', '/'], ['/vi/thoi-su/', '/thoi-su'], ['/thoi-su/?page=2', '/thoi-su?page=2'], ['/vi/a/1000', '/a/1000'], ['/en/m/', '/en/m']];
  for (const [url, respell] of spellings) {
    const { route, respell: spelled } = resolve(url);
    assert.equal(spelled, respell, url);
    assert.deepEqual(route, resolve(respell).route, url);
  }
  assert.equal(resolve('/').respell, undefined);
  assert.equal(resolve('/thoi-su?page=2').respell, undefined);
});

test('parsePageParam gives a sane default for bad input', () => {
  assert.equal(parsePageParam(null), 1);
  assert.equal(parsePageParam('2'), 2);
  for (const bad of ['0', '-1', '1.5', 'abc', '', '02', '9999999']) assert.equal(parsePageParam(bad), 1, bad);
});

test('mobile twins under /m and on an m. host', () => {
  assert.deepEqual(r('/m'), rewrite('/vi/m'));
  assert.deepEqual(r('/m/thoi-su?page=2'), rewrite('/vi/m/category/thoi-su/2'));
  assert.deepEqual(r('/m/ha-noi-1000.html'), rewrite('/vi/m/article/1000/ha-noi'));
  assert.deepEqual(r('/en/m/news'), rewrite('/en/m/category/news/1'));
  assert.deepEqual(r('/m/tim-kiem?q=x'), rewrite('/vi/m/search', true));
  assert.deepEqual(r('/m/a/b'), rewrite('/vi/m/not-found'));
  assert.deepEqual(proxied(resolve('/thoi-su', { mobileHost: true })), rewrite('/vi/m/category/thoi-su/1'));
});

test('the typed route carries what each page needs', () => {
  const route = (url: string) => {
    const res = resolve(url);
    return res.route;
  };
  assert.deepEqual(route('/ha-noi-1000.html'), { kind: 'article', locale: 'vi', mobile: false, id: 1000, slug: 'ha-noi' });
  assert.deepEqual(route('/1000.html'), { kind: 'article', locale: 'vi', mobile: false, id: 1000, slug: '' });
  assert.deepEqual(route('/en/m/tag/hanoi?page=3'), { kind: 'tag', locale: 'en', mobile: true, slug: 'hanoi', page: 3 });
  assert.deepEqual(route('/tim-kiem?q=%20H%C3%A0%20%20N%E1%BB%99i%20&q=x&page=2'), {
    kind: 'search',
    locale: 'vi',
    mobile: false,
    query: 'Hà Nội',
    page: 2,
    tooLong: false,
    sort: 'relevance',
    time: 'any',
  });
  assert.deepEqual(route('/en/m/search?q=x&sort=newest&section=news&time=week&page=3'), {
    kind: 'search',
    locale: 'en',
    mobile: true,
    query: 'x',
    page: 3,
    tooLong: false,
    sort: 'newest',
    time: 'week',
    section: 'news',
  });
  // Bad options fall back to their defaults.
  assert.deepEqual(route('/tim-kiem?q=x&sort=oldest&section=Thoi%20Su&time=decade'), {
    kind: 'search',
    locale: 'vi',
    mobile: false,
    query: 'x',
    page: 1,
    tooLong: false,
    sort: 'relevance',
    time: 'any',
  });
  assert.equal((route(`/tim-kiem?q=${'a'.repeat(101)}`) as { tooLong: boolean }).tooLong, true);
  // Not article URLs: no id, id 0, no .html.
  assert.equal(route('/ha-noi.html').kind, 'not-found');
  assert.equal(route('/x-0.html').kind, 'not-found');
  assert.deepEqual(route('/ha-noi-1000'), { kind: 'category', locale: 'vi', mobile: false, slug: 'ha-noi-1000', page: 1 });
  assert.deepEqual(route('/m/rss.xml'), { kind: 'feed', locale: 'vi', mobile: true });
});

test('the frames read back exactly the route the proxy wrote', () => {
  const urls = ['/', '/en', '/thoi-su?page=2', '/m/chu-de/ha-noi', '/en/author/tu-linh?page=3', '/ha-noi-1000.html', '/m/1000.html', '/rss/thoi-su.xml', '/khong/co'];
  for (const url of urls) {
    const { route } = resolve(url);
    const [, locale = '', ...segments] = internalPath(route).split('/');
    const mobile = segments[0] === 'm';
    assert.deepEqual(routeFromInternal(locale, mobile, mobile ? segments.slice(1) : segments), route, url);
    // The page handler reads the same segments, and the page cache keys on the internal path.
    if (route.kind !== 'feed') assert.deepEqual(routeFromInternalPath(locale, segments), route, url);
    if (route.kind !== 'feed') assert.deepEqual(routeOfKey(internalPath(route)), route, url);
  }
  const search = routeFromInternal('en', true, ['search'], { q: ['x', 'y'], page: '2', time: ['24h', 'year'], section: 'news' });
  assert.deepEqual(search, { kind: 'search', locale: 'en', mobile: true, query: 'x', page: 2, tooLong: false, sort: 'relevance', time: '24h', section: 'news' });
  for (const odd of [['category', 'thoi-su', '02'], ['category', 'Thoi', '1'], ['article', '0', 'x'], ['article', '1000'], ['tag', 'a', '1', 'x'], ['nope']]) {
    assert.equal(routeFromInternal('vi', false, odd).kind, 'not-found', odd.join('/'));
  }
  assert.equal(routeFromInternal('xx', false, []).locale, 'vi');
});
