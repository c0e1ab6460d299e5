import assert from 'node:assert/strict';
import { test } from 'node:test';
import { targetOf } from '../routing/request-target';
import { laneOf } from './door';
import { hotPages } from './hot';

test('files, health, redirects the URL decides and URLs that name nothing never wait at the door', () => {
  for (const url of ['/_next/static/x.css', '/media/1/a.webp', '/healthz', '/readyz', '/metrics', '/sitemap.xml', '/vi/thoi-su', '/thoi-su/', '/?view=mobile', '/khong/co/trang/nay', '/en/x/y/z']) {
    assert.deepEqual(laneOf(targetOf(url, 'example.vn')), { lane: 'free' }, url);
  }
});

test('a page that may render takes the render lane, in its edition and frame; once the cache answered it, it no longer waits', () => {
  assert.deepEqual(laneOf(targetOf('/bai-viet-1234.html', 'example.vn')), { lane: 'render', kind: 'article', locale: 'vi', mobile: false });
  assert.deepEqual(laneOf(targetOf('/en/m/search?q=x', 'example.vn')), { lane: 'render', kind: 'search', locale: 'en', mobile: true });
  assert.deepEqual(laneOf(targetOf('/the-thao', 'm.example.vn')), { lane: 'render', kind: 'category', locale: 'vi', mobile: true });
  hotPages().mark('/vi/article/1234/bai-viet');
  assert.deepEqual(laneOf(targetOf('/bai-viet-1234.html', 'example.vn')), { lane: 'free' });
  assert.equal(laneOf(targetOf('/m/bai-viet-1234.html', 'example.vn')).lane, 'render', 'the mobile twin is its own page');
});

test('searches are never taken for cached', () => {
  assert.equal(laneOf(targetOf('/tim-kiem?q=ha%20noi', 'example.vn')).lane, 'render');
});
