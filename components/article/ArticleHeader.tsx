import type { Article } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { categoryPath, homePath } from '@/lib/urls';
import { ArticleTime } from './ArticleTime';

/** Breadcrumb, headline, time and sapo. */
export function ArticleHeader({ article, ui }: { article: Article; ui: Ui }) {
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
      <h1>{article.title}</h1>
      <p className="article-header__time">
        <ArticleTime iso={article.publishedAt} ui={ui} />
        {article.updatedAt && article.updatedAt !== article.publishedAt && (
          <span className="article-header__updated">
            {' '}
            · {ui.t('Article.updated', { dateTime: ui.dateTime(article.updatedAt) })}
          </span>
        )}
      </p>
      <p className="sapo">{article.sapo}</p>
    </header>
  );
}
