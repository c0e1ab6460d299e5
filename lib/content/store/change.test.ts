import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleSummary, Category } from '../records/model';
import { EVERYTHING, changeOf, decodeChange, encodeChange, isEmptyChange } from './change';

const section = (slug: string, parent?: string): Category => ({ slug, locale: 'vi', name: slug, description: '', order: 0, parent });
const parents: Record<string, string | undefined> = { 'bong-da': 'the-thao', 'the-thao': undefined, 'thoi-su': undefined };
const parentOf = (_locale: string, slug: string) => parents[slug];

function summary(id: number, fields: Partial<ArticleSummary> = {}, revision = 'r1'): ArticleSummary & { revision: string } {
  return {
    id,
    slug: `bai-${id}`,
    locale: 'vi',
    title: `Bài ${id}`,
    sapo: '',
    category: section('bong-da', 'the-thao'),
    tags: [{ slug: 'v-league', name: 'V-League' }],
    authors: [{ slug: 'tu-linh', name: 'Tú Linh', bio: '' }],
    publishedAt: '2022-12-31T18:30:00Z',
    revision,
    ...fields,
  };
}

test('a new article names itself and every list it joins, its section with the sections above', () => {
  const change = changeOf([{ after: summary(1) }], parentOf);
  assert.deepEqual(change, {
    everything: false,
    articles: [1],
    editions: ['vi'],
    sections: [
      { locale: 'vi', slug: 'bong-da' },
      { locale: 'vi', slug: 'the-thao' },
    ],
    tags: [{ locale: 'vi', slug: 'v-league' }],
    authors: ['tu-linh'],
    // 18:30 UTC on 31 December is already January in Hà Nội.
    months: ['2023-01'],
  });
});

test('a moved article names the lists it left and the lists it joined', () => {
  const before = summary(2);
  const after = summary(2, { category: section('thoi-su'), tags: [], publishedAt: '2022-11-02T08:00:00+07:00', locale: 'en' }, 'r2');
  const change = changeOf([{ before, after }], parentOf);
  assert.deepEqual(change.articles, [2]);
  assert.deepEqual(change.editions, ['vi', 'en']);
  assert.deepEqual(change.sections.map((s) => `${s.locale}/${s.slug}`), ['vi/bong-da', 'vi/the-thao', 'en/thoi-su']);
  assert.deepEqual(change.months, ['2022-11', '2023-01']);
});

test('an unchanged file changes nothing; a removed article is a change', () => {
  const same = changeOf([{ before: summary(3), after: summary(3) }], parentOf);
  assert.ok(isEmptyChange(same));
  const removed = changeOf([{ before: summary(4) }], parentOf);
  assert.deepEqual(removed.articles, [4]);
  assert.ok(!isEmptyChange(removed));
});

test('a changed taxonomy is everything, whatever the articles', () => {
  assert.deepEqual(changeOf([{ after: summary(5) }], parentOf, { everything: true }), EVERYTHING);
  assert.ok(!isEmptyChange(EVERYTHING));
});

test('a change crosses processes as it left; too big or unreadable becomes everything', () => {
  const change = changeOf([{ after: summary(6) }], parentOf);
  assert.deepEqual(decodeChange(encodeChange(change)), change);
  const huge = changeOf(Array.from({ length: 2000 }, (_, i) => ({ after: summary(100_000 + i) })), parentOf);
  assert.deepEqual(decodeChange(encodeChange(huge)), EVERYTHING);
  assert.deepEqual(decodeChange('{"tags": ["a:1"]}'), EVERYTHING);
  assert.deepEqual(decodeChange('not json'), EVERYTHING);
});
