import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleSummary, Category } from '../records/model';
import { EVERYTHING, NO_CHANGE, changeOf, decodeChange, editorialChange, encodeChange, isEmptyChange, mergeChanges } from './change';

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
    frontPages: [],
    breaking: [],
  });
});

test('an article scheduled for later joins no list yet: saving it names only itself', () => {
  const now = Date.parse('2026-12-04T12:00:00+07:00');
  const later = summary(7, { publishedAt: '2027-01-01T08:00:00+07:00' });
  const saved = changeOf([{ after: later }], parentOf, { now });
  assert.deepEqual([saved.articles, saved.editions, saved.sections, saved.tags, saved.authors, saved.months], [[7], [], [], [], [], []]);
  // Moved from now to later: it leaves the lists it was in.
  const moved = changeOf([{ before: summary(7), after: { ...later, revision: 'r2' } }], parentOf, { now });
  assert.deepEqual(moved.sections.map((s) => s.slug), ['bong-da', 'the-thao']);
  assert.deepEqual(moved.months, ['2023-01']);
});

test('front pages and banners: a change of either is a change; two changes merge', () => {
  const curated = { frontPages: { vi: { lead: 1, featured: [2] } }, breaking: {} };
  const change = editorialChange({ frontPages: {}, breaking: {} }, curated);
  assert.deepEqual([change.frontPages, change.breaking], [['vi'], []]);
  assert.ok(!isEmptyChange(change));
  // The same record with its keys in another order (as PostgreSQL's jsonb gives them back) is no change.
  assert.ok(isEmptyChange(editorialChange(curated, { frontPages: { vi: { featured: [2], lead: 1 } }, breaking: {} })));
  const merged = mergeChanges(changeOf([{ after: summary(8) }], parentOf), { ...NO_CHANGE, breaking: ['en'] });
  assert.deepEqual([merged.articles, merged.editions, merged.breaking], [[8], ['vi'], ['en']]);
  assert.deepEqual(mergeChanges(merged, EVERYTHING), EVERYTHING);
  // A NOTIFY from an instance that knows neither (a rolling deploy) still reads.
  const older: Record<string, unknown> = { ...changeOf([{ after: summary(9) }], parentOf) };
  delete older.frontPages;
  delete older.breaking;
  assert.deepEqual(decodeChange(JSON.stringify(older)).articles, [9]);
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
