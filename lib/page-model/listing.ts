import type { Ui } from '../i18n/ui';
import type { Route } from '../routing/route';
import { mostReadList } from '../most-read';
import { categoryStructuredData } from '../seo/structured-data';
import { listingPath } from '../urls';
import type { Listing } from './find';
import { categoryFeed, foundPage, type ModelInput } from './frame';
import type { PageModel } from './model';
import { pageLinks } from './pagination';

/**
 * What a listing page is called: its heading, its own title (a section's
 * later pages say which page) and its description.
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

/** A category, tag or author page: heading, what it is, the list newest first, numbered pages. */
export async function listingModel(route: Route, input: ModelInput, listing: Listing): Promise<PageModel> {
  const { content, ui } = input;
  const { locale } = route;
  const { heading, title, description } = listingText(listing, ui);
  const { slug } = listing.subject;
  const pathOf = (page: number) => listingPath(locale, listing.kind, slug, page);
  const category = listing.kind === 'category' ? listing.subject : undefined;
  return foundPage(route, input, {
    title,
    description,
    canonicalPath: pathOf(listing.list.page),
    structuredData: category ? categoryStructuredData(content, category, ui) : [],
    currentCategory: category ? (category.parent ?? category.slug) : undefined,
    feeds: category ? [categoryFeed(content, category)] : [],
    body: {
      kind: 'listing',
      listing: listing.kind,
      heading,
      description: listing.kind === 'tag' ? undefined : description,
      count: listing.kind === 'category' ? undefined : listing.list.total,
      subcategories: category ? content.subcategories(locale, category.slug) : [],
      list: listing.list,
      pages: pageLinks(listing.list, pathOf),
      emptyText: category ? ui.t('Category.empty') : undefined,
      mostRead: category ? await mostReadList(content, locale) : [],
    },
  });
}
