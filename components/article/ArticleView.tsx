import type { Ui } from '@/lib/i18n/ui';
import type { ArticleBody } from '@/lib/page-model';
import { ListSection } from '../article-list/ListSection';
import type { Layout } from '../frames/layout';
import { ArticleMain } from './ArticleMain';
import { ShareBar } from './ShareBar';

interface Props {
  body: ArticleBody;
  ui: Ui;
  layout: Layout;
  /** Desktop only: the share buttons that need the browser (ShareActions, a client component). */
  shareActions?: React.ReactNode;
}

/** The article page. Desktop adds the latest news beside it; both show "Cùng chuyên mục" under it. */
export function ArticleView({ body, ui, layout, shareActions }: Props) {
  const { article, shareUrl, sameCategory, latest } = body;
  const share = <ShareBar url={shareUrl} title={article.title} ui={ui} actions={shareActions} />;
  if (layout === 'mobile') {
    return (
      <>
        <ArticleMain article={article} ui={ui} layout={layout} canonicalUrl={shareUrl} imageSizes="100vw" extras={share} />
        {sameCategory.length > 0 && <ListSection className="article-more" id="m-related" title={ui.t('Article.sameCategory')} articles={sameCategory} ui={ui} variant="compact" />}
      </>
    );
  }
  return (
    <>
      <div className="article-layout">
        <ArticleMain article={article} ui={ui} layout={layout} canonicalUrl={shareUrl} imageSizes="(min-width: 1000px) 680px, 100vw" extras={share} />
        <ListSection element="aside" className="article-aside" id="aside-latest" title={ui.t('Article.latest')} articles={latest} ui={ui} variant="compact" />
      </div>
      {sameCategory.length > 0 && (
        <ListSection className="article-more" id="same-category" title={ui.t('Article.sameCategory')} articles={sameCategory} ui={ui} imageSizes="200px" />
      )}
    </>
  );
}
