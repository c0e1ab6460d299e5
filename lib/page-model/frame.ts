import { pageBanner } from '../breaking/banner';
import type { Category, ContentStore } from '../content';
import type { Ui } from '../i18n/ui';
import type { Route } from '../routing/route';
import { editionPreview } from '../seo/open-graph';
import { documentTitle } from '../seo/title';
import type { Locale } from '../locale';
import { feedPath } from '../urls';
import type { FeedLink, PageBody, PageModel } from './model';

/** What every page model is built from. */
export interface ModelInput {
  content: ContentStore;
  /** Translations and formats of the route's edition (lib/i18n/ui.ts). */
  ui: Ui;
}

interface Found {
  /** The page's own title; the site name is added. Omit on the home page. */
  title?: string;
  description: string;
  canonicalPath: string;
  path?: string;
  index?: boolean;
  preview?: PageModel['head']['preview'];
  structuredData?: PageModel['head']['structuredData'];
  currentCategory?: Category['slug'];
  /** Feeds beyond the edition's own (a section's). */
  feeds?: FeedLink[];
  body: PageBody;
}

/** The edition's own feed: every page offers it to feed readers. */
export function editionFeed(content: ContentStore, locale: Locale): FeedLink {
  return { title: content.site.editions[locale].name, path: feedPath(locale) };
}

/** A feed of one section, named "{section} | {site}". */
export function categoryFeed(content: ContentStore, category: Category): FeedLink {
  return { title: `${category.name} | ${content.site.editions[category.locale].name}`, path: feedPath(category.locale, category.slug) };
}

/** A page that exists, with the defaults every found page shares: status 200, the edition's card, the page cache. */
export function foundPage(route: Route, { content }: ModelInput, page: Found): PageModel {
  const { site } = content;
  return {
    status: 200,
    route,
    cache: route.kind === 'search' ? 'search' : 'page',
    head: {
      title: documentTitle(site, route.locale, page.title),
      description: page.description,
      canonicalPath: page.canonicalPath,
      path: page.path ?? page.canonicalPath,
      index: page.index ?? true,
      preview: page.preview ?? editionPreview(site, route.locale, { title: page.title, description: page.description, path: page.canonicalPath }),
      structuredData: page.structuredData ?? [],
      feeds: [editionFeed(content, route.locale), ...(page.feeds ?? [])],
    },
    chrome: { site, menu: content.menu(route.locale), currentCategory: page.currentCategory, banner: pageBanner(content, route.locale) },
    body: page.body,
  };
}
