import type { SearchHit } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { articlePath, categoryPath } from '@/lib/urls';
import { ArticleTime } from '../article/ArticleTime';
import { Snippet } from './Snippet';

/** Search hits: headline, section, time and the passage that matched. */
export function SearchResults({ hits, ui }: { hits: SearchHit[]; ui: Ui }) {
  return (
    <ol className="search-results">
      {hits.map(({ article, snippet }) => (
        <li key={article.id}>
          <article className="search-result">
            <h2 className="search-result__title">
              <a href={ui.href(articlePath(article))}>{article.title}</a>
            </h2>
            <p className="search-result__meta">
              <a href={ui.href(categoryPath(article.locale, article.category.slug))}>{article.category.name}</a>
              {' · '}
              <ArticleTime iso={article.publishedAt} ui={ui} short />
            </p>
            <Snippet snippet={snippet} />
          </article>
        </li>
      ))}
    </ol>
  );
}
