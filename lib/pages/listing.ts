import type { ArticleSummary, Author, Category, ContentIndex, Locale, Page, Tag } from '../content';
import type { Ui } from '../i18n/ui';
import { PAGE_SIZE } from '../urls';

export type ListingKind = 'category' | 'tag' | 'author';

/** One page of a category, tag or author listing, with what it lists. */
export type Listing =
  | { kind: 'category'; subject: Category; list: Page<ArticleSummary> }
  | { kind: 'tag'; subject: Tag; list: Page<ArticleSummary> }
  | { kind: 'author'; subject: Author; list: Page<ArticleSummary> };

/**
 * The one place that decides whether a listing page exists: the subject is
 * known and the page number is a positive integer no later than the last
 * page. An author page exists only in an edition the author has written for
 * (authors are shared; an empty English page for a Vietnamese reporter is not
 * a page). The proxy (404s), the desktop pages and the mobile pages all ask here.
 */
export function findListing(content: ContentIndex, locale: Locale, kind: ListingKind, slug: string, page: number): Listing | undefined {
  if (!Number.isSafeInteger(page) || page < 1) return undefined;
  const inRange = (list: Page<ArticleSummary>) => list.page <= list.pageCount;
  switch (kind) {
    case 'category': {
      const subject = content.getCategory(locale, slug);
      const list = subject && content.listByCategory(locale, slug, page, PAGE_SIZE);
      return subject && list && inRange(list) ? { kind, subject, list } : undefined;
    }
    case 'tag': {
      const subject = content.getTag(locale, slug);
      const list = subject && content.listByTag(locale, slug, page, PAGE_SIZE);
      return subject && list && inRange(list) ? { kind, subject, list } : undefined;
    }
    case 'author': {
      const subject = content.getAuthor(slug);
      const list = subject && content.listByAuthor(locale, slug, page, PAGE_SIZE);
      return subject && list && list.total > 0 && inRange(list) ? { kind, subject, list } : undefined;
    }
  }
}

/**
 * What a listing page is called, the same on desktop and mobile: its heading,
 * its own title (a section's later pages say which page) and its description.
 */
export function listingText(listing: Listing, ui: Ui): { heading: string; title: string; description: string } {
  switch (listing.kind) {
    case 'category': {
      const { name, description } = listing.subject;
      const page = listing.list.page;
      return { heading: name, title: page > 1 ? ui.t('Category.pageTitle', { name, page }) : name, description };
    }
    case 'tag': {
      const heading = ui.t('Tag.title', { name: listing.subject.name });
      return { heading, title: heading, description: ui.t('Tag.description', { name: listing.subject.name }) };
    }
    case 'author': {
      const heading = ui.t('Author.title', { name: listing.subject.name });
      return { heading, title: heading, description: listing.subject.bio };
    }
  }
}
