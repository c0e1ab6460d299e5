import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from './load';
import { foldVietnamese } from './slug';

const dataDir = path.join(import.meta.dirname, '../../data');

test('the bundled newsroom loads without problems', async () => {
  const { index, problems } = await loadContent(dataDir);
  assert.deepEqual(problems, []);
  assert.ok((await index.articleCount()) >= 40);
  const seed = await index.getArticle(1000);
  assert.equal(seed?.title, 'Hà Nội chủ động xử lý kịp thời những tình huống phức tạp phát sinh từ sớm, từ xa');
  const related = seed?.body.find((b) => b.type === 'related');
  assert.deepEqual(related?.type === 'related' ? related.items.map((a) => a.id) : [], [1001, 1002, 1003]);
});

test('categories paginate newest first and include sub-categories', async () => {
  const { index } = await loadContent(dataDir);
  const first = await index.listByCategory('vi', 'thoi-su', 1, 20);
  assert.equal(first.items.length, 20);
  assert.ok(first.pageCount >= 2);
  const times = first.items.map((a) => Date.parse(a.publishedAt));
  assert.deepEqual(times, [...times].sort((a, b) => b - a));
  const sport = (await index.listByCategory('vi', 'the-thao', 1, 20)).items.map((a) => a.category.slug);
  assert.ok(sport.includes('bong-da'), 'Thể thao lists Bóng đá articles');
});

test('search folds accents and matches whole words', async () => {
  const { index } = await loadContent(dataDir);
  const hits = (await index.search('vi', 'ha noi', 1, 100)).items;
  assert.ok(hits.length > 0);
  for (const a of hits) assert.match(`${a.title} ${a.sapo} ${a.tags.map((t) => t.name).join(' ')}`, /Hà Nội/i);
  assert.equal((await index.search('vi', '   ', 1, 20)).total, 0);
  const past = await index.search('vi', 'ha noi', 999, 5);
  assert.equal(past.page, past.pageCount, 'a page past the end answers the last page');
  assert.ok(past.items.length > 0);
});

test('search answers exactly what a full scan of whole words answers, newest first', async () => {
  const { index } = await loadContent(dataDir);
  const all = index.all('vi');
  const wordsOf = (a: (typeof all)[number]) =>
    new Set(foldVietnamese([a.title, a.sapo, ...a.tags.map((t) => t.name)].join(' ')).split(/[^\p{L}\p{N}]+/u));
  for (const query of ['ha noi', 'Hà Nội', 'noi ha', 'thanh uy ha noi', 'ha ha', 'h', 'hanoi', 'xyz khong co', 'bóng đá']) {
    const terms = foldVietnamese(query).split(/\s+/).filter(Boolean);
    const expected = all.filter((a) => terms.every((t) => wordsOf(a).has(t))).map((a) => a.id);
    assert.deepEqual((await index.search('vi', query, 1, 1000)).items.map((a) => a.id), expected, query);
  }
});

test('a broken folder reports every problem by file and field and keeps the valid records', async () => {
  const { index, problems } = await loadContent(path.join(import.meta.dirname, '../../e2e/fixtures/broken-content'));
  const lines = problems.map((p) => `${p.file}: ${p.field}`);
  assert.ok(lines.includes('articles/1500-bai-viet-hong.json: sapo'), lines.join('\n'));
  assert.ok(lines.includes('articles/1500-bai-viet-hong.json: publishedAt'));
  assert.ok(problems.some((p) => p.file === 'articles/1501-not-json.json' && /not valid JSON/.test(p.message)));
  assert.equal(await index.articleCount(), 2);
  assert.equal(await index.getArticle(1500), undefined);
});

test('a missing content folder is one clear error', async () => {
  await assert.rejects(loadContent('/nonexistent-folder'), /does not exist or is not a readable folder: set CONTENT_DIR/);
});
