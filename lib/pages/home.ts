import type { ArticleSummary, Category, ContentIndex, Locale } from '../content';

export interface HomeSections {
  top?: ArticleSummary;
  /** Next to the top story. */
  highlights: ArticleSummary[];
  latest: ArticleSummary[];
  categories: { category: Category; articles: ArticleSummary[] }[];
}

/**
 * The front page: the newest article with a photo leads, the next few sit
 * beside it, then the latest list, then a block per top-level category.
 */
export function homeSections(content: ContentIndex, locale: Locale): HomeSections {
  const recent = content.latest(locale, 40);
  const top = recent.find((a) => a.cover) ?? recent[0];
  const used = new Set(top ? [top.id] : []);
  const highlights = recent.filter((a) => !used.has(a.id)).slice(0, 4);
  highlights.forEach((a) => used.add(a.id));
  const latest = recent.filter((a) => !used.has(a.id)).slice(0, 10);
  const categories = content
    .menu(locale)
    .map((category) => ({ category, articles: content.listByCategory(locale, category.slug, 1, 4).items }))
    .filter((block) => block.articles.length > 0);
  return { top, highlights, latest, categories };
}
