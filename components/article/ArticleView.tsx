import type { Article, ArticleSummary, Category, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { PageShell } from '../layout/PageShell';
import { ListSection } from '../lists/ListSection';
import { ArticleMain } from './ArticleMain';

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
        <ArticleMain article={article} ui={ui} imageSizes="(min-width: 1000px) 680px, 100vw" extras={extras} />
        <ListSection element="aside" className="article-aside" id="aside-latest" title={ui.t('Article.latest')} articles={latest} ui={ui} variant="compact" />
      </div>
      {sameCategory.length > 0 && (
        <ListSection className="article-more" id="same-category" title={ui.t('Article.sameCategory')} articles={sameCategory} ui={ui} imageSizes="200px" />
      )}
    </PageShell>
  );
}
