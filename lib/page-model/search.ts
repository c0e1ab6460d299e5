import type { Category, ContentStore, Site } from '../content';
import type { Ui } from '../i18n/ui';
import type { Locale } from '../locale';
import { MAX_QUERY_LENGTH, SEARCH_SORTS, SEARCH_TIMES, type Route, type SearchTime } from '../routing/route';
import { parseQuery } from '../search/query';
import { editionPreview, type SharePreview } from '../seo/open-graph';
import { PAGE_SIZE, searchPath } from '../urls';
import { foundPage, type ModelInput } from './frame';
import type { PageModel } from './model';
import { pageLinks } from './pagination';

type SearchRoute = Extract<Route, { kind: 'search' }>;

/** Fewer hits than this for a query typed without diacritics: the page suggests typing them. */
const FEW_HITS = 5;
const LATEST_WHEN_EMPTY = 6;

const HOUR = 3_600_000;
const TIME_SPAN: Record<SearchTime, number | undefined> = { any: undefined, '24h': 24 * HOUR, week: 7 * 24 * HOUR, month: 30 * 24 * HOUR, year: 365 * 24 * HOUR };

/** The earliest publication time the time filter keeps, from `now`. */
export function searchSince(time: SearchTime, now: number): Date | undefined {
  const span = TIME_SPAN[time];
  return span === undefined ? undefined : new Date(now - span);
}

/**
 * Search results: rendered per request, never indexed. The canonical URL and
 * the link preview leave the reader's query out, so nobody can turn a query
 * into a site-branded card or an indexable page. Relevance first unless the
 * reader asked for newest; a section the edition does not have is ignored.
 */
export async function searchModel(route: SearchRoute, input: ModelInput): Promise<PageModel> {
  const { content, ui } = input;
  const { locale, query, sort, time } = route;
  const section = route.section && content.getCategory(locale, route.section) ? route.section : undefined;
  const options = { sort, time, section };
  const list = await content.search(locale, { text: query, sort, section, since: searchSince(time, Date.now()) }, route.page, PAGE_SIZE);
  const heading = query ? ui.t('Search.resultsTitle', { query }) : ui.t('Search.title');
  const parsed = parseQuery(query);
  return foundPage(route, input, {
    title: heading,
    description: ui.t('Search.hint'),
    canonicalPath: searchPath(locale),
    path: searchPath(locale, query, list.page, options),
    index: false,
    preview: searchPreview(content.site, locale, ui),
    body: {
      kind: 'search',
      heading,
      query,
      tooLong: route.tooLong,
      maxLength: MAX_QUERY_LENGTH,
      sort,
      time,
      section,
      sorts: SEARCH_SORTS.map((value) => ({ value, path: searchPath(locale, query, 1, { ...options, sort: value }), current: value === sort })),
      sections: sectionsInMenuOrder(content, locale),
      times: [...SEARCH_TIMES],
      list,
      pages: pageLinks(list, (page) => searchPath(locale, query, page, options)),
      suggestDiacritics: locale === 'vi' && parsed.unmarked && list.total < FEW_HITS,
      latest: query && list.total === 0 ? await content.latest(locale, LATEST_WHEN_EMPTY) : [],
    },
  });
}

function sectionsInMenuOrder(content: ContentStore, locale: Locale): Category[] {
  return content.menu(locale).flatMap((c) => [c, ...content.subcategories(locale, c.slug)]);
}

/** The link preview of every search page: generic. */
export function searchPreview(site: Site, locale: Locale, ui: Ui): SharePreview {
  return editionPreview(site, locale, { title: ui.t('Search.title'), description: ui.t('Search.hint'), path: searchPath(locale) });
}
