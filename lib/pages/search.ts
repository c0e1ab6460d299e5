import type { Locale, Site } from '../content';
import type { Ui } from '../i18n/ui';
import { parsePageParam } from '../routing/resolve';
import { editionPreview, type SharePreview } from '../seo/open-graph';
import { searchPath } from '../urls';

export const MAX_QUERY_LENGTH = 100;

/** ?q=…&page=N from untrusted input: first value wins, trimmed, NFC, length-capped. Never throws. */
export function parseSearchQuery(params: Record<string, string | string[] | undefined>) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const raw = (first(params.q) ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const tooLong = raw.length > MAX_QUERY_LENGTH;
  return {
    query: tooLong ? raw.slice(0, MAX_QUERY_LENGTH) : raw,
    page: parsePageParam(first(params.page) ?? null),
    tooLong,
    max: MAX_QUERY_LENGTH,
  };
}

/** The link preview of every search page: generic, so nobody can turn a query into a card that says what they like. */
export function searchPreview(site: Site, locale: Locale, ui: Ui): SharePreview {
  return editionPreview(site, locale, { title: ui.t('Search.title'), description: ui.t('Search.hint'), path: searchPath(locale) });
}
