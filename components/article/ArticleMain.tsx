import type { Article } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import type { ImageSizes } from '@/lib/media/sources';
import type { LivePage } from '@/lib/page-model';
import type { Layout } from '../frames/layout';
import { LiveCoverage } from '../live/LiveCoverage';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { Byline } from './Byline';
import { Corrections } from './Corrections';
import { TagList } from './TagList';

interface Props {
  article: Article;
  ui: Ui;
  layout: Layout;
  /** The absolute canonical URL: printed under the article (print stylesheet only). */
  canonicalUrl: string;
  /** sizes attribute for body photos: how wide the layout draws the column (and, on mobile, the widest copy). */
  imageSizes: ImageSizes;
  /** Share bar and other extras placed under the byline. */
  extras?: React.ReactNode;
  /** A live article's page of updates. */
  live?: LivePage;
}

/** The article itself, as the newspaper wrote it: the same on desktop and mobile. */
export function ArticleMain({ article, ui, layout, canonicalUrl, imageSizes, extras, live }: Props) {
  // A live article's body is its introduction: on page 1, above the updates.
  const intro = !live || live.pages.current === 1;
  return (
    <article className="article">
      <ArticleHeader article={article} ui={ui} refreshPath={live?.refreshPath} />
      {intro && <ArticleBody blocks={article.body} ui={ui} layout={layout} imageSizes={imageSizes} />}
      {live && <LiveCoverage live={live} ui={ui} layout={layout} imageSizes={imageSizes} />}
      <Byline article={article} ui={ui} />
      <Corrections article={article} ui={ui} />
      <p className="print-only print-url">{ui.t('Article.printUrl', { url: canonicalUrl })}</p>
      {extras}
      <TagList article={article} ui={ui} />
    </article>
  );
}
