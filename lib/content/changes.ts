import { LOCALES } from '../locale';
import type { MemoryIndex } from './memory-index';
import type { ArticleSummary } from './model';
import type { ContentStore } from './store';

/** One article whose published state differs between two loads: before is absent for a new one, after for a removed one. */
export interface ArticleChange {
  id: number;
  before?: ArticleSummary & { revision: string };
  after?: ArticleSummary & { revision: string };
}

export interface ContentChanges {
  articles: ArticleChange[];
  /** site.json, categories.json or authors.json changed: every page may show it. */
  everything: boolean;
}

/**
 * What a reload changed: articles added, removed, or whose file changed
 * (compared by the file's fingerprint), and whether the site settings,
 * categories or authors changed. O(articles) with map lookups.
 */
export function contentChanges(before: MemoryIndex, after: MemoryIndex): ContentChanges {
  const articles: ArticleChange[] = [];
  const seen = new Set<number>();
  for (const locale of LOCALES) {
    for (const summary of after.all(locale)) {
      seen.add(summary.id);
      const next = after.article(summary.id);
      const old = before.article(summary.id);
      if (next && (!old || old.revision !== next.revision || old.locale !== next.locale)) articles.push({ id: summary.id, before: old, after: next });
    }
  }
  for (const locale of LOCALES) {
    for (const summary of before.all(locale)) {
      const old = before.article(summary.id);
      if (!seen.has(summary.id) && old) articles.push({ id: summary.id, before: old });
    }
  }
  return { articles, everything: settingsOf(before) !== settingsOf(after) };
}

function settingsOf(store: ContentStore): string {
  return JSON.stringify([store.site, LOCALES.map((l) => store.categories(l)), store.authors()]);
}
