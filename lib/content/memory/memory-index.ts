import { NO_EDITORIAL, type Article, type ArticleSummary, type Author, type Breaking, type Category, type Editorial, type Site, type Tag } from '../records/model';
import type { FrontEdition } from '../records/schema';
import type { Locale } from '../../locale';
import { LOCALES } from '../../locale';
import { vietnamTime } from '../../hanoi-time';
import { NO_CHANGE, changeOf, type ContentChange } from '../store/change';
import { breakingAt, editorialEnds, frontPageAt } from '../store/editorial';
import { SEARCH_LIMIT, type ArchiveMonth, type Clock, type ContentStore, type Page, type SearchHit, type SearchRequest, type SearchResults } from '../store/contract';
import { noPause, type Pace } from './pacer';
import { SearchIndex } from './search-index';
import { parseQuery } from '../../search/query';
import { makeSnippet } from '../../search/snippet';
import { searchableText } from '../../search/text';


/** Newest first (ties: higher id first); each date is parsed once, not once per comparison. */
function sortNewest<T extends ArticleSummary>(articles: readonly T[]): T[] {
  return articles
    .map((article) => ({ article, time: Date.parse(article.publishedAt) }))
    .sort((a, b) => b.time - a.time || b.article.id - a.article.id)
    .map((entry) => entry.article);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class Edition {
  readonly latest: Article[];
  readonly categories: Category[];
  readonly byCategory = new Map<string, Article[]>();
  readonly byTag = new Map<string, Article[]>();
  readonly tags = new Map<string, Tag>();
  readonly byAuthor = new Map<string, Article[]>();
  /** Live articles (few: the news sitemap asks which were updated lately). */
  readonly live: Article[];
  /** Publication time (ms) of each article of `latest`: newest first. */
  readonly times: Float64Array;
  /** Full-text index; articles are numbered by their place in `latest`. */
  readonly text: SearchIndex;

  constructor(categories: Category[], articles: Article[]) {
    this.latest = sortNewest(articles);
    this.live = this.latest.filter((a) => a.live);
    this.times = Float64Array.from(this.latest, (a) => Date.parse(a.publishedAt));
    this.text = new SearchIndex(this.times);
    this.categories = [...categories].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
    const parents = new Map(categories.map((c) => [c.slug, c.parent]));
    for (const article of this.latest) {
      // An article is listed in its category and in every ancestor (Bóng đá → Thể thao).
      const seen = new Set<string>();
      for (let slug: string | undefined = article.category.slug; slug && !seen.has(slug); slug = parents.get(slug)) {
        seen.add(slug);
        push(this.byCategory, slug, article);
      }
      for (const tag of article.tags) {
        push(this.byTag, tag.slug, article);
        if (!this.tags.has(tag.slug)) this.tags.set(tag.slug, tag);
      }
      for (const author of article.authors) push(this.byAuthor, author.slug, article);
    }
  }

  /** Fills the search index; the slowest part of a build, so it paces itself. */
  async indexWords(pace: Pace): Promise<void> {
    for (const [position, a] of this.latest.entries()) {
      this.text.add(position, searchableText(a));
      await pace();
    }
    await this.text.finish(pace);
  }

  /**
   * How many articles at the head of `latest` are scheduled (published after `now`): newest first,
   * they come before every published one. Costs the number of scheduled articles.
   */
  scheduled(now: number): number {
    let n = 0;
    while (n < this.times.length && (this.times[n] as number) > now) n++;
    return n;
  }

  /** How many articles are newer than `since`: the time filter is a prefix of `latest`. */
  countSince(since: Date): number {
    const t = since.getTime();
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.times[mid] as number) >= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A category and every category below it. */
  section(slug: string): Set<string> {
    const out = new Set<string>([slug]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const c of this.categories) {
        if (c.parent && out.has(c.parent) && !out.has(c.slug)) {
          out.add(c.slug);
          grew = true;
        }
      }
    }
    return out;
  }
}

/**
 * The in-memory index over all valid content, built once at load. Every getter
 * is a map lookup or an array slice: nothing here touches the disk.
 */
export class MemoryIndex implements ContentStore {
  /** The only way to make one: the constructor leaves search empty, build fills it. */
  static async build(
    site: Site,
    categories: Category[],
    authors: Author[],
    articles: Article[],
    pace: Pace = noPause,
    { clock = Date.now, editorial = NO_EDITORIAL }: { clock?: Clock; editorial?: Editorial } = {},
  ): Promise<MemoryIndex> {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const edition = (locale: Locale) =>
      new Edition(
        categories.filter((c) => c.locale === locale),
        articles.filter((a) => a.locale === locale),
      );
    const index = new MemoryIndex(site, new Map(authors.map((a) => [a.slug, a])), byId, { vi: edition('vi'), en: edition('en') }, clock, editorial, clock());
    for (const edition of Object.values(index.editions)) await edition.indexWords(pace);
    return index;
  }

  private constructor(
    readonly site: Site,
    private readonly authorMap: Map<string, Author>,
    private readonly byId: Map<number, Article>,
    private readonly editions: Record<Locale, Edition>,
    private readonly clock: Clock,
    /** front-page.json and breaking.json as last read. */
    readonly editorial: Editorial,
    /**
     * When its articles were read (ms): what was published by then a reload reports (diff.ts),
     * what comes due after it the schedule does (dueBetween), so that neither reports the other's.
     */
    readonly builtAt: number,
  ) {}

  /** The same articles with another front page and banner: a save of front-page.json or breaking.json costs no re-index. */
  withEditorial(editorial: Editorial): MemoryIndex {
    return new MemoryIndex(this.site, this.authorMap, this.byId, this.editions, this.clock, editorial, this.builtAt);
  }

  /** The articles scheduled for later, soonest first (check-content lists them). */
  scheduledArticles(): Article[] {
    const now = this.clock();
    return LOCALES.flatMap((locale) => this.editions[locale].latest.slice(0, this.editions[locale].scheduled(now))).sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt) || a.id - b.id);
  }

  /** Published now: not scheduled for later. */
  private visible(article: ArticleSummary, now = this.clock()): boolean {
    return Date.parse(article.publishedAt) <= now;
  }

  /** Bytes held by the full-text index's posting lists, both editions (bench/bench-search.ts reports it). */
  searchIndexBytes(): number {
    return LOCALES.reduce((sum, locale) => sum + this.editions[locale].text.bytes(), 0);
  }

  /** How many articles are loaded (synchronous: the loader and the watcher report it). */
  get size(): number {
    return this.byId.size;
  }

  async articleCount(): Promise<number> {
    const now = this.clock();
    return this.byId.size - LOCALES.reduce((n, locale) => n + this.editions[locale].scheduled(now), 0);
  }

  /** The article with this id, scheduled or not, synchronously (the loader and reload diffs compare indexes). */
  article(id: number): Article | undefined {
    return this.byId.get(id);
  }

  async getArticle(id: number): Promise<Article | undefined> {
    const article = this.byId.get(id);
    if (!article) return undefined;
    const now = this.clock();
    if (!this.visible(article, now)) return undefined;
    // A related link to an article still scheduled is left out until it is published (as is a block left empty).
    const hides = (block: Article['body'][number]) => block.type === 'related' && block.items.some((item) => !this.visible(item, now));
    if (!article.body.some(hides)) return article;
    const hiddenRelated = new Set<number>();
    const body = article.body
      .map((block) => {
        if (block.type !== 'related') return block;
        block.items.filter((item) => !this.visible(item, now)).forEach((item) => hiddenRelated.add(item.id));
        return { ...block, items: block.items.filter((item) => this.visible(item, now)) };
      })
      .filter((block) => block.type !== 'related' || block.items.length > 0);
    return { ...article, body, hiddenRelated: [...hiddenRelated] };
  }

  async latest(locale: Locale, count: number, options: { exclude?: number[] } = {}): Promise<ArticleSummary[]> {
    const exclude = new Set(options.exclude);
    const out: ArticleSummary[] = [];
    const { latest } = this.editions[locale];
    for (let i = this.editions[locale].scheduled(this.clock()); i < latest.length && out.length < count; i++) {
      const article = latest[i] as Article;
      if (!exclude.has(article.id)) out.push(article);
    }
    return out;
  }

  /** A newest-first list without its scheduled head. */
  private published<T extends ArticleSummary>(list: readonly T[], now = this.clock()): readonly T[] {
    let n = 0;
    while (n < list.length && !this.visible(list[n] as T, now)) n++;
    return n === 0 ? list : list.slice(n);
  }

  /** All articles of an edition, scheduled ones too, newest first: for the loader and reload diffs, not part of the store contract. */
  all(locale: Locale): readonly Article[] {
    return this.editions[locale].latest;
  }

  categories(locale: Locale): Category[] {
    return this.editions[locale].categories;
  }

  getCategory(locale: Locale, slug: string): Category | undefined {
    return this.editions[locale].categories.find((c) => c.slug === slug);
  }

  menu(locale: Locale): Category[] {
    return this.editions[locale].categories.filter((c) => !c.parent);
  }

  subcategories(locale: Locale, parent: string): Category[] {
    return this.editions[locale].categories.filter((c) => c.parent === parent);
  }

  async listByCategory(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>> {
    return paginate(this.published(this.editions[locale].byCategory.get(slug) ?? []), page, perPage);
  }

  async getTag(locale: Locale, slug: string): Promise<Tag | undefined> {
    const list = this.editions[locale].byTag.get(slug) ?? [];
    const first = this.published(list)[0];
    // Named by its newest published article: a scheduled one does not name it yet.
    if (first === list[0]) return first && this.editions[locale].tags.get(slug);
    return first?.tags.find((t) => t.slug === slug);
  }

  async listByTag(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>> {
    return paginate(this.published(this.editions[locale].byTag.get(slug) ?? []), page, perPage);
  }

  getAuthor(slug: string): Author | undefined {
    return this.authorMap.get(slug);
  }

  authors(): Author[] {
    return [...this.authorMap.values()];
  }

  async listByAuthor(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>> {
    return paginate(this.published(this.editions[locale].byAuthor.get(slug) ?? []), page, perPage);
  }

  async related(article: ArticleSummary, count: number): Promise<ArticleSummary[]> {
    const list = this.published(this.editions[article.locale].byCategory.get(article.category.slug) ?? []);
    const out: ArticleSummary[] = [];
    for (const a of list) {
      if (out.length >= count) break;
      if (a.id !== article.id) out.push(a);
    }
    return out;
  }

  /** See ContentStore.search. A page past the last one answers the last page (results change; links age). */
  async search(locale: Locale, request: SearchRequest, page: number, perPage: number): Promise<SearchResults> {
    const query = parseQuery(request.text);
    const edition = this.editions[locale];
    if (query.required.length === 0 || (request.section && !this.getCategory(locale, request.section))) {
      return { ...paginate<SearchHit>([], page, perPage, { clampToLast: true }), more: false };
    }
    const section = request.section ? edition.section(request.section) : undefined;
    const answer = edition.text.search(query, {
      sort: request.sort,
      // Articles are numbered newest first: the scheduled ones are the first numbers.
      from: edition.scheduled(this.clock()),
      limit: request.since ? edition.countSince(request.since) : edition.latest.length,
      keep: section && ((n) => section.has((edition.latest[n] as Article).category.slug)),
      top: page * perPage,
      hits: SEARCH_LIMIT,
    });
    const total = Math.min(answer.total, SEARCH_LIMIT);
    const pageCount = Math.max(1, Math.ceil(total / perPage));
    const shown = Math.min(page, pageCount);
    // Past the last page, `ranked` already holds every hit (total < page × perPage).
    const items = answer.ranked.slice((shown - 1) * perPage, shown * perPage).map((n): SearchHit => {
      const article = edition.latest[n] as Article;
      return { article, snippet: makeSnippet(article, query) };
    });
    return { items, page: shown, pageCount, total, more: answer.total > SEARCH_LIMIT };
  }

  async archiveMonths(): Promise<ArchiveMonth[]> {
    return [...this.months().entries()]
      .map(([month, { lastmod, articles }]) => ({ month, lastmod, count: articles.length }))
      .sort((a, b) => b.month.localeCompare(a.month));
  }

  async articlesInMonth(month: string): Promise<ArticleSummary[]> {
    return this.months().get(month)?.articles ?? [];
  }

  async publishedBetween(since: Date, until: Date, limit: number): Promise<ArticleSummary[]> {
    // Each edition's list is newest first: read from the top until the window ends, not the whole archive.
    const end = Math.min(until.getTime(), this.clock());
    const found = LOCALES.flatMap((locale) => {
      const out: ArticleSummary[] = [];
      for (const a of this.editions[locale].latest) {
        const time = Date.parse(a.publishedAt);
        if (time < since.getTime()) break;
        if (time <= end) out.push(a);
      }
      return out;
    });
    return sortNewest(found).slice(0, limit);
  }

  async liveUpdatedBetween(since: Date, until: Date, limit: number): Promise<ArticleSummary[]> {
    const now = this.clock();
    const latest = (a: ArticleSummary) => Date.parse(a.live?.latestAt ?? '');
    return LOCALES.flatMap((locale) => this.editions[locale].live)
      .filter((a) => Date.parse(a.publishedAt) <= now && latest(a) >= since.getTime() && latest(a) <= until.getTime())
      .sort((a, b) => latest(b) - latest(a) || b.id - a.id)
      .slice(0, Math.max(0, limit));
  }

  frontPage(locale: Locale): FrontEdition | undefined {
    return frontPageAt(this.editorial, locale, this.clock());
  }

  breaking(locale: Locale): Breaking | undefined {
    return breakingAt(this.editorial, locale, this.clock());
  }

  async nextScheduled(): Promise<number | undefined> {
    return this.nextAfter(this.clock());
  }

  /** The earliest time (ms) after `after` at which an article is published or a front page or banner ends. */
  nextAfter(after: number): number | undefined {
    const times = [
      ...LOCALES.map((locale) => {
        const edition = this.editions[locale];
        const n = edition.scheduled(after);
        return n > 0 ? (edition.times[n - 1] as number) : Infinity;
      }),
      ...editorialEnds(this.editorial).filter((t) => t > after),
    ];
    const next = Math.min(...times);
    return Number.isFinite(next) ? next : undefined;
  }

  /**
   * What became due in (from, to]: the articles published then (with every list they join; those
   * published before this index was read are the reload's to report), the front pages and banners
   * that ended, and the banners whose article was published. The schedule reports it when the time
   * comes (ingest/schedule.ts), so cached pages follow.
   */
  dueBetween(from: number, to: number): ContentChange {
    const within = (iso: string | undefined) => iso !== undefined && Date.parse(iso) > from && Date.parse(iso) <= to;
    const since = Math.max(from, this.builtAt);
    const due: Article[] = [];
    for (const locale of LOCALES) {
      for (const article of this.editions[locale].latest) {
        const time = Date.parse(article.publishedAt);
        if (time <= since) break;
        if (time <= to) due.push(article);
      }
    }
    const change = due.length > 0 ? changeOf(due.map((after) => ({ after })), (locale, slug) => this.getCategory(locale, slug)?.parent, { now: to }) : NO_CHANGE;
    const { frontPages, breaking } = this.editorial;
    const dueIds = new Set(due.map((a) => a.id));
    return {
      ...change,
      frontPages: LOCALES.filter((l) => within(frontPages[l]?.until)),
      breaking: LOCALES.filter((l) => within(breaking[l]?.until) || (breaking[l]?.article !== undefined && dueIds.has(breaking[l].article.id))),
    };
  }

  /** The archive by Hà Nội month, grouped once per index and number of articles published (scheduled ones join when their time comes). */
  private monthIndex?: { published: number; months: Map<string, { lastmod: string; articles: ArticleSummary[] }> };

  private months(): Map<string, { lastmod: string; articles: ArticleSummary[] }> {
    const now = this.clock();
    const scheduled = LOCALES.map((l) => this.editions[l].scheduled(now));
    const published = this.byId.size - scheduled.reduce((a, b) => a + b, 0);
    if (this.monthIndex?.published === published) return this.monthIndex.months;
    const months = new Map<string, { lastmod: string; articles: ArticleSummary[] }>();
    for (const a of sortNewest(LOCALES.flatMap((l, i) => this.editions[l].latest.slice(scheduled[i])))) {
      const month = vietnamTime(a.publishedAt).slice(0, 7);
      const modified = vietnamTime(a.updatedAt ?? a.publishedAt);
      const entry = months.get(month);
      if (!entry) months.set(month, { lastmod: modified, articles: [a] });
      else {
        entry.articles.push(a);
        // "…+07:00" strings of one shape compare in time order.
        if (modified > entry.lastmod) entry.lastmod = modified;
      }
    }
    this.monthIndex = { published, months };
    return months;
  }
}

/** One page of a list; `clampToLast` answers the last page for a page number past it. */
function paginate<T>(list: readonly T[], requested: number, perPage: number, { clampToLast = false } = {}): Page<T> {
  const pageCount = Math.max(1, Math.ceil(list.length / perPage));
  const page = clampToLast ? Math.min(requested, pageCount) : requested;
  return {
    items: list.slice((page - 1) * perPage, page * perPage),
    page,
    pageCount,
    total: list.length,
  };
}
