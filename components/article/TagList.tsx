import type { ArticleSummary } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { tagPath } from '@/lib/urls';

export function TagList({ article, ui }: { article: ArticleSummary; ui: Ui }) {
  if (article.tags.length === 0) return null;
  return (
    <nav className="tags" aria-label={ui.t('Article.tags')}>
      <span className="tags__label">{ui.t('Article.tags')}:</span>
      <ul>
        {article.tags.map((tag) => (
          <li key={tag.slug}>
            <a href={ui.href(tagPath(article.locale, tag.slug))}>{tag.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
