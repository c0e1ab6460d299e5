import type { Ui } from '@/lib/i18n/ui';
import { MOBILE_MAX_IMAGE_WIDTH } from '@/lib/media/sources';
import type { ArticleBody } from '@/lib/page-model';
import { ListSection } from '../article-list/ListSection';
import { MostRead } from '../article-list/MostRead';
import type { Layout } from '../frames/layout';
import { ArticleMain } from './ArticleMain';
import { ShareBar } from './ShareBar';

/** The desktop article column's photo sizes: the page's, and the live check's new updates (pipeline/live-check.tsx). */
export const DESKTOP_BODY_IMAGE_SIZES = '(min-width: 1000px) 680px, 100vw';

interface Props {
  body: ArticleBody;
  ui: Ui;
  layout: Layout;
  /** Desktop only: the share buttons that need the browser (ShareActions, enhanced by client/enhance.js). */
  shareActions?: React.ReactNode;
}

/** The article page. Desktop adds the latest news beside it; both show "Cùng chuyên mục" under it. */
export function ArticleView({ body, ui, layout, shareActions }: Props) {
  const { article, shareUrl, sameCategory, latest, mostRead, live } = body;
  // The view beacon: a 1×1 background the browser fetches only when it draws the page, so cached
  // pages count their readers with no script and a prefetch counts nothing (lib/most-read).
  const beacon = <span className="view-beacon" style={{ backgroundImage: `url(/views/${article.id}.gif)` }} aria-hidden="true" />;
  const share = <ShareBar url={shareUrl} title={article.title} ui={ui} actions={shareActions} />;
  if (layout === 'mobile') {
    return (
      <>
        <ArticleMain article={article} ui={ui} layout={layout} canonicalUrl={shareUrl} imageSizes={{ sizes: '100vw', maxWidth: MOBILE_MAX_IMAGE_WIDTH }} extras={share} live={live} />
        {sameCategory.length > 0 && <ListSection className="article-more" id="m-related" title={ui.t('Article.sameCategory')} articles={sameCategory} ui={ui} variant="compact" />}
        <MostRead articles={mostRead} ui={ui} id="m-most-read" />
        {beacon}
      </>
    );
  }
  return (
    <>
      <div className="article-layout">
        <ArticleMain article={article} ui={ui} layout={layout} canonicalUrl={shareUrl} imageSizes={DESKTOP_BODY_IMAGE_SIZES} extras={share} live={live} />
        <div className="article-aside">
          <ListSection element="aside" id="aside-latest" title={ui.t('Article.latest')} articles={latest} ui={ui} variant="compact" />
          <MostRead articles={mostRead} ui={ui} id="aside-most-read" />
        </div>
      </div>
      {sameCategory.length > 0 && (
        <ListSection className="article-more" id="same-category" title={ui.t('Article.sameCategory')} articles={sameCategory} ui={ui} imageSizes="200px" />
      )}
      {beacon}
    </>
  );
}
