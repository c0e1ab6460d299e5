import type { ArticleSummary } from '../content';
import type { Route } from '../routing/route';
import { mostReadList } from '../most-read';
import { siteStructuredData } from '../seo/structured-data';
import { homePath } from '../urls';
import { foundPage, type ModelInput } from './frame';
import type { HomeBody, PageModel } from './model';

/**
 * The front page: the newest article with a photo leads, the next four sit
 * beside it, then the latest ten, then (desktop) a block per top-level
 * category.
 */
export async function homeModel(route: Route, input: ModelInput): Promise<PageModel> {
  const { content } = input;
  const { locale } = route;
  const site = content.site;
  const recent = await content.latest(locale, 40);
  const top = recent.find((a) => a.cover) ?? recent[0];
  const used = new Set(top ? [top.id] : []);
  const take = (count: number): ArticleSummary[] => {
    const picked = recent.filter((a) => !used.has(a.id)).slice(0, count);
    picked.forEach((a) => used.add(a.id));
    return picked;
  };
  const highlights = take(4);
  const latest = take(10);
  const categories: HomeBody['categories'] = route.mobile
    ? []
    : (
        await Promise.all(
          content.menu(locale).map(async (category) => ({ category, articles: (await content.listByCategory(locale, category.slug, 1, 4)).items })),
        )
      ).filter((block) => block.articles.length > 0);
  const mostRead = await mostReadList(content, locale);
  return foundPage(route, input, {
    description: site.editions[locale].description,
    canonicalPath: homePath(locale),
    structuredData: siteStructuredData(site, locale),
    body: { kind: 'home', top, highlights, latest, categories, mostRead },
  });
}
