import type { ArticleSummary, Page } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { ArticleList } from '../lists/ArticleList';
import { Pagination } from '../lists/Pagination';

interface Props {
  title: string;
  /** The home page keeps its h1 for screen readers only. */
  hideTitle?: boolean;
  intro?: React.ReactNode;
  list: Page<ArticleSummary>;
  pageHref: (page: number) => string;
  emptyText?: string;
  ui: Ui;
}

/** Home, category, tag, author and search on phones: compact list with small thumbnails, numbered pages. */
export function MobileListing({ title, hideTitle, intro, list, pageHref, emptyText, ui }: Props) {
  return (
    <>
      <h1 className={hideTitle ? 'visually-hidden' : undefined}>{title}</h1>
      {intro}
      {list.items.length > 0 ? (
        <ArticleList articles={list.items} ui={ui} headingLevel={2} imageSizes="96px" />
      ) : (
        emptyText && <p>{emptyText}</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={pageHref} ui={ui} />
    </>
  );
}
