import type { ArticleSummary } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { ArticleList } from './ArticleList';

interface Props {
  /** id of the heading, which names the region. */
  id: string;
  title: string;
  articles: ArticleSummary[];
  ui: Ui;
  variant?: 'standard' | 'compact';
  imageSizes?: string;
  /** aside for complementary lists next to the main content. */
  element?: 'section' | 'aside';
  className?: string;
}

/** A titled list of articles ("Tin mới nhất", "Cùng chuyên mục"): a region named by its heading. */
export function ListSection({ id, title, articles, ui, variant, imageSizes, element = 'section', className }: Props) {
  const Element = element;
  return (
    <Element className={className} aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      <ArticleList articles={articles} ui={ui} variant={variant} imageSizes={imageSizes} />
    </Element>
  );
}
