import type { Route } from '../routing/route';
import { absoluteUrl, feedsPagePath } from '../urls';
import { categoryFeed, editionFeed, foundPage, type ModelInput } from './frame';
import type { FeedsBody, PageModel } from './model';

/**
 * /rss: every feed of the edition with its address, as Vietnamese portals
 * list them: the whole edition first, then each section in menu order with
 * its sub-sections under it.
 */
export async function feedsModel(route: Route, input: ModelInput): Promise<PageModel> {
  const { content, ui } = input;
  const { locale } = route;
  const sections = content.menu(locale).flatMap((parent) => [parent, ...content.subcategories(locale, parent.slug)]);
  const edition = editionFeed(content, locale);
  const feeds: FeedsBody['feeds'] = [
    { ...edition, url: absoluteUrl(edition.path) },
    ...sections.map((category) => {
      const feed = categoryFeed(content, category);
      return { ...feed, url: absoluteUrl(feed.path), section: category.name, sub: category.parent !== undefined };
    }),
  ];
  return foundPage(route, input, {
    title: ui.t('Feeds.title'),
    description: ui.t('Feeds.description', { site: content.site.editions[locale].name }),
    canonicalPath: feedsPagePath(locale),
    body: { kind: 'feeds', feeds },
  });
}
