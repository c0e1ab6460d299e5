// The PostgreSQL sync on scratch databases: `node --import tsx --test lib/content/ingest/sync/sync.test.ts`.
// Needs PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres); fails if none is reachable.
// Each case starts from its own copy of the contract fixtures, synced into its own database.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import type { Sql } from 'postgres';
import { migrate } from '../../postgres/migrate';
import { createScratchDatabase } from '../../postgres/scratch';
import { decodeChange } from '../../store/change';
import { CONTENT_CHANNEL, syncContent } from './sync';
import { config } from '../../../config';

const FIXTURES = path.resolve('lib/content/store/fixtures/contract');

const stores = config.contractStores;
let databases = 0;

/** A scratch copy of the fixtures and a database of its own, synced once unless `synced: false`; both go when the test ends. */
async function fixture(t: TestContext, { synced = true } = {}): Promise<{ dir: string; sql: Sql }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sync-test-'));
  await cp(FIXTURES, dir, { recursive: true });
  const db = await createScratchDatabase(`sync_test_${process.pid}_${++databases}`);
  t.after(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });
  await migrate(db.sql);
  if (synced) await syncContent(db.sql, dir);
  return { dir, sql: db.sql };
}

describe('sync-content', { skip: !stores.includes('postgres') && 'CONTRACT_STORES leaves PostgreSQL out' }, () => {
  it('an interrupted import keeps its committed batches and the next run finishes it', async (t) => {
    const { dir, sql } = await fixture(t, { synced: false });
    const stop = new AbortController();
    await assert.rejects(
      syncContent(sql, dir, { batchSize: 4, signal: stop.signal, onBatch: (done) => done >= 4 && stop.abort() }),
      { name: 'AbortError' },
    );
    const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM articles`;
    assert.equal(row?.n, 4);
    const rest = await syncContent(sql, dir, { batchSize: 4 });
    assert.equal(rest.changed, 7);
    assert.equal(rest.checked, 7);
    assert.equal(rest.files, 11);
  });

  it('a second run changes nothing and notifies nobody', async (t) => {
    const { dir, sql } = await fixture(t);
    const again = await syncContent(sql, dir);
    assert.deepEqual({ changed: again.changed, checked: again.checked, articles: again.change.articles, everything: again.change.everything }, { changed: 0, checked: 0, articles: [], everything: false });
  });

  it('an edit is announced on content_changed with the article and every list it is in', async (t) => {
    const { dir, sql } = await fixture(t);
    const heard: string[] = [];
    const listener = await sql.listen(CONTENT_CHANNEL, (payload) => heard.push(payload));
    const file = path.join(dir, 'articles/2022/4.json');
    const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...record, sapo: 'Tuyến xe buýt chạy mỗi 10 phút.' }));
    const result = await syncContent(sql, dir);
    assert.equal(result.changed, 1);
    for (let i = 0; i < 250 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await listener.unlisten();
    const [payload] = heard;
    assert.ok(payload, 'no NOTIFY received');
    const change = decodeChange(payload);
    assert.deepEqual(change, result.change);
    assert.equal(change.everything, false);
    assert.deepEqual(change.articles, [4]);
    assert.deepEqual(change.editions, ['vi']);
    assert.deepEqual(new Set(change.sections.map((s) => `${s.locale}/${s.slug}`)), new Set(['vi/giao-thong', 'vi/thoi-su']));
    assert.deepEqual(new Set(change.tags.map((s) => `${s.locale}/${s.slug}`)), new Set(['vi/giao-thong', 'vi/da-nang']));
    assert.deepEqual(new Set(change.authors), new Set(['an-nhien', 'tu-linh']));
    assert.deepEqual(change.months, ['2022-12']);
  });

  it('a watcher passes the paths it saw change: only those are read, a deleted one is unpublished', async (t) => {
    const { dir, sql } = await fixture(t);
    const file = path.join(dir, 'articles/2023/11.json');
    const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...record, title: 'Vietnam wins again' }));
    await rm(path.join(dir, 'articles/2023/10.json'));
    const result = await syncContent(sql, dir, { paths: ['articles/2023/11.json', 'articles/2023/10.json'] });
    assert.deepEqual({ changed: result.changed, checked: result.checked, files: result.files }, { changed: 2, checked: 1, files: 1 });
    const rows = await sql<{ id: number; title: string }[]>`SELECT id, summary->>'title' AS title FROM articles WHERE id IN (10, 11)`;
    assert.deepEqual([...rows], [{ id: 11, title: 'Vietnam wins again' }]);
    assert.deepEqual((await syncContent(sql, dir)).changed, 0, 'a full scan afterwards finds nothing left to do');
  });

  it('a folder sync takes in the new, changed and deleted files and nothing elsewhere', async (t) => {
    const { dir, sql } = await fixture(t);
    const read = async (name: string) => JSON.parse(await readFile(path.join(dir, 'articles', name), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(dir, 'articles/2022/5.json'), JSON.stringify({ ...(await read('2022/5.json')), title: 'Folder sync: edited' }));
    await writeFile(path.join(dir, 'articles/2022/60.json'), JSON.stringify({ ...(await read('2022/7.json')), id: 60, slug: 'folder-sync-new' }));
    await rm(path.join(dir, 'articles/2022/6.json'));
    await writeFile(path.join(dir, 'articles/2023/2.json'), JSON.stringify({ ...(await read('2023/2.json')), title: 'Another folder' }));
    const result = await syncContent(sql, dir, { folder: 'articles/2022' });
    assert.deepEqual({ changed: result.changed, checked: result.checked, files: result.files }, { changed: 3, checked: 2, files: 7 });
    const titles = async () =>
      Object.fromEntries((await sql<{ id: number; title: string }[]>`SELECT id, summary->>'title' AS title FROM articles WHERE id IN (2, 5, 6, 60)`).map((r) => [r.id, r.title]));
    const after = await titles();
    assert.equal(after[5], 'Folder sync: edited');
    assert.ok(after[60] && !(6 in after), 'the new file is published, the deleted one is not');
    assert.notEqual(after[2], 'Another folder', 'a file in another folder waits for its own folder');
    assert.equal((await syncContent(sql, dir, { folder: 'articles/2023/' })).changed, 1);
    assert.equal((await titles())[2], 'Another folder');
    // The folder above holds no files of its own: what changed below it waits for its own folder.
    await writeFile(path.join(dir, 'articles/2022/7.json'), JSON.stringify({ ...(await read('2022/7.json')), title: 'Below the top' }));
    assert.deepEqual((({ changed, files }) => ({ changed, files }))(await syncContent(sql, dir, { folder: 'articles' })), { changed: 0, files: 0 });
    assert.deepEqual((await syncContent(sql, dir)).changed, 1, 'a full scan afterwards finds the one change left');
  });

  it('a changed category list expires every page', async (t) => {
    const { dir, sql } = await fixture(t);
    const file = path.join(dir, 'categories.json');
    const categories = JSON.parse(await readFile(file, 'utf8')) as { slug: string; name: string }[];
    await writeFile(file, JSON.stringify(categories.map((c) => (c.slug === 'the-thao' ? { ...c, name: 'Thể thao 24h' } : c))));
    const result = await syncContent(sql, dir);
    assert.equal(result.change.everything, true);
    assert.equal(result.changed, 0);
  });

  it('a category that is gone unpublishes its articles', async (t) => {
    const { dir, sql } = await fixture(t);
    const file = path.join(dir, 'categories.json');
    const categories = JSON.parse(await readFile(file, 'utf8')) as { slug: string }[];
    await writeFile(file, JSON.stringify(categories.filter((c) => c.slug !== 'the-thao')));
    const result = await syncContent(sql, dir);
    assert.equal(result.change.everything, true);
    assert.ok(result.problems.some((p) => p.file === 'articles/2022/3.json' && p.field === 'category'));
    const rows = await sql<{ id: number }[]>`SELECT id FROM articles WHERE id = 3`;
    assert.equal(rows.length, 0);
    const counts = await sql<{ n: number }[]>`SELECT n FROM list_counts WHERE kind = 'cat' AND locale = 'vi' AND key = 'the-thao'`;
    assert.deepEqual(counts.map((c) => c.n), [0]);
  });

  it('a record the database refuses is reported; the rest of its batch is imported', async (t) => {
    const { dir, sql } = await fixture(t);
    const base = JSON.parse(await readFile(path.join(dir, 'articles/2023/1.json'), 'utf8')) as Record<string, unknown>;
    const write = (name: string, record: Record<string, unknown>) => writeFile(path.join(dir, 'articles/2023', name), JSON.stringify(record));
    await write('50.json', { ...base, id: 50, slug: 'nul-byte', sapo: 'A \u0000 in the text' });
    await write('51.json', { ...base, id: 3_000_000_000, slug: 'id-too-big' });
    await write('52.json', { ...base, id: 52, slug: 'fine' });
    const result = await syncContent(sql, dir);
    assert.equal(result.changed, 1);
    const refused = result.problems.filter((p) => p.message.startsWith('refused by the database')).map((p) => p.file);
    assert.deepEqual(refused.sort(), ['articles/2023/50.json', 'articles/2023/51.json']);
    const rows = await sql<{ id: number }[]>`SELECT id FROM articles WHERE id IN (50, 52)`;
    assert.deepEqual(rows.map((r) => r.id), [52]);
  });
});
