import type { Article } from '../content';
import type { Route } from '../routing/route';
import { mostReadList } from '../most-read';
import { articlePreview } from '../seo/open-graph';
import { articleStructuredData } from '../seo/structured-data';
import { absoluteUrl, articlePath } from '../urls';
import { foundPage, type ModelInput } from './frame';
import type { PageModel } from './model';

/** An article with "Cùng chuyên mục" under it and, on desktop, the latest news beside it. */
export async function articleModel(route: Route, input: ModelInput, article: Article): Promise<PageModel> {
  const { content, ui } = input;
  const path = articlePath(article);
  const [sameCategory, latest, mostRead] = await Promise.all([
    content.related(article, route.mobile ? 5 : 6),
    route.mobile ? [] : content.latest(article.locale, 8, { exclude: [article.id] }),
    mostReadList(content, article.locale),
  ]);
  return foundPage(route, input, {
    title: article.title,
    description: article.sapo,
    canonicalPath: path,
    preview: articlePreview(content.site, article),
    structuredData: articleStructuredData(content.site, article, ui),
    currentCategory: article.category.parent ?? article.category.slug,
    body: {
      kind: 'article',
      article,
      shareUrl: absoluteUrl(path),
      sameCategory,
      latest,
      mostRead,
    },
  });
}
