import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from '../content/ingest/load-folder';
import type { Ui } from '../i18n/ui';
import { findListing } from './find';
import { listingText } from './listing';

const dataDir = path.join(import.meta.dirname, '../../data');

test('a listing exists for known subjects up to their last page', async () => {
  const { index } = await loadContent(dataDir);
  const first = await findListing(index, 'vi', 'category', 'thoi-su', 1);
  assert.equal(first?.kind, 'category');
  assert.equal(first?.subject.name, 'Thời sự');
  const last = first?.list.pageCount ?? 0;
  assert.ok(last >= 2);
  assert.ok(await findListing(index, 'vi', 'category', 'thoi-su', last));
  assert.equal(await findListing(index, 'vi', 'category', 'thoi-su', last + 1), undefined);
  assert.equal((await findListing(index, 'vi', 'author', 'tu-linh', 1))?.subject.name, 'Tú Linh');
});

test('unknown subjects, wrong editions and bad page numbers have no listing', async () => {
  const { index } = await loadContent(dataDir);
  assert.equal(await findListing(index, 'vi', 'category', 'khong-co', 1), undefined);
  assert.equal(await findListing(index, 'en', 'category', 'thoi-su', 1), undefined);
  assert.equal(await findListing(index, 'vi', 'tag', 'khong-co', 1), undefined);
  // Tú Linh writes only for the Vietnamese edition.
  assert.equal((await index.listByAuthor('en', 'tu-linh', 1, 20)).total, 0);
  assert.equal(await findListing(index, 'en', 'author', 'tu-linh', 1), undefined);
  for (const page of [0, -1, 1.5, Number.NaN]) assert.equal(await findListing(index, 'vi', 'category', 'thoi-su', page), undefined, String(page));
});

test('a listing is named the same way everywhere: later section pages say their number', async () => {
  const { index } = await loadContent(dataDir);
  const ui = { t: (key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ''}` } as unknown as Ui;
  const second = listingText((await findListing(index, 'vi', 'category', 'thoi-su', 2))!, ui);
  assert.deepEqual(second, { heading: 'Thời sự', title: 'Category.pageTitle{"name":"Thời sự","page":2}', description: second.description });
  assert.equal(listingText((await findListing(index, 'vi', 'category', 'thoi-su', 1))!, ui).title, 'Thời sự');
  const tag = listingText((await findListing(index, 'vi', 'tag', 'thanh-uy-ha-noi', 1))!, ui);
  assert.equal(tag.title, tag.heading);
});
