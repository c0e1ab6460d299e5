// The ContentStore contract (store.ts), run against every implementation with the same fixtures
// and the same expected answers: `node --import tsx --test lib/content/store.contract.test.ts`.
// PostgreSQL runs on a scratch database (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres);
// if none is reachable its cases fail. CONTRACT_STORES=memory runs the in-memory store only.
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { loadContent } from '../ingest/load-folder';
import { SEARCH_LIMIT, type Clock, type ContentStore, type Page, type SearchHit } from './contract';
import type { ContentChange } from './change';
import { releaseDue } from '../ingest/sync/release';
import type { MemoryIndex } from '../memory/memory-index';
import { migrate } from '../postgres/migrate';
import { createScratchDatabase } from '../postgres/scratch';
import { PostgresStore } from '../postgres/store';
import { syncContent } from '../ingest/sync/sync';
import { formatProblem, type ContentProblem } from '../records/problems';
import { config } from '../../config';

const FIXTURES = path.resolve('lib/content/store/fixtures/contract');

/**
 * A store over a content folder, and a way to take the folder's changes in (a reload, a sync).
 * `publishDue` does what the schedule does when a time comes (ingest/schedule.ts): reports what
 * became due since `from` (memory), or releases it (PostgreSQL); `reopen` is a restart.
 */
interface Harness {
  store: ContentStore;
  update(): Promise<{ store: ContentStore; problems: ContentProblem[] }>;
  publishDue(from: number): Promise<ContentChange | undefined>;
  reopen(): Promise<ContentStore>;
  close(): Promise<void>;
}
type Factory = (dir: string, clock?: Clock) => Promise<Harness>;

let scratchCount = 0;
const factories: [string, Factory][] = [
  [
    'memory',
    async (dir, clock = Date.now) => {
      let index = (await loadContent(dir, { clock })).index;
      return {
        store: index,
        async update() {
          const result = await loadContent(dir, { previous: index, clock });
          index = result.index;
          return { store: index, problems: result.problems };
        },
        publishDue: async (from) => (index as MemoryIndex).dueBetween(from, clock()),
        reopen: async () => (await loadContent(dir, { clock })).index,
        close: async () => {},
      };
    },
  ],
  [
    'postgres',
    async (dir, clock = Date.now) => {
      const db = await createScratchDatabase(`contract_${process.pid}_${++scratchCount}`).catch((error: Error) => {
        throw new Error(`${error.message} Set CONTRACT_STORES=memory to run the in-memory store only.`);
      });
      try {
        await migrate(db.sql);
        await syncContent(db.sql, dir, { now: clock() });
        const store = await PostgresStore.open({ sql: db.sql, url: db.url, migrate: false, clock });
        return {
          store,
          async update() {
            const { problems } = await syncContent(db.sql, dir, { now: clock() });
            await store.refresh();
            return { store, problems };
          },
          async publishDue() {
            const change = await releaseDue(db.sql, (locale, slug) => store.getCategory(locale, slug)?.parent, { now: clock() });
            await store.refresh();
            return change;
          },
          reopen: () => PostgresStore.open({ sql: db.sql, url: db.url, migrate: false, clock }),
          close: async () => {
            await store.close();
            await db.drop();
          },
        };
      } catch (error) {
        await db.drop().catch(() => {});
        throw error;
      }
    },
  ],
];

const selected = config.contractStores;
const ids = (list: readonly { id: number }[]) => list.map((a) => a.id);
/** Search newest first (the order these cases assert); relevance is lib/search/relevance.test.ts's subject. */
const newest = (store: ContentStore, locale: 'vi' | 'en', text: string, page: number, perPage: number) => store.search(locale, { text, sort: 'newest' }, page, perPage);
const articlesOf = (found: Page<SearchHit>) => found.items.map((hit) => hit.article);

/** A copy of the fixtures in a temporary folder (then changed by `prepare`) and a store over it, for one suite; both go after it. */
function folderStore(name: string, factory: Factory, prepare: (dir: string) => Promise<void> = async () => {}): { dir: string; harness?: Harness } {
  const state: { dir: string; harness?: Harness } = { dir: '' };
  before(async () => {
    state.dir = await mkdtemp(path.join(tmpdir(), `contract-${name}-`));
    await cp(FIXTURES, state.dir, { recursive: true });
    await prepare(state.dir);
    state.harness = await factory(state.dir);
  });
  after(async () => {
    await state.harness?.close();
    await rm(state.dir, { recursive: true, force: true });
  });
  return state;
}

for (const [name, factory] of factories.filter(([n]) => selected.includes(n))) {
  describe(`ContentStore contract: ${name}`, () => {
    let harness: Harness | undefined;
    const store = () => {
      assert.ok(harness, `the ${name} store did not start (see the error in before())`);
      return harness.store;
    };
    before(async () => {
      harness = await factory(FIXTURES);
    });
    after(async () => harness?.close());

    it('site, categories, menu, sub-categories and authors', () => {
      assert.equal(store().site.editions.vi.name, 'Tin Thủ Đô');
      assert.deepEqual(store().categories('vi').map((c) => c.slug), ['thoi-su', 'giao-thong', 'the-thao']);
      assert.deepEqual(store().menu('vi').map((c) => c.slug), ['thoi-su', 'the-thao']);
      assert.deepEqual(store().subcategories('vi', 'thoi-su').map((c) => c.slug), ['giao-thong']);
      assert.deepEqual(store().menu('en').map((c) => c.slug), ['news']);
      assert.equal(store().getCategory('vi', 'giao-thong')?.parent, 'thoi-su');
      assert.equal(store().getCategory('en', 'thoi-su'), undefined);
      assert.equal(store().getAuthor('an-nhien')?.name, 'An Nhiên');
      assert.equal(store().getAuthor('nobody'), undefined);
      assert.deepEqual(store().authors().map((a) => a.slug).sort(), ['an-nhien', 'john-doe', 'tu-linh']);
    });

    it('getArticle: the resolved article, its file and revision; unknown ids are undefined', async () => {
      assert.equal(await store().articleCount(), 11);
      const a = await store().getArticle(1);
      assert.ok(a);
      assert.equal(a.title, 'Hà Nội đẩy nhanh tiến độ đường Vành đai 4');
      assert.equal(a.slug, 'ha-noi-day-nhanh-tien-do-duong-vanh-dai-4');
      assert.equal(a.category.name, 'Giao thông');
      assert.deepEqual(a.tags, [{ slug: 'ha-noi', name: 'Hà Nội' }, { slug: 'giao-thong', name: 'Giao thông' }]);
      assert.deepEqual(a.authors.map((x) => x.name), ['Tú Linh']);
      assert.equal(a.cover?.src, 'cover.png');
      assert.equal(a.file, 'articles/2023/1.json');
      assert.match(a.revision, /^\S{8,}$/);
      assert.equal((await store().getArticle(3))?.publishedAt, '2022-12-31T18:00:00Z');
      assert.equal((await store().getArticle(5))?.updatedAt, '2023-01-05T08:00:00+07:00');
      assert.equal((await store().getArticle(999)), undefined);
      assert.equal((await store().getArticle(0)), undefined);
    });

    it('related blocks resolve to published articles, without unknown ids, self-links or empty blocks', async () => {
      const six = await store().getArticle(6);
      assert.deepEqual(six?.body.map((b) => b.type), ['paragraph', 'related']);
      const block = six?.body[1];
      assert.ok(block?.type === 'related');
      assert.deepEqual(ids(block.items), [1]);
      assert.equal(block.items[0]?.title, 'Hà Nội đẩy nhanh tiến độ đường Vành đai 4');
      const seven = await store().getArticle(7);
      const first = seven?.body[0];
      assert.ok(first?.type === 'related');
      assert.deepEqual(ids(first.items), [2, 3]);
      assert.deepEqual(seven?.body[1], { type: 'paragraph', content: [{ text: 'Giá xăng ', bold: true }, { text: 'giảm.', href: '/thoi-su' }] });
    });

    it('latest: newest first, ties by higher id, per edition, with exclusions', async () => {
      assert.deepEqual(ids(await store().latest('vi', 20)), [2, 1, 3, 4, 6, 5, 7, 8]);
      assert.deepEqual(ids(await store().latest('en', 20)), [10, 11, 12]);
      assert.deepEqual(ids(await store().latest('vi', 3, { exclude: [2] })), [1, 3, 4]);
    });

    it('listByCategory: a parent lists its sub-categories; pages, and a page past the last is empty', async () => {
      const p1 = await store().listByCategory('vi', 'thoi-su', 1, 3);
      assert.deepEqual({ ...p1, items: ids(p1.items) }, { items: [2, 1, 4], page: 1, pageCount: 3, total: 7 });
      assert.deepEqual(ids((await store().listByCategory('vi', 'thoi-su', 2, 3)).items), [6, 5, 7]);
      assert.deepEqual(ids((await store().listByCategory('vi', 'thoi-su', 3, 3)).items), [8]);
      const past = await store().listByCategory('vi', 'thoi-su', 4, 3);
      assert.deepEqual({ ...past, items: ids(past.items) }, { items: [], page: 4, pageCount: 3, total: 7 });
      assert.deepEqual(ids((await store().listByCategory('vi', 'giao-thong', 1, 10)).items), [1, 4, 8]);
      assert.deepEqual(ids((await store().listByCategory('en', 'news', 1, 10)).items), [10, 11, 12]);
      const none = await store().listByCategory('vi', 'khong-co', 1, 10);
      assert.deepEqual({ ...none, items: ids(none.items) }, { items: [], page: 1, pageCount: 1, total: 0 });
    });

    it('tags are per edition and named by their newest article', async () => {
      assert.deepEqual(await store().getTag('vi', 'ha-noi'), { slug: 'ha-noi', name: 'Hà Nội' });
      assert.deepEqual(ids((await store().listByTag('vi', 'ha-noi', 1, 10)).items), [1, 5]);
      assert.deepEqual(ids((await store().listByTag('en', 'ha-noi', 1, 10)).items), [12]);
      assert.deepEqual(ids((await store().listByTag('vi', 'giao-thong', 2, 1)).items), [4]);
      assert.equal(await store().getTag('vi', 'hanoi'), undefined);
      assert.deepEqual(await store().getTag('en', 'hanoi'), { slug: 'hanoi', name: 'Hanoi' });
      assert.equal((await store().listByTag('vi', 'khong-co', 1, 10)).total, 0);
    });

    it('listByAuthor: per edition', async () => {
      assert.deepEqual(ids((await store().listByAuthor('vi', 'tu-linh', 1, 10)).items), [1, 3, 4, 5, 7]);
      assert.deepEqual(ids((await store().listByAuthor('en', 'tu-linh', 1, 10)).items), [10, 12]);
      assert.deepEqual(ids((await store().listByAuthor('vi', 'an-nhien', 1, 10)).items), [2, 4, 6, 8]);
      const page = await store().listByAuthor('vi', 'tu-linh', 2, 2);
      assert.deepEqual({ ...page, items: ids(page.items) }, { items: [4, 5], page: 2, pageCount: 3, total: 5 });
      assert.equal((await store().listByAuthor('vi', 'john-doe', 1, 10)).total, 0);
    });

    it('related: newest of the same category (with sub-categories), without the article', async () => {
      const one = await store().getArticle(1);
      const two = await store().getArticle(2);
      assert.ok(one && two);
      assert.deepEqual(ids(await store().related(one, 5)), [4, 8]);
      assert.deepEqual(ids(await store().related(two, 5)), [1, 4, 6, 5, 7]);
    });

    it('search: folded, đ→d, whole words of title, sapo, tags and body, every word, newest first', async () => {
      const hits = async (query: string, locale: 'vi' | 'en' = 'vi') => ids(articlesOf(await newest(store(), locale, query, 1, 20)));
      assert.deepEqual(await hits('ha noi'), [1, 5]);
      assert.deepEqual(await hits('HÀ NỘI'), [1, 5]);
      assert.deepEqual(await hits('hang'), [2], '"hàng" is a word; "ha noi" does not match it');
      assert.deepEqual(await hits('han'), [], 'no partial words');
      assert.deepEqual(await hits('duong'), [1, 8], 'đường and ĐƯỜNG fold to duong');
      assert.deepEqual(await hits('Đường'), [1, 8]);
      assert.deepEqual(await hits('da nang'), [4]);
      assert.deepEqual(await hits('bong da'), [3], 'tag names are searched');
      assert.deepEqual(await hits('quy hoach'), [5], 'the sapo is searched');
      assert.deepEqual(await hits('bai viet'), [2, 1, 3, 4, 5, 8], 'the body is searched (every Vietnamese fixture says "Nội dung bài viết.")');
      assert.deepEqual(await hits('covid 19'), [6]);
      assert.deepEqual(await hits('COVID-19'), [6]);
      assert.deepEqual(await hits('23/12'), [6]);
      assert.deepEqual(await hits('ha noi', 'en'), [12]);
      assert.deepEqual(await hits('hanoi', 'en'), [10]);
      assert.deepEqual(await hits('xyzzy'), []);
    });

    it('search pagination answers the last page for a page past it; an empty query finds nothing', async () => {
      const past = await newest(store(), 'vi', 'ha noi', 5, 1);
      assert.deepEqual({ ...past, items: ids(articlesOf(past)) }, { items: [5], page: 2, pageCount: 2, total: 2, more: false });
      const none = await newest(store(), 'vi', 'xyzzy', 3, 10);
      assert.deepEqual({ ...none, items: ids(articlesOf(none)) }, { items: [], page: 1, pageCount: 1, total: 0, more: false });
      const empty = await newest(store(), 'vi', '  ', 1, 10);
      assert.deepEqual({ ...empty, items: ids(articlesOf(empty)) }, { items: [], page: 1, pageCount: 1, total: 0, more: false });
    });

    it('archive months in Hà Nội time: 2022-12-31T18:00Z is January 2023', async () => {
      assert.deepEqual(await store().archiveMonths(), [
        { month: '2023-01', lastmod: '2023-01-10T10:00:00+07:00', count: 5 },
        { month: '2022-12', lastmod: '2023-01-05T08:00:00+07:00', count: 4 },
        { month: '2022-11', lastmod: '2022-11-15T15:00:00+07:00', count: 2 },
      ]);
      assert.deepEqual(ids(await store().articlesInMonth('2023-01')), [10, 2, 1, 11, 3]);
      assert.deepEqual(ids(await store().articlesInMonth('2022-12')), [4, 6, 5, 12]);
      assert.deepEqual(await store().articlesInMonth('2021-01'), []);
    });

    it('publishedBetween: both editions, bounds included, newest first, at most limit', async () => {
      const since = new Date('2022-12-31T00:00:00+07:00');
      const until = new Date('2023-01-02T10:00:00+07:00');
      assert.deepEqual(ids(await store().publishedBetween(since, until, 10)), [11, 3, 4]);
      assert.deepEqual(ids(await store().publishedBetween(since, until, 2)), [11, 3]);
    });
  });

  describe(`ContentStore contract: ${name}, a search with more hits than it counts`, () => {
    // SEARCH_LIMIT + 5 short articles that all say "trăng sáng", in January 2024; ids from 1,000.
    const folder = folderStore(name, factory, async (dir) => {
      await mkdir(path.join(dir, 'articles', '2024'));
      for (let i = 0; i < SEARCH_LIMIT + 5; i++) {
        const id = 1000 + i;
        const record = {
          id,
          // Only the oldest says it in its headline: ranking every hit would put it first.
          title: i === 0 ? 'Đêm trăng số 0' : `Đêm hội số ${i}`,
          sapo: 'Trăng sáng trên phố.',
          category: i % 2 ? 'giao-thong' : 'the-thao',
          tags: [],
          authors: ['an-nhien'],
          publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
          body: [{ type: 'paragraph', content: 'Nội dung.' }],
        };
        await writeFile(path.join(dir, 'articles', '2024', `${id}.json`), JSON.stringify(record));
      }
    });

    it('counts and pages SEARCH_LIMIT hits, says there are more, and counts exactly below the limit', async () => {
      assert.ok(folder.harness, `the ${name} store did not start`);
      const { store } = folder.harness;
      for (const sort of ['relevance', 'newest'] as const) {
        const first = await store.search('vi', { text: 'trăng', sort }, 1, 20);
        assert.deepEqual([first.total, first.pageCount, first.more, first.items.length], [SEARCH_LIMIT, SEARCH_LIMIT / 20, true, 20], sort);
        const past = await store.search('vi', { text: 'trang', sort }, SEARCH_LIMIT / 20 + 3, 20);
        assert.deepEqual([past.page, past.items.length, past.more], [SEARCH_LIMIT / 20, 20, true], sort);
      }
      // Both orders page through the same hits: the newest 1,000 (ids 1,005–2,004), each once.
      for (const sort of ['relevance', 'newest'] as const) {
        const seen: number[] = [];
        for (let page = 1; page <= SEARCH_LIMIT / 20; page++) seen.push(...ids(articlesOf(await store.search('vi', { text: 'trăng', sort }, page, 20))));
        assert.deepEqual(seen.sort((a, b) => a - b), Array.from({ length: SEARCH_LIMIT }, (_, i) => 1005 + i), sort);
      }
      // A quoted phrase is counted the same way.
      const quoted = await store.search('vi', { text: '"trăng sáng"', sort: 'relevance' }, 1, 20);
      assert.deepEqual([quoted.total, quoted.more], [SEARCH_LIMIT, true]);
      // A section holding half of them: 502 (odd i, giao-thong), counted exactly.
      const half = await store.search('vi', { text: 'trăng', sort: 'newest', section: 'giao-thong' }, 1, 20);
      assert.deepEqual([half.total, half.more], [(SEARCH_LIMIT + 4) / 2, false]);
    });
  });

  describe(`ContentStore contract: ${name}, scheduled publishing`, () => {
    // Article 20 is scheduled for 2030-01-01 08:00 in Hà Nội: in giao-thong (under thoi-su), with a
    // tag only it uses and the one Vietnamese article of john-doe. Article 21 (published) links to
    // it and to 1. The front page leads with it until February, the banner points at it until March.
    const AT = Date.parse('2030-01-01T08:00:00+07:00');
    let now = AT - 60_000;
    const clock = () => now;
    const scheduled = {
      id: 20,
      title: 'Cầu mới thông xe theo lịch hẹn giờ',
      sapo: 'Bài hẹn giờ đăng.',
      category: 'giao-thong',
      tags: ['Hà Nội', 'Lịch hẹn'],
      authors: ['john-doe'],
      publishedAt: '2030-01-01T08:00:00+07:00',
      body: [{ type: 'paragraph', content: 'Nội dung hẹn giờ.' }],
    };
    const linking = {
      id: 21,
      title: 'Bài có liên kết',
      sapo: 'Đăng rồi.',
      category: 'the-thao',
      tags: [],
      authors: ['tu-linh'],
      publishedAt: '2023-01-11T09:00:00+07:00',
      body: [
        { type: 'paragraph', content: 'Xem thêm.' },
        { type: 'related', ids: [20, 1] },
      ],
    };
    const folder = folderStore(
      `${name}-scheduled`,
      (dir) => factory(dir, clock),
      async (dir) => {
        await mkdir(path.join(dir, 'articles', '2030'));
        await writeFile(path.join(dir, 'articles', '2030', '20.json'), JSON.stringify(scheduled));
        await writeFile(path.join(dir, 'articles', '2023', '21.json'), JSON.stringify(linking));
        await writeFile(path.join(dir, 'front-page.json'), JSON.stringify({ vi: { lead: 20, featured: [1], until: '2030-02-01T00:00:00+07:00' } }));
        await writeFile(path.join(dir, 'breaking.json'), JSON.stringify({ vi: { text: 'Cầu mới thông xe', article: 20, until: '2030-03-01T00:00:00+07:00' } }));
      },
    );
    const harness = () => {
      assert.ok(folder.harness, `the ${name} store did not start`);
      return folder.harness;
    };
    const hits = async (store: ContentStore, text: string) => ids(articlesOf(await newest(store, 'vi', text, 1, 20)));
    /** Everything a reader could reach article 20 by. */
    const reach = async (store: ContentStore) => {
      const related = (await store.getArticle(21))?.body.find((b) => b.type === 'related');
      const one = await store.getArticle(1);
      assert.ok(one);
      return {
        article: (await store.getArticle(20))?.id,
        count: await store.articleCount(),
        latest: ids(await store.latest('vi', 3)),
        section: await store.listByCategory('vi', 'giao-thong', 1, 2).then((p) => ({ ...p, items: ids(p.items) })),
        parent: (await store.listByCategory('vi', 'thoi-su', 1, 20)).total,
        tag: await store.getTag('vi', 'lich-hen'),
        tagged: ids((await store.listByTag('vi', 'ha-noi', 1, 10)).items),
        author: (await store.listByAuthor('vi', 'john-doe', 1, 10)).total,
        relatedTo1: ids(await store.related(one, 1)),
        linkedFrom21: related?.type === 'related' ? ids(related.items) : [],
        hiddenFrom21: (await store.getArticle(21))?.hiddenRelated ?? [],
        search: await hits(store, 'hen gio'),
        month: (await store.archiveMonths()).find((m) => m.month === '2030-01')?.count,
        inMonth: ids(await store.articlesInMonth('2030-01')),
        news: ids(await store.publishedBetween(new Date('2029-12-01T00:00:00Z'), new Date('2031-01-01T00:00:00Z'), 10)),
      };
    };
    const hidden = {
      article: undefined,
      count: 12,
      latest: [21, 2, 1],
      section: { items: [1, 4], page: 1, pageCount: 2, total: 3 },
      parent: 7,
      tag: undefined,
      tagged: [1, 5],
      author: 0,
      relatedTo1: [4],
      linkedFrom21: [1],
      hiddenFrom21: [20],
      search: [],
      month: undefined,
      inMonth: [],
      news: [],
    };
    const shown = {
      article: 20,
      count: 13,
      latest: [20, 21, 2],
      section: { items: [20, 1], page: 1, pageCount: 2, total: 4 },
      parent: 8,
      tag: { slug: 'lich-hen', name: 'Lịch hẹn' },
      tagged: [20, 1, 5],
      author: 1,
      relatedTo1: [20],
      linkedFrom21: [20, 1],
      hiddenFrom21: [],
      search: [20],
      month: 1,
      inMonth: [20],
      news: [20],
    };

    it('before its time an article is nowhere, not in counts; at its time it is everywhere, once; a restart changes nothing', async () => {
      const { store } = harness();
      assert.deepEqual(await reach(store), hidden);
      assert.equal(await store.nextScheduled(), AT);
      assert.deepEqual(store.frontPage('vi'), { lead: 20, featured: [1], until: '2030-02-01T00:00:00+07:00' });
      assert.deepEqual(store.breaking('vi'), { text: 'Cầu mới thông xe', until: '2030-03-01T00:00:00+07:00' }, 'no link to an article not yet published');
      assert.deepEqual(await reach(await harness().reopen()), hidden, 'a restart before the time');

      const from = now;
      now = AT + 1000;
      const change = await harness().publishDue(from);
      assert.ok(change);
      assert.deepEqual(change.articles, [20]);
      assert.deepEqual(change.editions, ['vi']);
      assert.deepEqual(change.sections.map((s) => s.slug).sort(), ['giao-thong', 'thoi-su']);
      assert.deepEqual(change.tags.map((t) => t.slug).sort(), ['ha-noi', 'lich-hen']);
      assert.deepEqual(change.authors, ['john-doe']);
      assert.deepEqual(change.months, ['2030-01']);
      assert.deepEqual(change.breaking, ['vi'], 'the banner now links to it');
      assert.deepEqual(change.frontPages, []);
      assert.deepEqual(await reach(store), shown);
      assert.equal(store.breaking('vi')?.article?.id, 20);
      assert.deepEqual(await reach(await harness().reopen()), shown, 'a restart after the time');
      const again = await harness().publishDue(now);
      assert.deepEqual(again && [again.articles, again.breaking], [[], []], 'announced once');

      assert.equal(await store.nextScheduled(), Date.parse('2030-02-01T00:00:00+07:00'));
      now = Date.parse('2030-02-01T00:00:00+07:00') + 1000;
      assert.equal(store.frontPage('vi'), undefined, 'the curation ends at its until');
      assert.deepEqual((await harness().publishDue(Date.parse('2030-02-01T00:00:00+07:00') - 1))?.frontPages, ['vi']);
      now = Date.parse('2030-03-01T00:00:00+07:00') + 1000;
      assert.equal(store.breaking('vi'), undefined, 'the banner ends at its until');
      assert.deepEqual((await harness().publishDue(Date.parse('2030-03-01T00:00:00+07:00') - 1))?.breaking, ['vi']);
      assert.equal(await store.nextScheduled(), undefined);
    });
  });

  describe(`ContentStore contract: ${name}, rescheduling`, () => {
    let now = Date.parse('2026-12-04T12:00:00+07:00');
    const folder = folderStore(`${name}-rescheduled`, (dir) => factory(dir, () => now));

    it('a published article moved to a later time leaves every list and count until then', async () => {
      assert.ok(folder.harness);
      const file = path.join(folder.dir, 'articles', '2023', '2.json');
      const record = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      await writeFile(file, JSON.stringify({ ...record, publishedAt: '2027-01-01T08:00:00+07:00' }));
      const { store } = await folder.harness.update();
      assert.equal(await store.getArticle(2), undefined);
      assert.equal(await store.articleCount(), 10);
      assert.deepEqual(ids(await store.latest('vi', 2)), [1, 3]);
      assert.equal((await store.listByCategory('vi', 'thoi-su', 1, 10)).total, 6);
      assert.equal((await store.listByAuthor('vi', 'an-nhien', 1, 10)).total, 3);
      assert.equal((await store.archiveMonths()).find((m) => m.month === '2023-01')?.count, 4);
      now = Date.parse('2027-01-01T08:00:00+07:00');
      await folder.harness.publishDue(Date.parse('2026-12-04T12:00:00+07:00'));
      assert.equal((await store.getArticle(2))?.id, 2);
      assert.equal((await store.listByCategory('vi', 'thoi-su', 1, 10)).total, 7);
      assert.equal(await store.articleCount(), 11);
    });
  });

  describe(`ContentStore contract: ${name}, live articles`, () => {
    const update = (id: string, at: string, extra: object = {}) => ({ id, at, body: [{ type: 'paragraph', content: `Cập nhật ${id}.` }], ...extra });
    const liveFile = (dir: string) => path.join(dir, 'articles', '2023', '20.json');
    const record = (updates: object[], status = 'live') => ({
      id: 20,
      title: 'Trực tiếp: Hà Nội đón năm mới',
      sapo: 'Diễn biến đêm giao thừa.',
      category: 'thoi-su',
      authors: ['tu-linh'],
      publishedAt: '2023-01-10T08:00:00+07:00',
      body: [{ type: 'paragraph', content: 'Mở đầu.' }],
      live: { status, updates },
    });
    const first = [
      update('mot', '2023-01-10T08:30:00+07:00', { key: true }),
      update('ba', '2023-01-10T10:30:00+07:00', { title: 'Pháo hoa', body: [{ type: 'image', src: 'cover.png', alt: 'Pháo hoa', width: 600, height: 60 }] }),
      update('hai', '2023-01-10T09:30:00+07:00', { pinned: true }),
    ];
    const state = folderStore('live', factory, async (dir) => writeFile(liveFile(dir), JSON.stringify(record(first))));
    const harness = () => {
      assert.ok(state.harness, `the ${name} store did not start (see the error in before())`);
      return state.harness;
    };

    it('the updates round-trip newest first; lists carry the status and the newest update’s time', async () => {
      const article = await harness().store.getArticle(20);
      assert.deepEqual(article?.updates, [
        { id: 'ba', at: '2023-01-10T10:30:00+07:00', title: 'Pháo hoa', body: [{ type: 'image', src: 'cover.png', alt: 'Pháo hoa', width: 600, height: 60 }], key: false, pinned: false },
        { id: 'hai', at: '2023-01-10T09:30:00+07:00', body: [{ type: 'paragraph', content: [{ text: 'Cập nhật hai.' }] }], key: false, pinned: true },
        { id: 'mot', at: '2023-01-10T08:30:00+07:00', body: [{ type: 'paragraph', content: [{ text: 'Cập nhật mot.' }] }], key: true, pinned: false },
      ]);
      assert.deepEqual(article?.live, { status: 'live', latestAt: '2023-01-10T10:30:00+07:00' });
      const listed = (await harness().store.listByCategory('vi', 'thoi-su', 1, 20)).items.find((a) => a.id === 20);
      assert.deepEqual(listed?.live, { status: 'live', latestAt: '2023-01-10T10:30:00+07:00' });
      assert.equal(listed?.updatedAt, '2023-01-10T10:30:00+07:00');
      assert.equal((await harness().store.archiveMonths()).find((m) => m.month === '2023-01')?.lastmod, '2023-01-10T10:30:00+07:00');
      assert.equal((await harness().store.getArticle(1))?.updates, undefined, 'an ordinary article has no updates');
    });

    it('liveUpdatedBetween: live articles by their newest update, bounds included', async () => {
      const between = (since: string, until: string) => harness().store.liveUpdatedBetween(new Date(since), new Date(until), 10);
      assert.deepEqual(ids(await between('2023-01-10T10:30:00+07:00', '2023-01-11T00:00:00+07:00')), [20]);
      assert.deepEqual(ids(await between('2023-01-10T10:31:00+07:00', '2023-01-11T00:00:00+07:00')), [], 'no update since');
      assert.deepEqual(ids(await between('2022-01-01T00:00:00+07:00', '2023-01-10T10:29:00+07:00')), [], 'its newest update decides, not its first');
    });

    it('an update saved is served; a bad update keeps the last good version; ended is served', async () => {
      await writeFile(liveFile(state.dir), JSON.stringify(record([...first, update('bon', '2023-01-10T11:00:00+07:00')])));
      let { store } = await harness().update();
      assert.deepEqual((await store.getArticle(20))?.updates?.map((u) => u.id), ['bon', 'ba', 'hai', 'mot']);
      await writeFile(liveFile(state.dir), JSON.stringify(record([...first, update('bon', '2023-01-10T11:00:00+07:00'), { id: 'nam', at: 'sai', body: [] }])));
      const bad = await harness().update();
      assert.ok(bad.problems.map(formatProblem).includes('articles/2023/20.json: live.updates[nam].at — Invalid ISO datetime'), bad.problems.map(formatProblem).join('\n'));
      assert.deepEqual((await bad.store.getArticle(20))?.updates?.map((u) => u.id), ['bon', 'ba', 'hai', 'mot']);
      await writeFile(liveFile(state.dir), JSON.stringify(record(first, 'ended')));
      ({ store } = await harness().update());
      assert.deepEqual((await store.getArticle(20))?.live, { status: 'ended', latestAt: '2023-01-10T10:30:00+07:00' });
      assert.deepEqual((await store.getArticle(20))?.updates?.map((u) => u.id), ['ba', 'hai', 'mot']);
    });
  });

  describe(`ContentStore contract: ${name}, as the folder changes`, () => {
    /** Each case starts from its own copy of the fixtures and a store of its own over it; both go when the case ends. */
    const freshFolder = async (t: TestContext) => {
      const dir = await mkdtemp(path.join(tmpdir(), `contract-${name}-changes-`));
      await cp(FIXTURES, dir, { recursive: true });
      const harness = await factory(dir);
      t.after(async () => {
        await harness.close();
        await rm(dir, { recursive: true, force: true });
      });
      const file = (id: number, year: number) => path.join(dir, 'articles', String(year), `${id}.json`);
      const edit = async (id: number, year: number, change: (record: Record<string, unknown>) => void) => {
        const record = JSON.parse(await readFile(file(id, year), 'utf8')) as Record<string, unknown>;
        change(record);
        await writeFile(file(id, year), JSON.stringify(record));
      };
      return { harness, file, edit };
    };

    it('an edit is published; a bad record is reported and its last good version stays', async (t) => {
      const { harness, edit } = await freshFolder(t);
      await edit(2, 2023, (r) => (r.title = 'Phố đi bộ đông vui dịp Tết'));
      await edit(7, 2022, (r) => delete r.title);
      const { store, problems } = await harness.update();
      assert.ok(problems.map(formatProblem).includes('articles/2022/7.json: title — Invalid input: expected string, received undefined'), problems.map(formatProblem).join('\n'));
      assert.equal((await store.getArticle(2))?.title, 'Phố đi bộ đông vui dịp Tết');
      assert.deepEqual(ids(articlesOf(await newest(store, 'vi', 'tet', 1, 10))), [2]);
      assert.deepEqual(ids(articlesOf(await newest(store, 'vi', 'hang', 1, 10))), []);
      assert.equal((await store.getArticle(7))?.title, 'Giá xăng giảm mạnh từ chiều nay');
      assert.deepEqual(ids((await store.listByCategory('vi', 'thoi-su', 1, 10)).items), [2, 1, 4, 6, 5, 7, 8]);
    });

    it('a deleted file unpublishes its article everywhere', async (t) => {
      const { harness, file } = await freshFolder(t);
      await rm(file(8, 2022));
      const { store } = await harness.update();
      assert.equal(await store.getArticle(8), undefined);
      assert.equal(await store.articleCount(), 10);
      assert.deepEqual(ids((await store.listByCategory('vi', 'giao-thong', 1, 10)).items), [1, 4]);
      assert.equal((await store.listByCategory('vi', 'thoi-su', 1, 10)).total, 6);
      assert.deepEqual(ids((await store.listByAuthor('vi', 'an-nhien', 1, 10)).items), [2, 4, 6]);
      assert.deepEqual(ids(articlesOf(await newest(store, 'vi', 'duong', 1, 10))), [1]);
      assert.deepEqual((await store.archiveMonths()).find((m) => m.month === '2022-11'), { month: '2022-11', lastmod: '2022-11-15T15:00:00+07:00', count: 1 });
    });

    it('a fixed record replaces its last good version', async (t) => {
      const { harness, edit } = await freshFolder(t);
      await edit(7, 2022, (r) => delete r.title);
      assert.equal((await (await harness.update()).store.getArticle(7))?.title, 'Giá xăng giảm mạnh từ chiều nay');
      await edit(7, 2022, (r) => (r.title = 'Giá xăng tăng nhẹ'));
      const { store, problems } = await harness.update();
      assert.deepEqual(problems.filter((p) => p.file === 'articles/2022/7.json'), []);
      assert.equal((await store.getArticle(7))?.title, 'Giá xăng tăng nhẹ');
    });
  });
}
