import type { Article, ArticleSummary, Author, Category, ContentStore, Page, Tag } from '../content';
import type { Locale } from '../locale';
import type { ListingKind, Route } from '../routing/route';
import { PAGE_SIZE, articlePath, mobilePath } from '../urls';
import { livePageCount, pageOfUpdate, updatePath } from './live';

/** One page of a category, tag or author listing, with what it lists. */
export type Listing =
  | { kind: 'category'; subject: Category; list: Page<ArticleSummary> }
  | { kind: 'tag'; subject: Tag; list: Page<ArticleSummary> }
  | { kind: 'author'; subject: Author; list: Page<ArticleSummary> };

/** What a route names in the content, once found. */
export type Subject =
  | { kind: 'home' }
  | { kind: 'search' }
  | { kind: 'feeds' }
  | { kind: 'feed'; category?: Category }
  | { kind: 'article'; article: Article }
  | { kind: 'listing'; listing: Listing };

export type Found =
  | { kind: 'missing' }
  /** `redirect`: the public URL that names this subject canonically, when the request used another (a stale slug). */
  | { kind: 'found'; subject: Subject; redirect?: string };

const missing = { kind: 'missing' } as const;

/**
 * The one place that decides whether a route names something: the article id
 * exists (and which URL is its canonical one), the category, tag or author
 * exists and the page is in range, the feed's category exists. The proxy asks
 * here before anything renders (to 404 or 308), and every page model asks here
 * for what it shows.
 */
export async function findPage(content: ContentStore, route: Route): Promise<Found> {
  const found = (subject: Subject, redirect?: string): Found => ({ kind: 'found', subject, redirect });
  switch (route.kind) {
    case 'home':
    case 'search':
    case 'feeds':
      return found({ kind: route.kind });
    case 'feed': {
      if (route.mobile) return missing;
      if (route.category === undefined) return found({ kind: 'feed' });
      const category = content.getCategory(route.locale, route.category);
      return category ? found({ kind: 'feed', category }) : missing;
    }
    case 'article': {
      const article = await content.getArticle(route.id);
      if (!article) return missing;
      const twin = (path: string) => (route.mobile ? mobilePath(path) : path);
      // A live update's share link: the page that holds it now, scrolled to it (one 308).
      if (route.update !== undefined) {
        const page = pageOfUpdate(article, route.update);
        return page === undefined ? missing : found({ kind: 'article', article }, twin(updatePath(article, page, route.update)));
      }
      // Pages past the first are a live article's pages of updates: an ordinary article has one.
      const page = route.page ?? 1;
      if (page > livePageCount(article)) return missing;
      if (article.slug === route.slug && article.locale === route.locale) return found({ kind: 'article', article });
      return found({ kind: 'article', article }, twin(articlePath(article, page)));
    }
    case 'category':
    case 'tag':
    case 'author': {
      const listing = await findListing(content, route.locale, route.kind, route.slug, route.page);
      return listing ? found({ kind: 'listing', listing }) : missing;
    }
    case 'not-found':
      return missing;
  }
}

/**
 * A listing page exists when its subject is known and the page number is a
 * positive integer no later than the last page. An author page exists only in
 * an edition the author has written for (authors are shared; an empty English
 * page for a Vietnamese reporter is not a page).
 */
export async function findListing(content: ContentStore, locale: Locale, kind: ListingKind, slug: string, page: number): Promise<Listing | undefined> {
  if (!Number.isSafeInteger(page) || page < 1) return undefined;
  const inRange = (list: Page<ArticleSummary>) => list.total > 0 || kind === 'category' ? list.page <= list.pageCount : false;
  switch (kind) {
    case 'category': {
      const subject = content.getCategory(locale, slug);
      const list = subject && (await content.listByCategory(locale, slug, page, PAGE_SIZE));
      return subject && list && inRange(list) ? { kind, subject, list } : undefined;
    }
    case 'tag': {
      const subject = await content.getTag(locale, slug);
      const list = subject && (await content.listByTag(locale, slug, page, PAGE_SIZE));
      return subject && list && inRange(list) ? { kind, subject, list } : undefined;
    }
    case 'author': {
      const subject = content.getAuthor(slug);
      const list = subject && (await content.listByAuthor(locale, slug, page, PAGE_SIZE));
      return subject && list && inRange(list) ? { kind, subject, list } : undefined;
    }
  }
}
