import type { Article } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { categoryPath, homePath } from '@/lib/urls';
import { ArticleTime } from './ArticleTime';
import { LiveLabel } from '../live/LiveLabel';

/** An update is shown when it says another instant than the publication. */
function isUpdated(article: Article): article is Article & { updatedAt: string } {
  return article.updatedAt !== undefined && Date.parse(article.updatedAt) !== Date.parse(article.publishedAt);
}

/** Breadcrumb, a live article's label, headline, time (and under it the time of the last update, when there is one) and sapo. */
export function ArticleHeader({ article, ui, refreshPath }: { article: Article; ui: Ui; refreshPath?: string }) {
  const { locale, category } = article;
  return (
    <header className="article-header">
      <nav aria-label={ui.t('Article.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <a href={ui.href(homePath(locale))}>{ui.t('Article.home')}</a>
          </li>
          <li>
            <a href={ui.href(categoryPath(locale, category.slug))}>{category.name}</a>
          </li>
        </ol>
      </nav>
      {article.live && (
        <p className="article-header__live">
          <LiveLabel status={article.live.status} ui={ui} />
          {/* While live: a plain link to page 1 (the mobile site and readers without JavaScript reload with it). */}
          {refreshPath && (
            <a className="live__refresh" href={ui.href(refreshPath)}>
              {ui.t('Live.refresh')}
            </a>
          )}
        </p>
      )}
      <h1>{article.title}</h1>
      <p className="article-header__time">
        <ArticleTime iso={article.publishedAt} ui={ui} />
      </p>
      {isUpdated(article) && (
        <p className="article-header__updated">
          {ui.t('Article.updated')} <time dateTime={article.updatedAt}>{ui.timeDate(article.updatedAt)}</time>
        </p>
      )}
      <p className="sapo">{article.sapo}</p>
    </header>
  );
}
