import type { Article, ArticleSummary, Category, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { PageShell } from '../layout/PageShell';
import { ArticleList } from '../lists/ArticleList';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { Byline } from './Byline';
import { TagList } from './TagList';

interface Props {
  ui: Ui;
  site: Site;
  menu: Category[];
  article: Article;
  sameCategory: ArticleSummary[];
  latest: ArticleSummary[];
  /** Share bar and other extras placed under the byline. */
  extras?: React.ReactNode;
  versionLink?: { href: string; label: string };
}

export function ArticleView({ ui, site, menu, article, sameCategory, latest, extras, versionLink }: Props) {
  return (
    <PageShell site={site} menu={menu} ui={ui} currentCategory={article.category.parent ?? article.category.slug} versionLink={versionLink}>
      <div className="article-layout">
        <article className="article">
          <ArticleHeader article={article} ui={ui} />
          <ArticleBody blocks={article.body} ui={ui} imageSizes="(min-width: 1000px) 680px, 100vw" />
          <Byline article={article} ui={ui} />
          {extras}
          <TagList article={article} ui={ui} />
        </article>
        <aside className="article-aside" aria-labelledby="aside-latest">
          <h2 id="aside-latest" className="section-title">
            {ui.t('Article.latest')}
          </h2>
          <ArticleList articles={latest} ui={ui} variant="compact" />
        </aside>
      </div>
      {sameCategory.length > 0 && (
        <section className="article-more" aria-labelledby="same-category">
          <h2 id="same-category" className="section-title">
            {ui.t('Article.sameCategory')}
          </h2>
          <ArticleList articles={sameCategory} ui={ui} imageSizes="200px" />
        </section>
      )}
    </PageShell>
  );
}
