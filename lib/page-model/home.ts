import type { ArticleSummary, ContentStore } from '../content';
import type { Locale } from '../locale';
import type { Route } from '../routing/route';
import { mostReadList } from '../most-read';
import { siteStructuredData } from '../seo/structured-data';
import { homePath } from '../urls';
import { foundPage, type ModelInput } from './frame';
import type { HomeBody, PageModel } from './model';

/** Stories beside the lead: the featured ones first. */
const HIGHLIGHTS = 4;

/** The lead and featured stories the editors chose, those published in this edition, in their order. */
async function curated(content: ContentStore, locale: Locale): Promise<{ lead?: ArticleSummary; featured: ArticleSummary[] }> {
  const front = content.frontPage(locale);
  if (!front) return { featured: [] };
  const published = (await Promise.all([front.lead, ...front.featured].map((id) => content.getArticle(id)))).map((a): ArticleSummary | undefined =>
    a?.locale === locale ? a : undefined,
  );
  const [lead, ...featured] = published;
  const seen = new Set(lead ? [lead.id] : []);
  return {
    lead,
    featured: featured.filter((a): a is ArticleSummary => {
      if (!a || seen.has(a.id)) return false;
      seen.add(a.id);
      return true;
    }),
  };
}

/**
 * The front page: the lead story, four beside it, then the latest ten, then (desktop) a block per
 * top-level category. The editors choose the lead and up to four featured stories in
 * front-page.json (store.frontPage, while its `until` lasts); without them, or for an id that is not
 * published (unknown, removed, of the other edition, still scheduled), the newest story with a
 * photo leads and the newest fill the places. The latest never repeat what is above them.
 */
export async function homeModel(route: Route, input: ModelInput): Promise<PageModel> {
  const { content } = input;
  const { locale } = route;
  const site = content.site;
  const [recent, chosen] = await Promise.all([content.latest(locale, 40), curated(content, locale)]);
  const top = chosen.lead ?? recent.find((a) => a.cover && !chosen.featured.some((f) => f.id === a.id)) ?? recent[0];
  const used = new Set(top ? [top.id] : []);
  const take = (count: number): ArticleSummary[] => {
    const picked = recent.filter((a) => !used.has(a.id)).slice(0, count);
    picked.forEach((a) => used.add(a.id));
    return picked;
  };
  const featured = chosen.featured.filter((a) => !used.has(a.id)).slice(0, HIGHLIGHTS);
  featured.forEach((a) => used.add(a.id));
  const highlights = [...featured, ...take(HIGHLIGHTS - featured.length)];
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
