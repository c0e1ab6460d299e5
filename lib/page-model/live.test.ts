import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, LiveUpdate } from '../content';
import { testUi } from '../i18n/test-ui';
import { liveBlogPosting } from '../seo/structured-data';
import { absoluteUrl } from '../urls';
import { LIVE_PAGE_SIZE, MAX_KEY_EVENTS, liveCheck, livePage, livePageCount, pageOfUpdate, updatePath } from './live';

/** A live article's pages, share links and JSON-LD, on an article made here: 45 updates, one every 10 minutes, newest first. */
const START = Date.parse('2026-12-03T08:00:00+07:00');
const at = (i: number) => new Date(START + i * 600_000).toISOString().replace('.000Z', 'Z');
const updates: LiveUpdate[] = Array.from({ length: 45 }, (_, i) => 44 - i).map((i) => ({
  id: `u-${i}`,
  at: at(i),
  ...(i % 5 === 0 && { title: `Tiêu đề ${i}` }),
  body: [{ type: 'paragraph', content: [{ text: `Nội dung cập nhật ${i}.` }] }],
  key: i % 4 === 0,
  pinned: i === 2,
}));
const article = {
  id: 1080,
  slug: 'truc-tiep-bao',
  locale: 'vi',
  title: 'Trực tiếp: bão',
  sapo: 'Diễn biến bão.',
  category: { slug: 'thoi-su', locale: 'vi', name: 'Thời sự', description: '', order: 1 },
  tags: [],
  authors: [],
  publishedAt: '2026-12-03T07:00:00+07:00',
  updatedAt: at(44),
  live: { status: 'live', latestAt: at(44) },
  body: [{ type: 'paragraph', content: [{ text: 'Mở đầu.' }] }],
  updates,
  file: 'articles/x.json',
  revision: 'r',
} satisfies Article;
const ui = testUi('vi');
const NOW = Date.parse('2026-12-03T20:00:00+07:00');

test('20 updates a page, newest first; an update’s page is how many are newer, over 20', () => {
  assert.equal(LIVE_PAGE_SIZE, 20);
  assert.equal(livePageCount(article), 3);
  assert.equal(livePageCount({ updates: [] }), 1, 'no update yet: one page');
  assert.equal(pageOfUpdate(article, 'u-44'), 1);
  assert.equal(pageOfUpdate(article, 'u-25'), 1, 'the 20th newest');
  assert.equal(pageOfUpdate(article, 'u-24'), 2);
  assert.equal(pageOfUpdate(article, 'u-0'), 3);
  assert.equal(pageOfUpdate(article, 'khong-co'), undefined);
  assert.equal(updatePath(article, 1, 'u-44'), '/truc-tiep-bao-1080.html#cap-nhat-u-44', 'page 1 without ?page, as listings write it');
  assert.equal(updatePath(article, 3, 'u-0'), '/truc-tiep-bao-1080.html?page=3#cap-nhat-u-0');
});

test('page 1: the pinned update, key events with anchors here or on their page, the check URL on desktop only', () => {
  const one = livePage(article, 1, ui, { mobile: false, now: NOW });
  assert.deepEqual(one.updates.map((v) => v.update.id), updates.slice(0, 20).map((u) => u.id));
  assert.equal(one.pinned?.update.id, 'u-2');
  assert.equal(one.keyEvents.length, MAX_KEY_EVENTS);
  assert.deepEqual(one.keyEvents.map((k) => k.path), [
    '#cap-nhat-u-44',
    '#cap-nhat-u-40',
    '#cap-nhat-u-36',
    '#cap-nhat-u-32',
    '#cap-nhat-u-28',
    '/truc-tiep-bao-1080.html?page=2#cap-nhat-u-24',
    '/truc-tiep-bao-1080.html?page=2#cap-nhat-u-20',
  ]);
  assert.equal(one.keyEvents[1]?.label, 'Tiêu đề 40');
  assert.equal(one.keyEvents[0]?.label, 'Nội dung cập nhật 44.', 'untitled: its first paragraph');
  assert.equal(one.updates[0]?.anchor, 'cap-nhat-u-44');
  assert.equal(one.updates[0]?.sharePath, '/a/1080/u-44');
  assert.equal(one.updates[0]?.time, '15:20', 'today: hh:mm only (Hà Nội time)');
  assert.equal(one.refreshPath, '/truc-tiep-bao-1080.html');
  assert.deepEqual(one.check, { path: '/live/1080/u-44', one: '{n} cập nhật mới', other: '{n} cập nhật mới' });
  assert.equal(livePage(article, 1, ui, { mobile: true, now: NOW }).check, undefined, 'the mobile site runs no script');
  assert.deepEqual(one.pages.next, '/truc-tiep-bao-1080.html?page=2');
  const en = livePage({ ...article, locale: 'en' }, 1, testUi('en'), { mobile: false, now: NOW });
  assert.deepEqual(en.check && [en.check.one, en.check.other], ['{n} new update', '{n} new updates']);
});

test('later pages: no pinned update, dates when not today, no check; ended: no refresh link', () => {
  const three = livePage(article, 3, ui, { mobile: false, now: Date.parse('2026-12-04T09:00:00+07:00') });
  assert.deepEqual(three.updates.map((v) => v.update.id), ['u-4', 'u-3', 'u-2', 'u-1', 'u-0']);
  assert.equal(three.pinned, undefined);
  assert.equal(three.check, undefined);
  assert.equal(three.updates.at(-1)?.time, '08:00 03/12/2026', 'another day: with its date');
  assert.equal(three.pages.previous, '/truc-tiep-bao-1080.html?page=2');
  const ended = livePage({ ...article, live: { status: 'ended', latestAt: at(44) } }, 1, ui, { mobile: false, now: NOW });
  assert.equal(ended.refreshPath, undefined);
  assert.equal(ended.check, undefined);
});

test('the live check: what is newer than the page’s newest, or a reload when too much came or it is gone', () => {
  const newer = liveCheck(article, 'u-41', ui, NOW);
  assert.deepEqual({ ...newer, updates: newer.updates?.map((v) => v.update.id) }, { status: 'live', newest: 'u-44', count: 3, updates: ['u-44', 'u-43', 'u-42'] });
  assert.deepEqual(liveCheck(article, 'u-44', ui, NOW), { status: 'live', newest: 'u-44', count: 0, updates: [] });
  assert.deepEqual(liveCheck(article, 'u-10', ui, NOW), { status: 'live', newest: 'u-44', count: 34 }, 'over a page: reload');
  assert.deepEqual(liveCheck(article, 'khong-co', ui, NOW), { status: 'live', newest: 'u-44', count: 45 }, 'gone: reload');
});

test('LiveBlogPosting: coverage, modified at the newest update, a BlogPosting per update on the page with its URL', () => {
  const ended = { ...article, live: { status: 'ended' as const, latestAt: at(44) } };
  const page = livePage(ended, 2, ui, { mobile: false, now: NOW });
  const site = { editions: { vi: { name: 'Tin', tagline: '', description: '' }, en: { name: 'News', tagline: '', description: '' } }, publisher: { name: 'P', address: '', phone: '', email: 'a@b.c', logo: { src: 'logo.png', width: 1, height: 1 } } };
  const data = liveBlogPosting(site, ended, page);
  assert.equal(data['@type'], 'LiveBlogPosting');
  assert.equal(data.coverageStartTime, '2026-12-03T07:00:00+07:00');
  assert.equal(data.coverageEndTime, '2026-12-03T15:20:00+07:00');
  assert.equal(data.dateModified, '2026-12-03T15:20:00+07:00');
  const posts = data.liveBlogUpdate as { '@type': string; headline: string; datePublished: string; articleBody: string; url: string }[];
  assert.equal(posts.length, 20);
  assert.deepEqual(posts[0], {
    '@type': 'BlogPosting',
    headline: 'Nội dung cập nhật 24.',
    datePublished: '2026-12-03T12:00:00+07:00',
    articleBody: 'Nội dung cập nhật 24.',
    url: absoluteUrl('/truc-tiep-bao-1080.html?page=2#cap-nhat-u-24'),
  });
  assert.equal(posts[4]?.headline, 'Tiêu đề 20');
  const live = liveBlogPosting(site, article, livePage(article, 1, ui, { mobile: false, now: NOW }));
  assert.equal(live.coverageEndTime, undefined, 'no end while live');
});
