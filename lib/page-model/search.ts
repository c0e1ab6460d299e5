import type { Site } from '../content';
import type { Ui } from '../i18n/ui';
import type { Locale } from '../locale';
import { MAX_QUERY_LENGTH, type Route } from '../routing/route';
import { editionPreview, type SharePreview } from '../seo/open-graph';
import { PAGE_SIZE, searchPath } from '../urls';
import { foundPage, type ModelInput } from './frame';
import type { PageModel } from './model';
import { pageLinks } from './pagination';

/**
 * Search results: rendered per request, never indexed. The canonical URL and
 * the link preview leave the reader's query out, so nobody can turn a query
 * into a site-branded card or an indexable page.
 */
export async function searchModel(route: Extract<Route, { kind: 'search' }>, input: ModelInput): Promise<PageModel> {
  const { content, ui } = input;
  const { locale, query } = route;
  const list = await content.search(locale, query, route.page, PAGE_SIZE);
  const heading = query ? ui.t('Search.resultsTitle', { query }) : ui.t('Search.title');
  return foundPage(route, input, {
    title: heading,
    description: ui.t('Search.hint'),
    canonicalPath: searchPath(locale),
    path: searchPath(locale, query, list.page),
    index: false,
    preview: searchPreview(content.site, locale, ui),
    body: {
      kind: 'search',
      heading,
      query,
      tooLong: route.tooLong,
      maxLength: MAX_QUERY_LENGTH,
      list,
      pages: pageLinks(list, (page) => searchPath(locale, query, page)),
    },
  });
}

/** The link preview of every search page: generic. */
export function searchPreview(site: Site, locale: Locale, ui: Ui): SharePreview {
  return editionPreview(site, locale, { title: ui.t('Search.title'), description: ui.t('Search.hint'), path: searchPath(locale) });
}
