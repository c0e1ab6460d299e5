import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePublicPath } from './routing/resolve';
import { articlePath, categoryPath, mobilePath, routePath, searchPath, versionSwitchHref } from './urls';

/** The desktop twin of a URL: parse it into a route, drop the mobile flag, serialize it again. */
function desktopPath(url: string): string {
  const u = new URL(url, 'http://x');
  const resolution = resolvePublicPath(u.pathname, u.searchParams);
  assert.equal(resolution.kind, 'route', url);
  return resolution.kind === 'route' ? routePath({ ...resolution.route, mobile: false }) : url;
}

test('article and category paths follow the URL contract', () => {
  assert.equal(articlePath({ locale: 'vi', slug: 'ha-noi', id: 1000 }), '/ha-noi-1000.html');
  assert.equal(articlePath({ locale: 'en', slug: 'hanoi', id: 1060 }), '/en/hanoi-1060.html');
  assert.equal(categoryPath('vi', 'thoi-su'), '/thoi-su');
  assert.equal(categoryPath('vi', 'thoi-su', 2), '/thoi-su?page=2');
  assert.equal(searchPath('vi', 'hà nội'), '/tim-kiem?q=h%C3%A0+n%E1%BB%99i');
  assert.equal(searchPath('vi', 'x', 2, { sort: 'newest', section: 'thoi-su', time: 'week' }), '/tim-kiem?q=x&sort=newest&section=thoi-su&time=week&page=2');
  assert.equal(searchPath('en', 'x', 1, { sort: 'relevance', time: 'any' }), '/en/search?q=x', 'defaults stay out of the URL');
});

test('routes serialize to the URLs they were parsed from', () => {
  for (const url of ['/', '/en', '/thoi-su?page=2', '/chu-de/ha-noi', '/en/tag/hanoi?page=2', '/tac-gia/tu-linh', '/m/tim-kiem?q=h%C3%A0+n%E1%BB%99i', '/tim-kiem?q=x&sort=newest&section=thoi-su&time=24h&page=3', '/ha-noi-1000.html', '/en/m/hanoi-1060.html', '/rss/thoi-su.xml']) {
    const u = new URL(url, 'http://x');
    const resolution = resolvePublicPath(u.pathname, u.searchParams);
    assert.equal(resolution.kind === 'route' && routePath(resolution.route), url, url);
  }
});

test('mobile twins map both ways', () => {
  const pairs: [string, string][] = [
    ['/', '/m'],
    ['/thoi-su?page=2', '/m/thoi-su?page=2'],
    ['/ha-noi-1000.html', '/m/ha-noi-1000.html'],
    ['/en', '/en/m'],
    ['/en/news', '/en/m/news'],
    ['/tim-kiem?q=x', '/m/tim-kiem?q=x'],
  ];
  for (const [desktop, mobile] of pairs) {
    assert.equal(mobilePath(desktop), mobile, desktop);
    assert.equal(desktopPath(mobile), desktop, mobile);
  }
  assert.equal(desktopPath('/thoi-su'), '/thoi-su');
  assert.equal(desktopPath('/mua-sam'), '/mua-sam');
});

test('version switch links carry the choice', () => {
  assert.equal(versionSwitchHref('/m/thoi-su', 'mobile'), '/m/thoi-su?view=mobile');
  assert.equal(versionSwitchHref('/thoi-su?page=2', 'desktop'), '/thoi-su?page=2&view=desktop');
});
