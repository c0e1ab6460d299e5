import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from '../content/ingest/load-folder';
import { migrate } from '../content/postgres/migrate';
import { createScratchDatabase } from '../content/postgres/scratch';
import { PostgresStore } from '../content/postgres/store';
import { syncContent } from '../content/ingest/sync/sync';
import type { ContentStore, SearchRequest } from '../content/store/contract';
import { config } from '../config';

/**
 * Relevance, on fixtures written for it (lib/search/fixtures), for every
 * store that CONTRACT_STORES names: each factory opens a store over a content
 * folder. Adding a store is one line here.
 */
const stores: { name: string; open: (folder: string) => Promise<ContentStore> }[] = [
  { name: 'memory', open: async (folder: string) => (await loadContent(folder)).index },
  { name: 'postgres', open: openPostgres },
].filter((store) => config.contractStores.includes(store.name));

/** A scratch database per folder, migrated and synced as an operator would; dropped when the run ends. */
const databases = new Map<string, Promise<ContentStore>>();
const drops: (() => Promise<void>)[] = [];
function openPostgres(folder: string): Promise<ContentStore> {
  let store = databases.get(folder);
  if (!store) {
    store = (async () => {
      const db = await createScratchDatabase(`relevance_${process.pid}_${databases.size}`);
      drops.push(db.drop);
      await migrate(db.sql);
      await syncContent(db.sql, folder);
      const opened = await PostgresStore.open({ sql: db.sql, url: db.url, migrate: false });
      drops.unshift(() => opened.close());
      return opened;
    })();
    databases.set(folder, store);
  }
  return store;
}
after(async () => {
  for (const drop of drops) await drop();
});

const fixtures = path.join(import.meta.dirname, 'fixtures');
const bundled = path.join(import.meta.dirname, '../../data');

for (const { name, open } of stores) {
  const ids = async (store: ContentStore, text: string, more: Partial<SearchRequest> = {}) =>
    (await store.search('vi', { text, sort: 'relevance', ...more }, 1, 50)).items.map((h) => h.article.id);

  test(`${name}: a name found only in a body (and a caption); all its words are required`, async () => {
    const store = await open(fixtures);
    assert.deepEqual(await ids(store, 'Trần Quang Khải'), [101]);
    assert.deepEqual(await ids(store, 'tran quang khai'), [101]);
    const [hit] = (await store.search('vi', { text: 'Trần Quang Khải', sort: 'relevance' }, 1, 20)).items;
    assert.ok(hit);
    const marked = hit.snippet.marks.map(([a, b]) => hit.snippet.text.slice(a, b));
    assert.deepEqual(marked, ['Trần', 'Quang', 'Khải'], 'the snippet is the body passage, the name marked');
  });

  test(`${name}: adjacent words (a phrase) beat scattered ones, even in a newer headline`, async () => {
    const store = await open(fixtures);
    assert.deepEqual(await ids(store, 'sông Hồng'), [103, 104]);
    assert.deepEqual(await ids(store, 'song hong'), [103, 104]);
  });

  test(`${name}: headline beats body, even when the body is newer`, async () => {
    const store = await open(fixtures);
    assert.deepEqual(await ids(store, 'cầu Long Biên'), [105, 106]);
    assert.deepEqual(await ids(store, '"cầu Long Biên"'), [105, 106], 'a quoted phrase is ranked the same way');
    const second = await store.search('vi', { text: '"cầu Long Biên"', sort: 'relevance' }, 2, 1);
    assert.deepEqual({ ids: second.items.map((h) => h.article.id), total: second.total }, { ids: [106], total: 2 });
  });

  test(`${name}: a query typed with diacritics ranks the exact spelling first; without, newest first`, async () => {
    const store = await open(fixtures);
    assert.equal((await ids(store, 'Đường'))[0], 107);
    assert.deepEqual(await ids(store, 'Đường'), [107, 109, 108]);
    assert.deepEqual(await ids(store, 'duong'), [109, 108, 107]);
    assert.equal((await ids(store, 'Dương'))[0], 108);
  });

  test(`${name}: đ folds to d, case never matters, decomposed input finds the same`, async () => {
    const store = await open(fixtures);
    for (const text of ['do thi', 'Đô thị', 'ĐÔ THỊ', 'đô THỊ', 'Đô thị'.normalize('NFD'), 'DO THI']) {
      assert.deepEqual(await ids(store, text), [110], text);
    }
  });

  test(`${name}: a quoted phrase requires its words adjacent and in order`, async () => {
    const store = await open(fixtures);
    assert.deepEqual(await ids(store, '"phố cổ"'), [111]);
    assert.deepEqual(await ids(store, '“pho co”'), [111], 'typographic quotes and folded words');
    const loose = await ids(store, 'phố cổ');
    assert.equal(loose[0], 111, 'unquoted: the phrase first');
    assert.ok(loose.includes(112), 'unquoted: scattered words are found too');
    assert.deepEqual(await ids(store, '"cổ phố"'), []);
    assert.deepEqual(await ids(store, '"phố cổ"', { sort: 'newest' }), [111], 'newest first too');
    assert.deepEqual(await ids(store, '"cổ phố"', { sort: 'newest' }), []);
    // 111 holds each adjacent pair ("dạo phố", "phố cổ", "cổ Hà") but never the four words in a row.
    for (const sort of ['relevance', 'newest'] as const) assert.deepEqual(await ids(store, '"dạo phố cổ Hà"', { sort }), [], sort);
  });

  test(`${name}: section (with sub-categories) and time filters; newest first`, async () => {
    const store = await open(fixtures);
    assert.deepEqual(await ids(store, 'giải đấu', { sort: 'newest' }), [115, 113, 114]);
    assert.deepEqual(await ids(store, 'giải đấu', { sort: 'newest', section: 'the-thao' }), [113, 114]);
    assert.deepEqual(await ids(store, 'giải đấu', { section: 'bong-da' }), [113]);
    assert.deepEqual(await ids(store, 'giải đấu', { section: 'khong-co' }), []);
    assert.deepEqual(await ids(store, 'giải đấu', { sort: 'newest', since: new Date('2024-08-01T00:00:00+07:00') }), [115, 113]);
    const page = await store.search('vi', { text: 'giải đấu', sort: 'newest' }, 2, 2);
    assert.deepEqual({ ids: page.items.map((h) => h.article.id), page: page.page, total: page.total, pageCount: page.pageCount }, { ids: [114], page: 2, total: 3, pageCount: 2 });
  });

  test(`${name}: tags and author names are searched; editions are separate; no word, no result`, async () => {
    const store = await open(fixtures);
    assert.deepEqual(await ids(store, 'hoa sữa'), [116]);
    assert.deepEqual(await ids(store, 'Kiều Oanh'), [116]);
    assert.deepEqual(await ids(store, 'autumn'), []);
    assert.deepEqual((await store.search('en', { text: 'Autumn', sort: 'relevance' }, 1, 20)).items.map((h) => h.article.id), [117]);
    for (const text of ['', '   ', '"', '""', '!!!']) assert.equal((await store.search('vi', { text, sort: 'relevance' }, 1, 20)).total, 0, text);
  });

  test(`${name}: the seed article's general is found first, above a headline holding one of his syllables`, async () => {
    const store = await open(bundled);
    const hits = (await store.search('vi', { text: 'Lương Cường', sort: 'relevance' }, 1, 20)).items;
    assert.equal(hits[0]?.article.id, 1000);
    assert.equal((await store.search('vi', { text: 'luong cuong', sort: 'relevance' }, 1, 20)).items[0]?.article.id, 1000);
    const snippet = hits[0]?.snippet;
    assert.ok(snippet && snippet.marks.length >= 2 && /Lương Cường/.test(snippet.text));
  });
}
