import type { Article, ArticleSummary } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { ArticleBody } from '../article/ArticleBody';
import { ArticleHeader } from '../article/ArticleHeader';
import { Byline } from '../article/Byline';
import { TagList } from '../article/TagList';
import { ArticleList } from '../lists/ArticleList';

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
      <article className="article">
        <ArticleHeader article={article} ui={ui} />
        <ArticleBody blocks={article.body} ui={ui} imageSizes="100vw" />
        <Byline article={article} ui={ui} />
        {extras}
        <TagList article={article} ui={ui} />
      </article>
      {related.length > 0 && (
        <section aria-labelledby="m-related">
          <h2 id="m-related" className="section-title">
            {ui.t('Article.sameCategory')}
          </h2>
          <ArticleList articles={related} ui={ui} variant="compact" />
        </section>
      )}
    </>
  );
}
