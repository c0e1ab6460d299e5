import type { ArticleSummary } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { ArticleCard } from './ArticleCard';

interface Props {
  articles: ArticleSummary[];
  ui: Ui;
  variant?: 'standard' | 'compact';
  headingLevel?: 2 | 3;
  imageSizes?: string;
}

export function ArticleList({ articles, ui, variant = 'standard', headingLevel = 3, imageSizes }: Props) {
  return (
    <ul className={`article-list article-list--${variant}`}>
      {articles.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} ui={ui} variant={variant} headingLevel={headingLevel} imageSizes={imageSizes} />
        </li>
      ))}
    </ul>
  );
}
