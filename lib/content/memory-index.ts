import type { Article, ArticleSummary, Author, Category, Site, Tag } from './model';
import type { Locale } from '../locale';
import type { ContentStore, Page } from './store';
import { foldVietnamese } from './slug';
import { noPause, type Pace } from './pacer';


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
  /**
   * Search index: folded word → positions in `latest` (ascending, so newest
   * first) of the articles whose title, sapo or tags contain that word.
   */
  readonly postings = new Map<string, number[]>();

  constructor(categories: Category[], articles: Article[]) {
    this.latest = sortNewest(articles);
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
      const text = foldVietnamese([a.title, a.sapo, ...a.tags.map((t) => t.name)].join(' '));
      for (const word of new Set(words(text))) push(this.postings, word, position);
      await pace();
    }
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

  get articleCount(): number {
    return this.byId.size;
  }

  getArticle(id: number): Article | undefined {
    return this.byId.get(id);
  }

  latest(locale: Locale, count: number, options: { exclude?: number[] } = {}): ArticleSummary[] {
    const exclude = new Set(options.exclude);
    const out: ArticleSummary[] = [];
    for (const article of this.editions[locale].latest) {
      if (out.length >= count) break;
      if (!exclude.has(article.id)) out.push(article);
    }
    return out;
  }

  /** All articles of an edition, newest first (feeds, sitemaps). */
  all(locale: Locale): readonly ArticleSummary[] {
    return this.editions[locale].latest;
  }

  categories(locale: Locale): Category[] {
    return this.editions[locale].categories;
  }

  getCategory(locale: Locale, slug: string): Category | undefined {
    return this.editions[locale].categories.find((c) => c.slug === slug);
  }

  /** Top-level categories, in menu order. */
  menu(locale: Locale): Category[] {
    return this.editions[locale].categories.filter((c) => !c.parent);
  }

  subcategories(locale: Locale, parent: string): Category[] {
    return this.editions[locale].categories.filter((c) => c.parent === parent);
  }

  listByCategory(locale: Locale, slug: string, page: number, perPage: number): Page<ArticleSummary> {
    return paginate(this.editions[locale].byCategory.get(slug) ?? [], page, perPage);
  }

  getTag(locale: Locale, slug: string): Tag | undefined {
    return this.editions[locale].tags.get(slug);
  }

  listByTag(locale: Locale, slug: string, page: number, perPage: number): Page<ArticleSummary> {
    return paginate(this.editions[locale].byTag.get(slug) ?? [], page, perPage);
  }

  getAuthor(slug: string): Author | undefined {
    return this.authorMap.get(slug);
  }

  authors(): Author[] {
    return [...this.authorMap.values()];
  }

  listByAuthor(locale: Locale, slug: string, page: number, perPage: number): Page<ArticleSummary> {
    return paginate(this.editions[locale].byAuthor.get(slug) ?? [], page, perPage);
  }

  /** Newest articles of the same category, without the article itself. */
  related(article: ArticleSummary, count: number): ArticleSummary[] {
    const list = this.editions[article.locale].byCategory.get(article.category.slug) ?? [];
    return list.filter((a) => a.id !== article.id).slice(0, count);
  }

  /**
   * Every word (syllable) of the query must appear as a whole word in the title, sapo or tags; accents and
   * đ are folded on both sides so "ha noi" finds "Hà Nội". Newest first. A
   * page past the last one answers the last page (results change; links age).
   */
  search(locale: Locale, query: string, page: number, perPage: number): Page<ArticleSummary> {
    const terms = words(foldVietnamese(query));
    if (terms.length === 0) return paginate([], page, perPage);
    const edition = this.editions[locale];
    // Every term must be a whole word of the article: intersect the posting
    // lists, shortest first, so a query costs its rarest word, not the archive.
    const lists = [...new Set(terms)].map((t) => edition.postings.get(t) ?? []).sort((a, b) => a.length - b.length);
    let positions = lists[0] ?? [];
    for (const list of lists.slice(1)) positions = positions.filter((p) => containsSorted(list, p));
    const hits = positions.map((p) => edition.latest[p] as Article);
    return paginate(hits, page, perPage, { clampToLast: true });
  }
}

/** Binary search in an ascending list. */
function containsSorted(list: number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Folded text → its words (Vietnamese syllables), punctuation dropped. */
function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
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
