import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVERYTHING, NO_CHANGE, type ContentChange } from '../content/store/change';
import { SITE_TAG, routeTags, tagsOf } from './tags';

test('a change expires each article and every list it is in, and the sitemaps', () => {
  const change: ContentChange = {
    everything: false,
    articles: [4],
    editions: ['vi'],
    sections: [
      { locale: 'vi', slug: 'giao-thong' },
      { locale: 'vi', slug: 'thoi-su' },
    ],
    tags: [{ locale: 'vi', slug: 'da-nang' }],
    authors: ['tu-linh'],
    months: ['2022-12'],
    frontPages: [],
    breaking: [],
  };
  assert.deepEqual(new Set(tagsOf(change)), new Set([
    'a:4',
    'l:home:vi',
    'l:feed:vi',
    'l:cat:vi:giao-thong',
    'l:cat:vi:thoi-su',
    'l:tag:vi:da-nang',
    'l:author:tu-linh',
    'l:sitemap:news',
    'l:sitemap:pages',
    'l:sitemap:2022-12',
  ]));
});

test('everything is the site tag; nothing is no tag', () => {
  assert.deepEqual(tagsOf(EVERYTHING), [SITE_TAG]);
  assert.deepEqual(tagsOf(NO_CHANGE), []);
});

test('a mass change past 2,000 tags expires the site instead of each tag', () => {
  const articles = Array.from({ length: 2500 }, (_, i) => i + 1);
  assert.deepEqual(tagsOf({ ...NO_CHANGE, articles, editions: ['vi'] }), [SITE_TAG]);
});

test('a route’s existence carries the tags of what can make it appear or vanish', () => {
  const where = { locale: 'vi', mobile: false } as const;
  assert.deepEqual(routeTags({ ...where, kind: 'article', id: 1000, slug: 'x' }), [SITE_TAG, 'a:1000']);
  assert.deepEqual(routeTags({ ...where, kind: 'category', slug: 'thoi-su', page: 3 }), [SITE_TAG, 'l:cat:vi:thoi-su']);
  assert.deepEqual(routeTags({ ...where, kind: 'tag', slug: 'ha-noi', page: 1 }), [SITE_TAG, 'l:tag:vi:ha-noi']);
  assert.deepEqual(routeTags({ ...where, kind: 'author', slug: 'tu-linh', page: 1 }), [SITE_TAG, 'l:author:tu-linh']);
  assert.deepEqual(routeTags({ ...where, kind: 'home' }), [SITE_TAG]);
  assert.deepEqual(routeTags({ ...where, kind: 'not-found' }), [SITE_TAG]);
});

test('a front page expires its edition’s home pages; a banner nothing (it is put into each answer after the cache)', () => {
  assert.deepEqual(tagsOf({ ...NO_CHANGE, frontPages: ['vi'] }), ['front:vi']);
  assert.deepEqual(tagsOf({ ...NO_CHANGE, breaking: ['en'] }), []);
});
