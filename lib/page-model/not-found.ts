import { pageBanner } from '../breaking/banner';
import type { Route } from '../routing/route';
import { documentTitle } from '../seo/title';
import { homePath } from '../urls';
import { editionFeed, type ModelInput } from './frame';
import type { PageModel } from './model';

/**
 * The 404 page, in the reader's edition and version: status 404, never
 * indexed, a way home, the search form and the latest news. Its version
 * switch links lead to the edition's home page.
 */
export async function notFoundModel(route: Route, { content, ui }: ModelInput): Promise<PageModel> {
  const { locale } = route;
  const home = homePath(locale);
  return {
    status: 404,
    route,
    cache: 'notFound',
    head: {
      title: documentTitle(content.site, locale, ui.t('NotFound.title')),
      description: ui.t('NotFound.body'),
      canonicalPath: home,
      path: home,
      index: false,
      structuredData: [],
      feeds: [editionFeed(content, locale)],
    },
    chrome: { site: content.site, menu: content.menu(locale), banner: pageBanner(content, locale) },
    body: { kind: 'not-found', latest: await content.latest(locale, 6) },
  };
}
