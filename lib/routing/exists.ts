import type { ContentIndex, Locale } from '../content';
import { findListing } from '../pages/listing';

/**
 * Whether an internal path (as produced by resolvePublicPath) names something
 * that exists: the article, the category/tag/author and the page number. The
 * proxy sends everything else to the 404 page before any page renders.
 */
export function internalPathExists(content: ContentIndex, path: string): boolean {
  const parts = path.split('/');
  if (parts[2] === 'm') parts.splice(2, 1);
  const [, locale, kind, key, page] = parts as [string, Locale, string?, string?, string?];
  switch (kind) {
    case undefined:
    case 'search':
      return true;
    case 'feed':
      return key === undefined || !!content.getCategory(locale, key);
    case 'article':
      return content.getArticle(Number(key)) !== undefined;
    case 'category':
    case 'tag':
    case 'author':
      return findListing(content, locale, kind, key ?? '', Number(page)) !== undefined;
    default:
      return false;
  }
}
