import type { Article, ArticleSummary } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { ArticleMain } from '../article/ArticleMain';
import { ListSection } from '../lists/ListSection';

interface Props {
  article: Article;
  related: ArticleSummary[];
  ui: Ui;
  extras?: React.ReactNode;
}

/** The whole article with the shared components; the desktop sidebar and long lists are left out. */
export function MobileArticle({ article, related, ui, extras }: Props) {
  return (
    <>
      <ArticleMain article={article} ui={ui} imageSizes="100vw" extras={extras} />
      {related.length > 0 && <ListSection id="m-related" title={ui.t('Article.sameCategory')} articles={related} ui={ui} variant="compact" />}
    </>
  );
}
