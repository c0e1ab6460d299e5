import postgres, { type PendingQuery, type Row, type Sql } from 'postgres';
import type { Locale } from '../../locale';
import { NO_EDITORIAL, type Article, type ArticleBlock, type ArticleSummary, type Author, type Breaking, type Category, type Editorial, type LiveUpdate, type Site, type Tag } from '../records/model';
import type { Correction, FrontEdition } from '../records/schema';
import { breakingAt, frontPageAt } from '../store/editorial';
import { makeSnippet } from '../../search/snippet';
import { parseQuery } from '../../search/query';
import { SEARCH_LIMIT, type ArchiveMonth, type Clock, type ContentStore, type Page, type SearchRequest, type SearchResults } from '../store/contract';
import { migrate } from './migrate';
import { FIRST_SLICE, nextSliceSize, searchMonths, takeSlice, type MonthCount } from './search-slices';
import { config } from '../../config';

/**
 * A connection pool: small, since every query is one indexed statement.
 * Statements are prepared but always planned with their values
 * (force_custom_plan): whether "ha noi" (most articles) or a rare name is
 * searched decides between walking the newest-first index and the GIN index.
 * `settings` are more run-time parameters, sent when each connection opens.
 */
/** Connections of a pool for pages (every read but search). */
export const READ_CONNECTIONS = 10;

export function connect(url = config.databaseUrl, max = READ_CONNECTIONS, settings: Record<string, string> = {}, pool: { maxPipeline?: number } = {}): Sql {
  return postgres(url, {
    max,
    ...(pool.maxPipeline === undefined ? {} : { max_pipeline: pool.maxPipeline }),
    // Reconnecting after the database went away: postgres.js waits 3^n / 100 s, up to 20 s,
    // between attempts; at most a second here, so pages and LISTEN come back within a second or
    // so of the database (decision 022).
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1) * (0.75 + Math.random() / 4),
    onnotice: () => {},
    connection: { application_name: 'tin-tuc-content', plan_cache_mode: 'force_custom_plan', jit: 'off', ...settings },
  });
}

/** Connections of the search pool: searches are few beside page reads, and each holds its connection for a few slices. */
export const SEARCH_CONNECTIONS = 4;

/**
 * The search pool: its connections run with `enable_seqscan = off` from the moment they open
 * (decision 018: only the GIN indexes may find a slice's hits; decision 022: set per connection,
 * not per transaction, so that no read opens a transaction). Nothing else runs on it.
 */
export function connectSearch(url = config.databaseUrl, max = SEARCH_CONNECTIONS, pool: { maxPipeline?: number } = {}): Sql {
  return connect(url, max, { application_name: 'tin-tuc-search', enable_seqscan: 'off' }, pool);
}

/** The body as stored: related blocks keep the ids they name and are resolved when read. */
export type StoredBlock = Exclude<ArticleBlock, { type: 'related' }> | { type: 'related'; ids: number[] };

/** A search hit, and its base relevance score when it was computed while finding it. */
interface Hit {
  id: number;
  score: number | null;
}

interface Taxonomy {
  site: Site;
  categories: Category[];
  authors: Author[];
  /** front-page.json and breaking.json as the last sync stored them. */
  editorial: Editorial;
}


/** The membership tables behind listByCategory, listByTag and listByAuthor (kind = list_counts.kind). */
const LISTS = {
  cat: { table: 'article_categories', column: 'category' },
  tag: { table: 'article_tags', column: 'tag_slug' },
  author: { table: 'article_authors', column: 'author_slug' },
} as const;

/** The content database has never been synced: nothing to serve. */
export class EmptyDatabaseError extends Error {
  override name = 'EmptyDatabaseError';
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
/** A timestamptz read back as "YYYY-MM-DDTHH:MM:SS+07:00". */
const vietnamIso = (date: Date) => `${new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;

/**
 * The content store on PostgreSQL (decision 010). The site settings,
 * categories and authors are small and held in memory (refresh() re-reads
 * them after a sync); articles are not: every getter is one or two indexed
 * queries. The articles are written by the sync (../ingest/sync), never here. A scheduled
 * article is in the table but not `released` (migration 008): no getter answers it until the
 * schedule releases it (../ingest/sync/release.ts).
 */
export class PostgresStore implements ContentStore {
  /**
   * Connects, applies pending migrations and reads the taxonomy. `sql` is the pool for every
   * read but search; searches get a pool of their own (`search`, or connectSearch on `url`,
   * opened at the first search). close() ends both. `clock` says when front pages and banners end.
   */
  static async open(options: { url?: string; sql?: Sql; search?: Sql; migrate?: boolean; clock?: Clock } = {}): Promise<PostgresStore> {
    const url = options.url ?? config.databaseUrl;
    const sql = options.sql ?? connect(url);
    if (options.migrate !== false) await migrate(sql);
    const store = new PostgresStore(sql, url, options.clock ?? Date.now, options.search);
    await store.refresh();
    return store;
  }

  private taxonomy?: Taxonomy;
  private categoryMap = new Map<string, Category>();
  private authorMap = new Map<string, Author>();
  private constructor(
    readonly sql: Sql,
    private readonly url: string,
    /** When front pages and banners end (articles are released by the schedule, not by this clock). */
    private readonly clock: Clock,
    private searchPool?: Sql,
  ) {}

  /** The search pool (connectSearch), opened at the first search. */
  get searchSql(): Sql {
    return (this.searchPool ??= connectSearch(this.url));
  }

  /** Re-reads site settings, categories and authors (after a sync changed them). */
  async refresh(): Promise<void> {
    const rows = await this.sql<{ key: string; value: unknown }[]>`SELECT key, value FROM taxonomy`;
    const value = (key: string) => rows.find((r) => r.key === key)?.value;
    const site = value('site') as Site | undefined;
    if (!site) throw new EmptyDatabaseError('The content database is empty: run `npm run sync-content` to import the content folder.');
    const categories = (value('categories') ?? []) as Category[];
    const authors = (value('authors') ?? []) as Author[];
    categories.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
    const editorial: Editorial = {
      frontPages: (value('front-page') ?? NO_EDITORIAL.frontPages) as Editorial['frontPages'],
      breaking: (value('breaking') ?? NO_EDITORIAL.breaking) as Editorial['breaking'],
    };
    this.taxonomy = { site, categories, authors, editorial };
    this.categoryMap = new Map(categories.map((c) => [`${c.locale}/${c.slug}`, c]));
    this.authorMap = new Map(authors.map((a) => [a.slug, a]));
  }

  /** The database answers `SELECT 1` within `timeoutMs` (a health check; never throws). */
  async ping(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const answer = this.sql`SELECT 1 AS one`.then(
      (rows) => rows[0]?.one === 1,
      () => false,
    );
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.sql.end({ timeout: 5 }), this.searchPool?.end({ timeout: 5 })]);
  }

  private get tax(): Taxonomy {
    if (!this.taxonomy) throw new EmptyDatabaseError('PostgresStore used before refresh()');
    return this.taxonomy;
  }

  get site(): Site {
    return this.tax.site;
  }

  categories(locale: Locale): Category[] {
    return this.tax.categories.filter((c) => c.locale === locale);
  }

  getCategory(locale: Locale, slug: string): Category | undefined {
    return this.categoryMap.get(`${locale}/${slug}`);
  }

  menu(locale: Locale): Category[] {
    return this.categories(locale).filter((c) => !c.parent);
  }

  subcategories(locale: Locale, parent: string): Category[] {
    return this.categories(locale).filter((c) => c.parent === parent);
  }

  getAuthor(slug: string): Author | undefined {
    return this.authorMap.get(slug);
  }

  authors(): Author[] {
    return [...this.tax.authors];
  }

  /** A stored summary with today's category and author records (a renamed section shows its new name). */
  private hydrate<T extends ArticleSummary>(stored: T): T {
    return {
      ...stored,
      category: this.getCategory(stored.locale, stored.category.slug) ?? stored.category,
      authors: stored.authors.map((a) => this.getAuthor(a.slug) ?? a),
    };
  }

  async articleCount(): Promise<number> {
    const [row] = await this.sql<{ n: number }[]>`SELECT coalesce(sum(n), 0)::int AS n FROM list_counts WHERE kind = 'edition'`;
    return row?.n ?? 0;
  }

  async getArticle(id: number): Promise<Article | undefined> {
    if (!Number.isSafeInteger(id) || id < 1 || id > 2 ** 31 - 1) return undefined;
    const [row] = await this.sql<{ summary: ArticleSummary; body: StoredBlock[]; file: string; revision: string; corrections: Correction[] | null; live_updates: LiveUpdate[] | null }[]>`
      SELECT summary, body, file, revision, corrections, live_updates FROM articles WHERE id = ${id} AND released`;
    if (!row) return undefined;
    const { body, hiddenRelated } = await this.resolveRelated(id, row.body);
    return {
      ...this.hydrate(row.summary),
      body,
      ...(hiddenRelated.length > 0 && { hiddenRelated }),
      ...(row.corrections && { corrections: row.corrections }),
      ...(row.live_updates && { updates: row.live_updates }),
      file: row.file,
      revision: row.revision,
    };
  }

  /**
   * Related blocks name ids; they become the summaries of the articles published (the others are
   * left out, as is an empty block). The ids of scheduled ones are answered too (hiddenRelated).
   */
  private async resolveRelated(self: number, body: StoredBlock[]): Promise<{ body: ArticleBlock[]; hiddenRelated: number[] }> {
    const ids = [...new Set(body.flatMap((b) => (b.type === 'related' ? b.ids : [])))].filter((id) => id !== self);
    if (ids.length === 0) return { body: body.filter((b): b is Exclude<StoredBlock, { type: 'related' }> => b.type !== 'related'), hiddenRelated: [] };
    const rows = await this.sql<{ summary: ArticleSummary; released: boolean }[]>`SELECT summary, released FROM articles WHERE id = ANY(${ids}::int[])`;
    const found = new Map(rows.filter((r) => r.released).map((r) => [r.summary.id, this.hydrate(r.summary)]));
    const hiddenRelated = rows.filter((r) => !r.released).map((r) => r.summary.id);
    const out: ArticleBlock[] = [];
    for (const block of body) {
      if (block.type !== 'related') out.push(block);
      else {
        const items = block.ids.filter((id) => id !== self).map((id) => found.get(id)).filter((s): s is ArticleSummary => s !== undefined);
        if (items.length > 0) out.push({ type: 'related', items });
      }
    }
    return { body: out, hiddenRelated };
  }

  private async summaries(query: Promise<{ summary: ArticleSummary }[]>): Promise<ArticleSummary[]> {
    return (await query).map((row) => this.hydrate(row.summary));
  }

  async latest(locale: Locale, count: number, options: { exclude?: number[] } = {}): Promise<ArticleSummary[]> {
    const exclude = options.exclude ?? [];
    return this.summaries(this.sql`
      SELECT summary FROM articles
      WHERE locale = ${locale} AND id <> ALL(${exclude}::int[]) AND released
      ORDER BY published_at DESC, id DESC LIMIT ${Math.max(0, count)}`);
  }

  private async count(kind: string, locale: string, key: string): Promise<number> {
    const [row] = await this.sql<{ n: number }[]>`SELECT n FROM list_counts WHERE kind = ${kind} AND locale = ${locale} AND key = ${key}`;
    return row?.n ?? 0;
  }

  /**
   * One page of a list of `total` rows; `rows(limit, offset)` reads it. A page
   * past the last is empty (or, with clampToLast, the last page).
   */
  private async page(
    total: number,
    requested: number,
    perPage: number,
    rows: (limit: number, offset: number) => Promise<{ summary: ArticleSummary }[]>,
    { clampToLast = false } = {},
  ): Promise<Page<ArticleSummary>> {
    const pageCount = Math.max(1, Math.ceil(total / perPage));
    const page = clampToLast ? Math.min(requested, pageCount) : requested;
    const offset = (page - 1) * perPage;
    const items = page >= 1 && offset < total ? await this.summaries(rows(perPage, offset)) : [];
    return { items, page, pageCount, total };
  }

  /**
   * One page of a membership list, newest first: the ids come from one index
   * scan of (locale, key, published_at DESC, id DESC), then only that page's
   * rows are read. A deep page skips index entries, never article rows.
   */
  private listPage(list: keyof typeof LISTS, locale: Locale, key: string, limit: number, offset: number, except = 0) {
    const { table, column } = LISTS[list];
    return this.sql<{ summary: ArticleSummary }[]>`
      SELECT a.summary FROM (
        SELECT id, published_at FROM ${this.sql(table)}
        WHERE locale = ${locale} AND ${this.sql(column)} = ${key} AND id <> ${except}
        ORDER BY published_at DESC, id DESC LIMIT ${limit} OFFSET ${offset}
      ) p JOIN articles a ON a.id = p.id
      ORDER BY p.published_at DESC, p.id DESC`;
  }

  async listByCategory(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>> {
    return this.page(await this.count('cat', locale, slug), page, perPage, (limit, offset) => this.listPage('cat', locale, slug, limit, offset));
  }

  async getTag(locale: Locale, slug: string): Promise<Tag | undefined> {
    const [row] = await this.sql<{ name: string }[]>`
      SELECT name FROM article_tags WHERE locale = ${locale} AND tag_slug = ${slug}
      ORDER BY published_at DESC, id DESC LIMIT 1`;
    return row ? { slug, name: row.name } : undefined;
  }

  async listByTag(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>> {
    return this.page(await this.count('tag', locale, slug), page, perPage, (limit, offset) => this.listPage('tag', locale, slug, limit, offset));
  }

  async listByAuthor(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>> {
    return this.page(await this.count('author', locale, slug), page, perPage, (limit, offset) => this.listPage('author', locale, slug, limit, offset));
  }

  async related(article: ArticleSummary, count: number): Promise<ArticleSummary[]> {
    return this.summaries(this.listPage('cat', article.locale, article.category.slug, Math.max(0, count), 0, article.id));
  }

  /**
   * See ContentStore. The hits are found newest first, a few months at a time (searchHits,
   * search-slices.ts, decision 018), up to one past SEARCH_LIMIT: each slice is one look-up of a
   * (month, words) GIN index, which costs what that slice holds. Relevance then ranks the newest
   * SEARCH_LIMIT.
   */
  async search(locale: Locale, request: SearchRequest, page: number, perPage: number): Promise<SearchResults> {
    const query = parseQuery(request.text);
    if (query.required.length === 0) return { items: [], page: Math.max(1, page), pageCount: 1, total: 0, more: false };
    // Every word required, each quoted phrase as adjacent words (<->); folded as the documents are.
    // A phrase's words are not repeated on their own: the phrase holds them, and each extra operand
    // costs ts_rank_cd time on every hit (22 → 15 ms for 1,000 hits of "xây dựng Đảng").
    const quoted = query.groups.filter((g) => g.quoted).map((g) => g.words.map((w) => w.folded));
    const inPhrases = new Set(quoted.flat());
    const must = [...query.required.filter((w) => !inPhrases.has(w)), ...quoted.map((words) => `(${words.join(' <-> ')})`)].join(' & ');
    const loose = query.groups.find((g) => !g.quoted)?.words.map((w) => w.folded) ?? [];
    // The loose words adjacent and in order (a name) rank above the same words scattered (×2).
    const togetherBonus = loose.length > 1 ? 2 : 1;
    const together = togetherBonus > 1 ? this.sql`(CASE WHEN a.search @@ ${this.folded(loose.join(' <-> '))} THEN ${togetherBonus} ELSE 1 END)` : this.sql`1`;
    // Words typed with diacritics: articles holding that exact spelling rank first (×3).
    const marked = [...new Set(query.groups.flatMap((g) => g.words).filter((w) => w.marked).map((w) => w.exact))];
    const exactBonus = marked.length > 0 ? 3 : 1;
    const exactly = exactBonus > 1 ? this.sql`(CASE WHEN a.search_exact @@ to_tsquery('simple', ${marked.join(' & ')}) THEN ${exactBonus} ELSE 1 END)` : this.sql`1`;
    const q = this.folded(must);

    // Each quoted phrase as its adjacent pairs ('xay_dung' & 'dung_dang'), the lexemes of search_pairs() (migration 007).
    const pairs = quoted.flatMap((words) => words.slice(1).map((word, i) => `'${words[i]}_${word}'`)).join(' & ');
    // Relevance: headline (A) over sapo (B) over tags and authors (C) and body (D); newer articles
    // are gently preferred (half the weight after a year).
    const baseScore = this.sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', a.search, ${q}) / (1 + extract(epoch FROM now() - a.published_at) / 31557600.0)`;
    // A phrase's hits are confirmed by reading their vectors; ranked by relevance, that read gives
    // their base score too (searchHits).
    const scoreWhileFinding = pairs !== '' && request.sort !== 'newest';
    const hits = await this.searchHits(locale, request, q, pairs, scoreWhileFinding ? baseScore : null);
    const total = Math.min(hits.length, SEARCH_LIMIT);
    const ranked = hits.slice(0, SEARCH_LIMIT);
    const rankedIds = ranked.map((h) => h.id);
    const pageCount = Math.max(1, Math.ceil(total / perPage));
    const shown = Math.min(Math.max(1, page), pageCount);
    const offset = (shown - 1) * perPage;
    const base = scoreWhileFinding
      ? this.sql`SELECT * FROM unnest(${rankedIds}::int[], ${ranked.map((h) => h.score ?? 0)}::float8[]) AS b(id, score)`
      : this.sql`SELECT a.id, ${baseScore} AS score FROM articles a WHERE a.id = ANY(${rankedIds}::int[])`;
    // Newest first: the hits are already in that order. Relevance multiplies the base score by the
    // bonuses: a name's words together (×2), the exact spelling (×3).
    const pageIds =
      request.sort === 'newest'
        ? rankedIds.slice(offset, offset + perPage)
        : ranked.length === 0
          ? []
          : (
              // The bonuses each read a vector again: only the hits whose base score times the
              // largest bonus reaches the page's last base score can be on the page, so only those
              // are checked (the order is the same as checking all).
              await this.sql<{ id: number }[]>`
                WITH base AS MATERIALIZED (${base}), bar AS (
                  SELECT score FROM base ORDER BY score DESC LIMIT 1 OFFSET ${offset + perPage - 1}
                )
                SELECT b.id FROM base b JOIN articles a ON a.id = b.id
                WHERE b.score * ${togetherBonus * exactBonus} >= coalesce((SELECT score FROM bar), 0)
                ORDER BY b.score * ${together} * ${exactly} DESC, a.published_at DESC, b.id DESC
                LIMIT ${perPage} OFFSET ${offset}`
            ).map((r) => r.id);
    const rows = pageIds.length === 0 ? [] : await this.sql<{ id: number; summary: ArticleSummary; body: StoredBlock[] }[]>`
      SELECT id, summary, body FROM articles WHERE id = ANY(${pageIds}::int[])`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = pageIds.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const article = this.hydrate(row.summary);
      // Related blocks carry ids here; the snippet reads only text blocks.
      const textBlocks = row.body.filter((b): b is Exclude<StoredBlock, { type: 'related' }> => b.type !== 'related');
      return [{ article, snippet: makeSnippet({ ...article, body: textBlocks }, query) }];
    });
    return { items, page: shown, pageCount, total, more: hits.length > SEARCH_LIMIT };
  }

  /** A tsquery over folded words, as the documents are folded ('simple': no stemming, no stop words). */
  private folded(text: string) {
    return this.sql`to_tsquery('simple', content_fold(${text}))`;
  }

  /**
   * The newest hits, newest first, up to one past SEARCH_LIMIT: slice by slice, each a bitmap of
   * the (search_month(month), search) GIN index for its months (and, for a phrase, of the
   * (month_number(month), search_pairs(search)) one), stopping once enough are found. The ORDER BY
   * hides the newest-first index, whose walk checks articles' vectors one by one (8,000 of them
   * for a word in a few per cent of a month's articles). With `score` (a phrase ranked by
   * relevance), each hit comes with that score, computed where the phrase is confirmed.
   */
  private async searchHits(locale: Locale, request: SearchRequest, q: PendingQuery<Row[]>, pairs: string, score: PendingQuery<Row[]> | null): Promise<Hit[]> {
    const months = await this.sql<MonthCount[]>`SELECT key AS month, n FROM list_counts WHERE kind = 'month' AND locale = '' AND n > 0`;
    // Only the GIN index may answer: any other plan checks articles' vectors one by one (~6 µs
    // each, read from TOAST, a cost the planner does not see). It chose a sequential scan, or the
    // edition's btree index, for "năm" on a 5,000-article archive: 70 ms where the GIN takes 8.
    // So no sequential scan (the search pool's connections run with enable_seqscan = off, a
    // setting of the connection, not of a transaction: decision 022), and the other conditions
    // are written so that no btree index matches them: (locale || ''), published_at + interval
    // '0', (id + 0).
    const db = this.searchSql;
    const since = request.since ? db`AND a.published_at + interval '0' >= ${request.since}` : db``;
    // A phrase: the pairs index gives the articles holding all its pairs (nearly only its hits),
    // asked on its own so that its condition is never rechecked row by row (search_pairs() costs
    // 1.1 ms an article: ANDed with the words' index, whose phrase bitmap is always rechecked, a
    // month took 713 ms); they are then read by id and confirmed (below).
    const candidates = async (numbers: number[]) =>
      (await db<{ id: number }[]>`
        SELECT id FROM articles WHERE month_number(month) = ANY(${numbers}::int[]) AND search_pairs(search) @@ content_fold(${pairs})::tsquery`).map((r) => r.id);
    const hits: Hit[] = [];
    const ordered = searchMonths(months, request.since);
    let size = FIRST_SLICE;
    for (let i = 0; i < ordered.length && hits.length <= SEARCH_LIMIT; ) {
      const { slice, held, next } = takeSlice(ordered, i, size);
      i = next;
      const need = SEARCH_LIMIT + 1 - hits.length;
      const section = request.section
        ? db`AND (a.id + 0) IN (SELECT id FROM article_categories WHERE locale = ${locale} AND category = ${request.section}
            AND published_at >= ${slice.start} AND published_at < ${slice.end})`
        : db``;
      const among = pairs ? db`a.id = ANY(${await candidates(slice.numbers)}::int[])` : db`search_month(a.month) = ANY(${slice.numbers}::int[])`;
      const filters = db`(a.locale || '') = ${locale} AND a.released ${since} ${section}`;
      // A phrase's candidates are read by id, newest first, and confirmed one by one until
      // enough are found (the last slice of "xây dựng Đảng" reads 357 of its 664 vectors), the
      // match in a LATERAL select list where no index can answer it:
      // written in WHERE, a planner with stale statistics (during a large import) took the
      // words' GIN index for the phrase over the whole archive and rechecked 47,000 articles
      // (583 ms where the ids take 12). Ranked by relevance, the base score is the match:
      // ts_rank_cd is above 0 exactly when the article matches (it scores the stretches of text
      // that satisfy the query), so each hit's vector is read once, not once to confirm and
      // again to rank.
      const confirm = score ?? db`(a.search @@ ${q})::int`;
      const rows = pairs
        ? await db<Hit[]>`
            SELECT a.id, ${score ? db`r.score` : db`NULL`}::float8 AS score FROM (
              SELECT a.id, a.published_at, a.search, a.published_at + interval '0' AS newest FROM articles a
              WHERE ${among} AND ${filters} ORDER BY newest DESC, a.id DESC OFFSET 0
            ) a CROSS JOIN LATERAL (SELECT ${confirm} AS score OFFSET 0) r
            WHERE r.score > 0 ORDER BY a.newest DESC, a.id DESC LIMIT ${need}`
        : await db<Hit[]>`
            SELECT a.id, NULL::float8 AS score FROM articles a
            WHERE ${among} AND a.search @@ ${q} AND ${filters}
            ORDER BY a.published_at + interval '0' DESC, a.id DESC LIMIT ${need}`;
      hits.push(...rows);
      size = nextSliceSize(size, held, rows.length, need - rows.length);
    }
    return hits;
  }

  async archiveMonths(): Promise<ArchiveMonth[]> {
    const rows = await this.sql<{ month: string; n: number; lastmod: Date }[]>`
      SELECT c.key AS month, c.n, m.lastmod FROM list_counts c
      CROSS JOIN LATERAL (SELECT max(lastmod) AS lastmod FROM articles WHERE month = c.key AND released) m
      WHERE c.kind = 'month' AND c.n > 0
      ORDER BY c.key DESC`;
    return rows.map((r) => ({ month: r.month, lastmod: vietnamIso(r.lastmod), count: r.n }));
  }

  async articlesInMonth(month: string): Promise<ArticleSummary[]> {
    return this.summaries(this.sql`SELECT summary FROM articles WHERE month = ${month} AND released ORDER BY published_at DESC, id DESC`);
  }

  async publishedBetween(since: Date, until: Date, limit: number): Promise<ArticleSummary[]> {
    return this.summaries(this.sql`
      SELECT summary FROM articles WHERE published_at >= ${since} AND published_at <= ${until} AND released
      ORDER BY published_at DESC, id DESC LIMIT ${Math.max(0, limit)}`);
  }

  /** A partial index holds the live articles by their newest update (migration 010). */
  async liveUpdatedBetween(since: Date, until: Date, limit: number): Promise<ArticleSummary[]> {
    return this.summaries(this.sql`
      SELECT summary FROM articles WHERE live_updates IS NOT NULL AND lastmod >= ${since} AND lastmod <= ${until} AND released
      ORDER BY lastmod DESC, id DESC LIMIT ${Math.max(0, limit)}`);
  }

  frontPage(locale: Locale): FrontEdition | undefined {
    return frontPageAt(this.tax.editorial, locale, this.clock());
  }

  breaking(locale: Locale): Breaking | undefined {
    return breakingAt(this.tax.editorial, locale, this.clock());
  }

  /** The earliest unreleased article or timer (a partial index holds the few scheduled articles), possibly already past. */
  async nextScheduled(): Promise<number | undefined> {
    const [row] = await this.sql<{ next: Date | null }[]>`
      SELECT least((SELECT min(published_at) FROM articles WHERE NOT released), (SELECT min(at) FROM content_timers)) AS next`;
    return row?.next ? row.next.getTime() : undefined;
  }
}
