import type { ContentStore } from '../content';
import type { Locale } from '../locale';
import { articlePath } from '../urls';

/** The breaking-news banner as a page shows it: "Tin nóng", its text, and where it leads. */
export interface Banner {
  text: string;
  /** A site path (the article's; the mobile frame points it at the mobile twin) or an http(s) URL. */
  href?: string;
}

/** The edition's banner now (breaking.json, until its `until`), or undefined. Read from the store's memory: no query. */
export function currentBanner(content: ContentStore, locale: Locale): Banner | undefined {
  const breaking = content.breaking(locale);
  if (!breaking) return undefined;
  const href = breaking.article ? articlePath(breaking.article) : breaking.url;
  return href ? { text: breaking.text, href } : { text: breaking.text };
}
