import type { ArticleSummary } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { authorPath } from '@/lib/urls';

/** "Tú Linh; Ảnh: Viết Thành" — authors link to their pages. */
export function Byline({ article, ui }: { article: ArticleSummary; ui: Ui }) {
  return (
    <p className="byline">
      <span className="visually-hidden">{ui.t('Article.byline')}: </span>
      {article.authors.map((author, i) => (
        <span key={author.slug}>
          {i > 0 && ', '}
          <a href={ui.href(authorPath(article.locale, author.slug))} rel="author">
            <strong>{author.name}</strong>
          </a>
        </span>
      ))}
      {article.photoCredit && <span>; {ui.t('Article.photoCredit', { name: article.photoCredit })}</span>}
    </p>
  );
}
