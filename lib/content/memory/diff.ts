import { LOCALES } from '../../locale';
import type { ContentStore } from '../store/contract';
import { changeOf, editorialChange, mergeChanges, type ArticlePair, type ContentChange } from '../store/change';
import type { MemoryIndex } from './memory-index';

/**
 * What a reload of the in-memory store changed: articles added, removed, or whose file changed
 * (compared by the file's fingerprint), whether the site settings, categories or authors
 * changed, and which editions' front page or banner changed. O(articles) with map lookups.
 */
export function changeBetween(before: MemoryIndex, after: MemoryIndex): ContentChange {
  const pairs: ArticlePair[] = [];
  // An unchanged article published between the two reads (its schedule came while the folder was
  // being read again) is reported here: the schedule reports only what comes due after a read.
  const cameDue = (time: number) => time > before.builtAt && time <= after.builtAt;
  for (const locale of LOCALES) {
    for (const summary of after.all(locale)) {
      const old = before.article(summary.id);
      pairs.push(old && old.revision === summary.revision && cameDue(Date.parse(summary.publishedAt)) ? { after: summary } : { before: old, after: summary });
    }
    for (const summary of before.all(locale)) if (!after.article(summary.id)) pairs.push({ before: before.article(summary.id) });
  }
  const articles = changeOf(pairs, (locale, slug) => after.getCategory(locale, slug)?.parent, { everything: settingsOf(before) !== settingsOf(after), now: after.builtAt });
  return mergeChanges(articles, editorialChange(before.editorial, after.editorial));
}

function settingsOf(store: ContentStore): string {
  return JSON.stringify([store.site, LOCALES.map((l) => store.categories(l)), store.authors()]);
}
