import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from '../content/load';
import { findListing } from './listing';

const dataDir = path.join(import.meta.dirname, '../../data');

test('a listing exists for known subjects up to their last page', async () => {
  const { index } = await loadContent(dataDir);
  const first = findListing(index, 'vi', 'category', 'thoi-su', 1);
  assert.equal(first?.kind, 'category');
  assert.equal(first?.subject.name, 'Thời sự');
  const last = first?.list.pageCount ?? 0;
  assert.ok(last >= 2);
  assert.ok(findListing(index, 'vi', 'category', 'thoi-su', last));
  assert.equal(findListing(index, 'vi', 'category', 'thoi-su', last + 1), undefined);
  assert.equal(findListing(index, 'vi', 'author', 'tu-linh', 1)?.subject.name, 'Tú Linh');
});

test('unknown subjects, wrong editions and bad page numbers have no listing', async () => {
  const { index } = await loadContent(dataDir);
  assert.equal(findListing(index, 'vi', 'category', 'khong-co', 1), undefined);
  assert.equal(findListing(index, 'en', 'category', 'thoi-su', 1), undefined);
  assert.equal(findListing(index, 'vi', 'tag', 'khong-co', 1), undefined);
  // Tú Linh writes only for the Vietnamese edition.
  assert.equal(index.listByAuthor('en', 'tu-linh', 1, 20).total, 0);
  assert.equal(findListing(index, 'en', 'author', 'tu-linh', 1), undefined);
  for (const page of [0, -1, 1.5, Number.NaN]) assert.equal(findListing(index, 'vi', 'category', 'thoi-su', page), undefined, String(page));
});
