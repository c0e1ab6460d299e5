import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articlePath, categoryPath, desktopPath, mobilePath, parseArticleSegment, searchPath, versionSwitchHref } from './urls';

test('article and category paths follow the URL contract', () => {
  assert.equal(articlePath({ locale: 'vi', slug: 'ha-noi', id: 1000 }), '/ha-noi-1000.html');
  assert.equal(articlePath({ locale: 'en', slug: 'hanoi', id: 1060 }), '/en/hanoi-1060.html');
  assert.equal(categoryPath('vi', 'thoi-su'), '/thoi-su');
  assert.equal(categoryPath('vi', 'thoi-su', 2), '/thoi-su?page=2');
  assert.equal(searchPath('vi', 'hà nội'), '/tim-kiem?q=h%C3%A0+n%E1%BB%99i');
});

test('parseArticleSegment: the id decides', () => {
  assert.deepEqual(parseArticleSegment('ha-noi-1000.html'), { slug: 'ha-noi', id: 1000 });
  assert.deepEqual(parseArticleSegment('1000.html'), { slug: '', id: 1000 });
  assert.equal(parseArticleSegment('ha-noi.html'), undefined);
  assert.equal(parseArticleSegment('ha-noi-1000'), undefined);
  assert.equal(parseArticleSegment('x-0.html'), undefined);
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
