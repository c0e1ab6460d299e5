import type { Article, ArticleSummary, Author, Category, Site, Tag } from '../records/model';
import type { Locale } from '../../locale';
import { LOCALES } from '../../locale';
import { vietnamTime } from '../../hanoi-time';
import { SEARCH_LIMIT, type ArchiveMonth, type ContentStore, type Page, type SearchHit, type SearchRequest, type SearchResults } from '../store/contract';
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
  /** Publication time (ms) of each article of `latest`: newest first. */
  readonly times: Float64Array;
  /** Full-text index; articles are numbered by their place in `latest`. */
  readonly text: SearchIndex;

  constructor(categories: Category[], articles: Article[]) {
    this.latest = sortNewest(articles);
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
  static async build(site: Site, categories: Category[], authors: Author[], articles: Article[], pace: Pace = noPause): Promise<MemoryIndex> {
    const index = new MemoryIndex(site, categories, authors, articles);
    for (const edition of Object.values(index.editions)) await edition.indexWords(pace);
    return index;
  }

  private readonly byId = new Map<number, Article>();
  private readonly authorMap: Map<string, Author>;
  private readonly editions: Record<Locale, Edition>;

  private constructor(
    readonly site: Site,
    categories: Category[],
    authors: Author[],
    articles: Article[],
  ) {
    for (const article of articles) this.byId.set(article.id, article);
    this.authorMap = new Map(authors.map((a) => [a.slug, a]));
    const edition = (locale: Locale) =>
      new Edition(
        categories.filter((c) => c.locale === locale),
        articles.filter((a) => a.locale === locale),
      );
    this.editions = { vi: edition('vi'), en: edition('en') };
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
    return this.byId.size;
  }

  /** The article with this id, synchronously (the loader and reload diffs compare indexes). */
  article(id: number): Article | undefined {
    return this.byId.get(id);
  }

  async getArticle(id: number): Promise<Article | undefined> {
    return this.byId.get(id);
  }

  async latest(locale: Locale, count: number, options: { exclude?: number[] } = {}): Promise<ArticleSummary[]> {
    const exclude = new Set(options.exclude);
    const out: ArticleSummary[] = [];
    for (const article of this.editions[locale].latest) {
      if (out.length >= count) break;
      if (!exclude.has(article.id)) out.push(article);
    }
    return out;
  }

  /** All articles of an edition, newest first: for the loader and reload diffs, not part of the store contract. */
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
    return paginate(this.editions[locale].byCategory.get(slug) ?? [], page, perPage);
  }

  async getTag(locale: Locale, slug: string): Promise<Tag | undefined> {
    return this.editions[locale].tags.get(slug);
  }

  async listByTag(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>> {
    return paginate(this.editions[locale].byTag.get(slug) ?? [], page, perPage);
  }

  getAuthor(slug: string): Author | undefined {
    return this.authorMap.get(slug);
  }

  authors(): Author[] {
    return [...this.authorMap.values()];
  }

  async listByAuthor(locale: Locale, slug: string, page: number, perPage: number): Promise<Page<ArticleSummary>> {
    return paginate(this.editions[locale].byAuthor.get(slug) ?? [], page, perPage);
  }

  async related(article: ArticleSummary, count: number): Promise<ArticleSummary[]> {
    const list = this.editions[article.locale].byCategory.get(article.category.slug) ?? [];
    return list.filter((a) => a.id !== article.id).slice(0, count);
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
    const found = LOCALES.flatMap((locale) => {
      const out: ArticleSummary[] = [];
      for (const a of this.editions[locale].latest) {
        const time = Date.parse(a.publishedAt);
        if (time < since.getTime()) break;
        if (time <= until.getTime()) out.push(a);
      }
      return out;
    });
    return sortNewest(found).slice(0, limit);
  }

  /** The archive by Hà Nội month, grouped once per index (an index never changes in place). */
  private monthIndex?: Map<string, { lastmod: string; articles: ArticleSummary[] }>;

  private months(): Map<string, { lastmod: string; articles: ArticleSummary[] }> {
    if (this.monthIndex) return this.monthIndex;
    const months = new Map<string, { lastmod: string; articles: ArticleSummary[] }>();
    for (const a of sortNewest(LOCALES.flatMap((l) => this.editions[l].latest))) {
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
    this.monthIndex = months;
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
