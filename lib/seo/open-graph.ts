import type { Article, Locale, Site } from '../content';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewImagePath } from '../media/preview';
import { absoluteUrl, articlePath, authorPath } from '../urls';
import { documentTitle } from './title';
import { vietnamTime } from '../hanoi-time';

/**
 * What a shared link unfolds into on Facebook, Zalo and X: one value, written
 * out as plain <meta> tags by both frames (the PreviewTags component).
 */
export interface SharePreview {
  type: 'website' | 'article';
  /** The headline or page name, without the site name (og:site_name carries it). */
  title: string;
  description: string;
  /** Absolute canonical URL (desktop), from SITE_URL. */
  url: string;
  siteName: string;
  /** og:locale: vi_VN or en_US. */
  locale: string;
  image: { url: string; width: number; height: number; alt: string };
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: string[]; authors: string[] };
}

const OG_LOCALES: Record<Locale, string> = { vi: 'vi_VN', en: 'en_US' };

export function articlePreview(site: Site, article: Article): SharePreview {
  const edition = site.editions[article.locale];
  return {
    type: 'article',
    title: article.title,
    description: article.sapo,
    url: absoluteUrl(articlePath(article)),
    siteName: edition.name,
    locale: OG_LOCALES[article.locale],
    image: {
      url: absoluteUrl(previewImagePath({ kind: 'article', article, site })),
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      alt: article.cover?.alt ?? article.title,
    },
    article: {
      publishedTime: vietnamTime(article.publishedAt),
      modifiedTime: vietnamTime(article.updatedAt ?? article.publishedAt),
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => absoluteUrl(authorPath(article.locale, a.slug))),
    },
  };
}

/** Home, section, tag and author pages: the edition's card. */
export function editionPreview(site: Site, locale: Locale, page: { title?: string; description: string; path: string }): SharePreview {
  const edition = site.editions[locale];
  return {
    type: 'website',
    title: page.title ?? documentTitle(site, locale),
    description: page.description,
    url: absoluteUrl(page.path),
    siteName: edition.name,
    locale: OG_LOCALES[locale],
    image: {
      url: absoluteUrl(previewImagePath({ kind: 'edition', locale, site })),
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      alt: documentTitle(site, locale),
    },
  };
}

/** The Open Graph and Twitter tags of a preview, as [attribute, key, value] for <meta> elements. */
export function previewTags(p: SharePreview): Array<['property' | 'name', string, string]> {
  const og = (key: string, value: string | number): ['property', string, string] => ['property', key, String(value)];
  const tw = (key: string, value: string): ['name', string, string] => ['name', key, value];
  return [
    og('og:title', p.title),
    og('og:description', p.description),
    og('og:url', p.url),
    og('og:site_name', p.siteName),
    og('og:locale', p.locale),
    og('og:image', p.image.url),
    og('og:image:width', p.image.width),
    og('og:image:height', p.image.height),
    og('og:image:alt', p.image.alt),
    og('og:image:type', 'image/jpeg'),
    og('og:type', p.type),
    ...(p.article
      ? [
          og('article:published_time', p.article.publishedTime),
          og('article:modified_time', p.article.modifiedTime),
          ...p.article.authors.map((a) => og('article:author', a)),
          og('article:section', p.article.section),
          ...p.article.tags.map((t) => og('article:tag', t)),
        ]
      : []),
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', p.title),
    tw('twitter:description', p.description),
    tw('twitter:image', p.image.url),
    tw('twitter:image:alt', p.image.alt),
  ];
}
