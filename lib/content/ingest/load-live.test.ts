import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withOneArticle } from './one-article-folder';

/** Live articles (issue 24): check-content names a bad update by its id; updates come newest first. */
const FILE = 'articles/1-truc-tiep.json';

const update = (id: string, at: string, extra: object = {}) => ({ id, at, body: [{ type: 'paragraph', content: `Cập nhật ${id}.` }], ...extra });

function load(live: unknown) {
  const record = {
    id: 1,
    title: 'Trực tiếp: bão số 9',
    sapo: 'Diễn biến bão số 9.',
    category: 'thoi-su',
    authors: ['tu-linh'],
    publishedAt: '2026-12-01T06:00:00+07:00',
    body: [{ type: 'paragraph', content: 'Mở đầu.' }],
    live,
  };
  return withOneArticle(FILE, record, async ({ index, problems }) => ({ article: await index.getArticle(1), problems }));
}

test('updates are shown newest first whatever the file order; the summary carries the status and newest time', async () => {
  const { article, problems } = await load({
    status: 'live',
    updates: [
      update('mot', '2026-12-01T07:00:00+07:00', { key: true }),
      update('ba', '2026-12-01T09:00:00+07:00', { title: 'Bão vào bờ' }),
      update('hai', '2026-12-01T08:00:00+07:00', { pinned: true }),
    ],
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(article?.updates?.map((u) => u.id), ['ba', 'hai', 'mot']);
  assert.deepEqual(article?.updates?.map((u) => [u.key, u.pinned]), [[false, false], [false, true], [true, false]]);
  assert.equal(article?.updates?.[0]?.title, 'Bão vào bờ');
  assert.deepEqual(article?.live, { status: 'live', latestAt: '2026-12-01T09:00:00+07:00' });
  assert.equal(article?.updatedAt, '2026-12-01T09:00:00+07:00', 'the newest update is the article’s modification time');
});

test('a bad update is named by its id (or its place, when the id is unusable) and its field', async () => {
  const { article, problems } = await load({
    status: 'live',
    updates: [
      update('mot', '2026-12-01T07:00:00+07:00'),
      { id: 'hai', at: '2026-12-01 08:00', body: [{ type: 'paragraph', content: 'Được.' }], key: 'yes' },
      { id: 'Sai Id', at: '2026-12-01T10:00:00+07:00', body: [{ type: 'related', ids: [2] }] },
    ],
  });
  assert.equal(article, undefined);
  assert.deepEqual(problems.map((p) => p.replace(/ — .*/, '')).sort(), [
    `${FILE}: live.updates[#2].body.0.type`,
    `${FILE}: live.updates[#2].id`,
    `${FILE}: live.updates[hai].at`,
    `${FILE}: live.updates[hai].key`,
  ]);
});

test('update ids are unique within the article, and at most one update is pinned', async () => {
  const { article, problems } = await load({
    status: 'live',
    updates: [
      update('mot', '2026-12-01T07:00:00+07:00', { pinned: true }),
      update('hai', '2026-12-01T08:00:00+07:00', { pinned: true }),
      update('mot', '2026-12-01T09:00:00+07:00'),
    ],
  });
  assert.equal(article, undefined);
  assert.deepEqual(problems, [
    `${FILE}: live.updates[hai].pinned — only one update may be pinned ("mot" already is)`,
    `${FILE}: live.updates[mot].id — duplicate update id "mot"`,
  ]);
});

test('a missing photo in an update is named by the update', async () => {
  const { problems } = await load({
    status: 'ended',
    updates: [update('anh', '2026-12-01T07:00:00+07:00', { body: [{ type: 'image', src: 'khong-co.jpg', alt: 'Ảnh', width: 10, height: 10 }] })],
  });
  assert.deepEqual(problems, [`${FILE}: live.updates[anh].body.0.src — image file images/khong-co.jpg not found`]);
});

test('a live article with no update yet has a status and no newest time', async () => {
  const { article, problems } = await load({ status: 'live', updates: [] });
  assert.deepEqual(problems, []);
  assert.deepEqual(article?.live, { status: 'live' });
  assert.deepEqual(article?.updates, []);
});
