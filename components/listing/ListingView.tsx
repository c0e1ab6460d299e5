import type { ArticleSummary, Category, Page, Site } from '@/lib/content';
import type { Ui } from '@/lib/i18n/ui';
import { PageShell } from '../layout/PageShell';
import { ArticleList } from '../lists/ArticleList';
import { Pagination } from '../lists/Pagination';

interface Props {
  ui: Ui;
  site: Site;
  menu: Category[];
  title: string;
  description?: string;
  /** Extra content under the heading (sub-category links, search form, result count). */
  intro?: React.ReactNode;
  list: Page<ArticleSummary>;
  /** Shown when the list is empty. */
  emptyText?: string;
  pageHref: (page: number) => string;
  currentCategory?: string;
  versionLink?: { href: string; label: string };
}

/** Category, tag, author and search pages: a heading, a list newest first, numbered pages. */
export function ListingView({ ui, site, menu, title, description, intro, list, emptyText, pageHref, currentCategory, versionLink }: Props) {
  return (
    <PageShell site={site} menu={menu} ui={ui} currentCategory={currentCategory} versionLink={versionLink}>
      <div className="listing">
        <header className="listing__header">
          <h1>{title}</h1>
          {description && <p className="listing__description">{description}</p>}
          {intro}
        </header>
        {list.items.length > 0 ? (
          <ArticleList articles={list.items} ui={ui} headingLevel={2} imageSizes="200px" />
        ) : (
          emptyText && <p className="listing__empty">{emptyText}</p>
        )}
        <Pagination page={list.page} pageCount={list.pageCount} href={pageHref} ui={ui} />
      </div>
    </PageShell>
  );
}
