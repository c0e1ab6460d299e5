import type { Article } from '../content';
import type { Route } from '../routing/route';
import { mostReadList } from '../most-read';
import { articlePreview } from '../seo/open-graph';
import { articleStructuredData } from '../seo/structured-data';
import { absoluteUrl, articlePath } from '../urls';
import { foundPage, type ModelInput } from './frame';
import { livePage } from './live';
import type { PageModel } from './model';

/** An article with "Cùng chuyên mục" under it and, on desktop, the latest news beside it. */
export async function articleModel(route: Route, input: ModelInput, article: Article): Promise<PageModel> {
  const { content, ui } = input;
  const page = route.kind === 'article' ? (route.page ?? 1) : 1;
  const live = article.live ? livePage(article, page, ui, { mobile: route.mobile, now: Date.now() }) : undefined;
  const path = articlePath(article, page);
  const [sameCategory, latest, mostRead] = await Promise.all([
    content.related(article, route.mobile ? 5 : 6),
    route.mobile ? [] : content.latest(article.locale, 8, { exclude: [article.id] }),
    mostReadList(content, article.locale),
  ]);
  return foundPage(route, input, {
    title: page > 1 ? ui.t('Live.pageTitle', { title: article.title, page }) : article.title,
    description: article.sapo,
    canonicalPath: path,
    preview: articlePreview(content.site, article),
    structuredData: articleStructuredData(content.site, article, ui, live),
    currentCategory: article.category.parent ?? article.category.slug,
    body: {
      kind: 'article',
      article,
      shareUrl: absoluteUrl(articlePath(article)),
      ...(live && { live }),
      sameCategory,
      latest,
      mostRead,
    },
  });
}
