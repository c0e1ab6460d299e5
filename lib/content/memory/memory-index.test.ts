import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from '../ingest/load-folder';
import { fold, searchableText, words } from '../../search/text';

const dataDir = path.join(import.meta.dirname, '../../../data');

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

test('search folds accents, matches whole words anywhere in the article and pages to the last page', async () => {
  const { index } = await loadContent(dataDir);
  const search = (text: string, page = 1, perPage = 100) => index.search('vi', { text, sort: 'relevance' }, page, perPage);
  const hits = (await search('ha noi')).items;
  assert.ok(hits.length > 0);
  for (const { article } of hits) assert.match(JSON.stringify(article), /Hà Nội/i);
  assert.equal((await search('   ')).total, 0);
  const past = await search('ha noi', 999, 5);
  assert.equal(past.page, past.pageCount, 'a page past the end answers the last page');
  assert.ok(past.items.length > 0);
});

test('search answers exactly the articles holding every folded word (a full scan), whatever the order', async () => {
  const { index } = await loadContent(dataDir);
  // Scheduled articles (data/ has one, in 2027) are found from their time on.
  const all = index.all('vi').filter((a) => Date.parse(a.publishedAt) <= Date.now());
  const wordsOf = (a: (typeof all)[number]) =>
    new Set(searchableText(a).flatMap((f) => f.passages.flatMap((p) => words(p).map(fold))));
  for (const query of ['ha noi', 'Hà Nội', 'noi ha', 'thanh uy ha noi', 'ha ha', 'h', 'hanoi', 'xyz khong co', 'bóng đá']) {
    const terms = fold(query).split(/\s+/).filter(Boolean);
    const expected = all.filter((a) => terms.every((t) => wordsOf(a).has(t))).map((a) => a.id).sort((a, b) => a - b);
    const newest = await index.search('vi', { text: query, sort: 'newest' }, 1, 1000);
    assert.deepEqual(newest.items.map((h) => h.article.id), all.filter((a) => expected.includes(a.id)).map((a) => a.id), query);
    const ranked = await index.search('vi', { text: query, sort: 'relevance' }, 1, 1000);
    assert.deepEqual(ranked.items.map((h) => h.article.id).sort((a, b) => a - b), expected, query);
  }
});

test('a broken folder reports every problem by file and field and keeps the valid records', async () => {
  const { index, problems } = await loadContent(path.join(import.meta.dirname, '../../../e2e/fixtures/broken-content'));
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

test('ranking stops early only when nothing older can enter a page: pages of 3 agree with one long page', async () => {
  const { index } = await loadContent(dataDir);
  for (const text of ['ha noi', 'Hà Nội', 'thành phố', 'năm', '"ha noi"']) {
    const whole = (await index.search('vi', { text, sort: 'relevance' }, 1, 1000)).items.map((h) => h.article.id);
    const paged: number[] = [];
    for (let page = 1; page <= Math.ceil(whole.length / 3); page++) {
      paged.push(...(await index.search('vi', { text, sort: 'relevance' }, page, 3)).items.map((h) => h.article.id));
    }
    assert.deepEqual(paged, whole, text);
  }
});

test('a scheduled article is reported once: by the schedule when it comes due after a read, by the reload when it came due during one', async (t) => {
  const { cp, mkdtemp, mkdir, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { changeBetween } = await import('./diff');
  const dir = await mkdtemp(path.join(tmpdir(), 'memory-schedule-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await cp(path.join(import.meta.dirname, '../store/fixtures/contract'), dir, { recursive: true });
  const at = Date.parse('2030-01-01T08:00:00+07:00');
  const record = (id: number, publishedAt: string) => ({ id, title: `Bài ${id}`, sapo: 'Sapo.', category: 'thoi-su', authors: ['tu-linh'], publishedAt, body: [{ type: 'paragraph', content: 'Nội dung.' }] });
  await mkdir(path.join(dir, 'articles', '2030'));
  await writeFile(path.join(dir, 'articles', '2030', '20.json'), JSON.stringify(record(20, '2030-01-01T08:00:00+07:00')));
  let now = at - 10_000;
  const clock = () => now;
  const before = (await loadContent(dir, { clock })).index;
  now = at + 1000;
  assert.deepEqual(before.dueBetween(at - 10_000, now).articles, [20], 'due after the read: the schedule reports it');

  // Read again after its time (another save): the reload reports it, the schedule does not again.
  await writeFile(path.join(dir, 'articles', '2030', '21.json'), JSON.stringify(record(21, '2030-01-01T08:00:00.500+07:00')));
  const after = (await loadContent(dir, { clock, previous: before })).index;
  assert.deepEqual(changeBetween(before, after).articles.sort(), [20, 21]);
  assert.deepEqual(changeBetween(before, after).sections.map((s) => s.slug), ['thoi-su']);
  assert.deepEqual(after.dueBetween(at - 10_000, now).articles, [], 'published before the read: not the schedule’s');
});
