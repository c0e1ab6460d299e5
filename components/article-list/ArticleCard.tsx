import type { ArticleSummary } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { articlePath } from '@/lib/urls';
import { ArticleTime } from '../article/ArticleTime';
import { ResponsiveImage } from '../media/ResponsiveImage';
import { LiveLabel } from '../live/LiveLabel';

interface Props {
  article: ArticleSummary;
  ui: Ui;
  /** lead: big photo and sapo; standard: thumbnail and sapo; compact: title and time only. */
  variant?: 'lead' | 'standard' | 'compact';
  /** Heading level of the title within the page outline. */
  headingLevel?: 2 | 3;
  imageSizes?: string;
  priority?: boolean;
}

export function ArticleCard({ article, ui, variant = 'standard', headingLevel = 3, imageSizes = '240px', priority }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = ui.href(articlePath(article));
  const showImage = variant !== 'compact' && article.cover;
  return (
    <article className={`card card--${variant}`}>
      {showImage && article.cover && (
        <a href={href} className="card__image" tabIndex={-1} aria-hidden="true">
          <ResponsiveImage image={article.cover} sizes={imageSizes} priority={priority} />
        </a>
      )}
      <div className="card__text">
        <Heading className="card__title">
          <a href={href}>{article.title}</a>
        </Heading>
        <p className="card__meta">
          {article.live?.status === 'live' ? (
            // While live: the label and the newest update's time.
            <>
              <LiveLabel status="live" ui={ui} /> <time dateTime={article.live.latestAt ?? article.publishedAt}>{ui.timeDate(article.live.latestAt ?? article.publishedAt)}</time>
            </>
          ) : (
            <ArticleTime iso={article.publishedAt} ui={ui} short={variant === 'compact'} />
          )}
        </p>
        {variant !== 'compact' && <p className="card__sapo">{article.sapo}</p>}
      </div>
    </article>
  );
}
