import type { ArticleSummary, ContentChange } from '../content';
import type { Locale } from '../locale';
import type { PageModel } from '../page-model';
import type { Route } from '../routing/route';

/**
 * Cache tags: what each cached page, feed and sitemap shows, so that a
 * publish, an edit or a removal expires exactly the responses that show the
 * article (decision 008). Two kinds:
 *   a:{id}                 a response that shows article {id} (its page, a card, a sidebar, a related link)
 *   l:{list}               a response that lists the newest of something, which a new article joins:
 *                          home:{locale}, cat:{locale}:{slug}, tag:{locale}:{slug}, author:{slug},
 *                          feed:{locale}, sitemap:news, sitemap:pages, sitemap:{yyyy-mm}
 *   front:{locale}         the home pages of an edition, whose curated front page (front-page.json) changed or ended
 *   site                   every response (site settings, categories, authors changed)
 * Article pages carry a:{id} for every article they show but not the lists
 * behind their sidebars: a new article appears in other articles' "Tin mới
 * nhất" within the page TTL (5 minutes), while an edit or a removal reaches
 * them at once, so no page ever links to an article that is gone.
 */
export const SITE_TAG = 'site';
export const articleTag = (id: number) => `a:${id}`;
export const listTag = {
  home: (locale: Locale) => `l:home:${locale}`,
  category: (locale: Locale, slug: string) => `l:cat:${locale}:${slug}`,
  tag: (locale: Locale, slug: string) => `l:tag:${locale}:${slug}`,
  author: (slug: string) => `l:author:${slug}`,
  feed: (locale: Locale) => `l:feed:${locale}`,
  sitemapNews: 'l:sitemap:news',
  sitemapPages: 'l:sitemap:pages',
  sitemapMonth: (month: string) => `l:sitemap:${month}`,
};
export const frontTag = (locale: Locale) => `front:${locale}`;

/** The tags of a page, from its model. */
export function pageTags(model: PageModel): string[] {
  const { body, route } = model;
  const shown = new Set<number>();
  const add = (articles: readonly (ArticleSummary | undefined)[]) => articles.forEach((a) => a && shown.add(a.id));
  const lists: string[] = [];
  switch (body.kind) {
    case 'home':
      add([body.top, ...body.highlights, ...body.latest, ...body.categories.flatMap((c) => c.articles), ...body.mostRead]);
      lists.push(listTag.home(route.locale), frontTag(route.locale));
      break;
    case 'article':
      add([body.article, ...body.sameCategory, ...body.latest, ...body.mostRead]);
      for (const block of body.article.body) if (block.type === 'related') add(block.items);
      // A related article still scheduled: its publication expires this page, which then links to it.
      for (const id of body.article.hiddenRelated ?? []) shown.add(id);
      break;
    case 'listing':
      add([...body.list.items, ...body.mostRead]);
      if (route.kind === 'category' || route.kind === 'tag') lists.push(route.kind === 'category' ? listTag.category(route.locale, route.slug) : listTag.tag(route.locale, route.slug));
      if (route.kind === 'author') lists.push(listTag.author(route.slug));
      break;
    case 'search':
      add([...body.list.items.map((hit) => hit.article), ...body.latest]);
      break;
    case 'not-found':
      add(body.latest);
      break;
  }
  return [SITE_TAG, ...lists, ...[...shown].map(articleTag)];
}

/**
 * The tags of a route's existence: what decides whether it names a page, a 404 or a redirect
 * (lib/page-model/find.ts), as the request pipeline caches that answer. An article's own tag (a
 * publish, a removal, a new slug); a listing's list tag (the page count grows and shrinks with
 * it); `site` for the rest (categories, authors and tags come and go with it).
 */
export function routeTags(route: Route): string[] {
  switch (route.kind) {
    case 'article':
      return [SITE_TAG, articleTag(route.id)];
    case 'category':
      return [SITE_TAG, listTag.category(route.locale, route.slug)];
    case 'tag':
      return [SITE_TAG, listTag.tag(route.locale, route.slug)];
    case 'author':
      return [SITE_TAG, listTag.author(route.slug)];
    default:
      return [SITE_TAG];
  }
}

/** Past this many tags (a mass import), expiring everything is cheaper than expiring each. */
const MAX_TAGS = 2000;

/**
 * Every tag a content change expires: each changed article, and every list it was or now is in
 * (its edition's home and feed, its sections, tags and authors, the sitemaps of its months, the
 * news and pages sitemaps); the home pages of a changed front page. A changed breaking-news banner
 * expires nothing: it is put into every answer after the cache (pipeline/per-request.ts, decision
 * 023). `everything` (site settings, categories or authors) is the site tag.
 */
export function tagsOf(change: ContentChange): string[] {
  if (change.everything) return [SITE_TAG];
  const tags = [...change.frontPages.map(frontTag), ...articleTags(change)];
  return tags.length > MAX_TAGS ? [SITE_TAG] : tags;
}

function articleTags(change: ContentChange): string[] {
  if (change.articles.length === 0) return [];
  return [
    ...change.articles.map(articleTag),
    ...change.editions.flatMap((locale) => [listTag.home(locale), listTag.feed(locale)]),
    ...change.sections.map(({ locale, slug }) => listTag.category(locale, slug)),
    ...change.tags.map(({ locale, slug }) => listTag.tag(locale, slug)),
    ...change.authors.map(listTag.author),
    listTag.sitemapNews,
    listTag.sitemapPages,
    ...change.months.map(listTag.sitemapMonth),
  ];
}
