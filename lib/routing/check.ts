import type { ContentIndex, Locale } from '../content';
import { findListing } from '../pages/listing';
import { articlePath, mobilePath } from '../urls';

export type RouteCheck = { kind: 'ok' } | { kind: 'missing' } | { kind: 'redirect'; location: string };

/**
 * What the proxy does with an internal path (as produced by resolvePublicPath)
 * before any page renders: serve it, send it to the 404 page (the article,
 * category, tag, author or page number does not exist), or redirect it
 * permanently to the canonical article URL (the id decides; a stale slug or the
 * wrong edition is corrected). Pages can then trust their params.
 */
export function checkInternalPath(content: ContentIndex, path: string): RouteCheck {
  const parts = path.split('/');
  const mobile = parts[2] === 'm';
  if (mobile) parts.splice(2, 1);
  const [, locale, kind, key, third] = parts as [string, Locale, string?, string?, string?];
  const ok = { kind: 'ok' } as const;
  const missing = { kind: 'missing' } as const;
  switch (kind) {
    case undefined:
    case 'search':
      return ok;
    case 'feed':
      return key === undefined || content.getCategory(locale, key) ? ok : missing;
    case 'article': {
      const article = content.getArticle(Number(key));
      if (!article) return missing;
      if (article.slug === third && article.locale === locale) return ok;
      const canonical = articlePath(article);
      return { kind: 'redirect', location: mobile ? mobilePath(canonical) : canonical };
    }
    case 'category':
    case 'tag':
    case 'author':
      return findListing(content, locale, kind, key ?? '', Number(third)) ? ok : missing;
    default:
      return missing;
  }
}
