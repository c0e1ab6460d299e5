import type { BlogPosting, BreadcrumbList, ImageObject, LiveBlogPosting, VideoObject, NewsArticle, NewsMediaOrganization, Organization, SearchAction, WebSite, WithActionConstraints, WithContext } from 'schema-dts';
import type { Article, Category, ContentStore, Locale, Site } from '../content';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewImagePath } from '../media/preview';
import type { Ui } from '../i18n/ui';
import { absoluteUrl, articlePath, authorPath, categoryPath, homePath, mediaPath, searchPath, videoPath, youtubeEmbedUrl } from '../urls';
import { vietnamTime } from '../hanoi-time';
import type { LivePage } from '../page-model/live';
import { blockPassages } from '../search/text';

/**
 * JSON-LD for search engines, typed with schema-dts so a misspelt property or
 * a wrong value type fails the typecheck. Every URL is absolute, from SITE_URL.
 * Rendered by the JsonLd component on desktop and mobile pages alike.
 */
export type StructuredData = WithContext<NewsArticle> | WithContext<LiveBlogPosting> | WithContext<BreadcrumbList> | WithContext<WebSite> | WithContext<NewsMediaOrganization>;

export interface Crumb {
  name: string;
  path: string;
}

function logo(site: Site): ImageObject {
  const { src, width, height } = site.publisher.logo;
  return { '@type': 'ImageObject', url: absoluteUrl(mediaPath(src)), width: String(width), height: String(height) };
}

function publisher(site: Site, locale: Locale): Organization {
  return { '@type': 'Organization', name: site.publisher.name, url: absoluteUrl(homePath(locale)), logo: logo(site) };
}

export function newsArticle(site: Site, article: Article): WithContext<NewsArticle> {
  return { '@context': 'https://schema.org', '@type': 'NewsArticle', ...articleFields(site, article) };
}

/** What a NewsArticle and a LiveBlogPosting say alike. */
function articleFields(site: Site, article: Article) {
  const url = absoluteUrl(articlePath(article));
  const images = [absoluteUrl(previewImagePath({ kind: 'article', article, site }))];
  if (article.cover) images.push(absoluteUrl(mediaPath(article.cover.src)));
  const videos = videoObjects(site, article);
  return {
    headline: article.title,
    description: article.sapo,
    image: images,
    thumbnailUrl: images[0],
    datePublished: vietnamTime(article.publishedAt),
    dateModified: vietnamTime(article.updatedAt ?? article.publishedAt),
    inLanguage: article.locale,
    articleSection: article.category.name,
    keywords: article.tags.map((t) => t.name),
    author: article.authors.map((a) => ({ '@type': 'Person' as const, name: a.name, url: absoluteUrl(authorPath(article.locale, a.slug)) })),
    publisher: publisher(site, article.locale),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    isAccessibleForFree: true,
    ...(videos.length > 0 && { video: videos }),
    // Corrections as Google and schema.org read them: each a CorrectionComment with its time.
    ...(article.corrections &&
      article.corrections.length > 0 && {
        correction: article.corrections.map((c) => ({ '@type': 'CorrectionComment' as const, text: c.text, datePublished: vietnamTime(c.at) })),
      }),
  };
}

/**
 * The article's videos as Google's VideoObject: name, description, a thumbnail
 * (the poster, or the article's preview image), upload date (the article's),
 * and the file (contentUrl) or the player (embedUrl).
 */
export function videoObjects(site: Site, article: Article): VideoObject[] {
  const fallbackThumbnail = absoluteUrl(previewImagePath({ kind: 'article', article, site }));
  return article.body.flatMap((block): VideoObject[] => {
    if (block.type !== 'video') return [];
    const common = {
      '@type': 'VideoObject' as const,
      thumbnailUrl: block.poster ? absoluteUrl(mediaPath(block.poster.src)) : fallbackThumbnail,
      uploadDate: vietnamTime(article.publishedAt),
      inLanguage: article.locale,
    };
    if (block.source === 'file') {
      return [
        {
          ...common,
          name: block.caption ?? article.title,
          description: block.poster.alt,
          contentUrl: absoluteUrl(videoPath(block.src)),
          ...(block.duration && { duration: `PT${block.duration}S` }),
        },
      ];
    }
    return [{ ...common, name: block.title, description: block.caption ?? block.title, embedUrl: youtubeEmbedUrl(block.id) }];
  });
}

/** The trail the page shows, e.g. Trang chủ → Chính trị → the headline. */
export function breadcrumbList(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absoluteUrl(c.path) })),
  };
}

/**
 * A live article as Google reads one: the article as a LiveBlogPosting (coverage from its
 * publication, until its newest update once ended; modified at its newest update), with a
 * BlogPosting for each update on this page, its URL the page's with the update's anchor.
 */
export function liveBlogPosting(site: Site, article: Article, live: LivePage): WithContext<LiveBlogPosting> {
  const latest = article.updates?.[0]?.at;
  const updates: BlogPosting[] = live.updates.map(({ update, anchor }) => ({
    '@type': 'BlogPosting',
    headline: update.title ?? blockPassages(update.body)[0]?.slice(0, 110) ?? article.title,
    datePublished: vietnamTime(update.at),
    articleBody: blockPassages(update.body).join('\n\n'),
    url: `${absoluteUrl(articlePath(article, live.pages.current))}#${anchor}`,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    ...articleFields(site, article),
    coverageStartTime: vietnamTime(article.publishedAt),
    ...(live.status === 'ended' && { coverageEndTime: vietnamTime(latest ?? article.updatedAt ?? article.publishedAt) }),
    ...(latest && { dateModified: vietnamTime(latest) }),
    liveBlogUpdate: updates,
  };
}

/** An article page: the article (a live one as a LiveBlogPosting) and the breadcrumb the page shows (home, section, headline). */
export function articleStructuredData(site: Site, article: Article, ui: Ui, live?: LivePage): StructuredData[] {
  return [
    live ? liveBlogPosting(site, article, live) : newsArticle(site, article),
    breadcrumbList([
      { name: ui.t('Article.home'), path: homePath(article.locale) },
      { name: article.category.name, path: categoryPath(article.locale, article.category.slug) },
      { name: article.title, path: articlePath(article) },
    ]),
  ];
}

/** A section page: its place under the home page (and under its parent section). */
export function categoryStructuredData(content: ContentStore, category: Category, ui: Ui): StructuredData[] {
  const parent = category.parent ? content.getCategory(category.locale, category.parent) : undefined;
  const crumbs = [parent, category]
    .filter((c) => c !== undefined)
    .map((c) => ({ name: c.name, path: categoryPath(c.locale, c.slug) }));
  return [breadcrumbList([{ name: ui.t('Article.home'), path: homePath(category.locale) }, ...crumbs])];
}

/** The home page: who publishes the site, and how to search it. */
export function siteStructuredData(site: Site, locale: Locale): StructuredData[] {
  const edition = site.editions[locale];
  const home = absoluteUrl(homePath(locale));
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(searchPath(locale))}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'NewsMediaOrganization',
      name: site.publisher.name,
      url: home,
      logo: logo(site),
      email: site.publisher.email,
      telephone: site.publisher.phone,
      address: site.publisher.address,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: edition.name,
      description: edition.description,
      url: home,
      inLanguage: locale,
      image: { '@type': 'ImageObject', url: absoluteUrl(previewImagePath({ kind: 'edition', locale, site })), width: String(PREVIEW_WIDTH), height: String(PREVIEW_HEIGHT) },
      potentialAction: search,
    },
  ];
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the element. */
export function serializeJsonLd(data: StructuredData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
