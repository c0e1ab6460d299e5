import type { ArticleSummary } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { articlePath } from '@/lib/urls';

/** "Đọc nhiều": the most read articles, ranked; nothing when nobody has read anything yet. */
export function MostRead({ articles, ui, id }: { articles: ArticleSummary[]; ui: Ui; id: string }) {
  if (articles.length === 0) return null;
  return (
    <section className="most-read" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {ui.t('MostRead.title')}
      </h2>
      <ol className="most-read__list">
        {articles.map((article) => (
          <li key={article.id}>
            <a href={ui.href(articlePath(article))}>{article.title}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
