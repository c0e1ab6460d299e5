import type { Ui } from '@/lib/i18n/ui';
import type { SearchBody } from '@/lib/page-model';
import { ArticleList } from '../article-list/ArticleList';
import { Pagination } from '../article-list/Pagination';
import type { Layout } from '../frames/layout';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';

/** The search page: the form with its filters, how many were found, the sort links, the hits, numbered pages. */
export function SearchView({ body, ui, layout }: { body: SearchBody; ui: Ui; layout: Layout }) {
  const { query, list } = body;
  return (
    <div className="listing search">
      <header className="listing__header">
        <h1>{body.heading}</h1>
        <SearchForm ui={ui} query={query} filters={body} />
        {body.tooLong && <p role="alert">{ui.t('Search.tooLong', { max: body.maxLength })}</p>}
        <p className="listing__count" role="status">
          {query ? ui.t(list.more ? 'Search.countMore' : 'Search.count', { count: list.total, query }) : ui.t('Search.hint')}
        </p>
        {body.suggestDiacritics && <p className="search__tip">{ui.t('Search.diacritics')}</p>}
        {list.total > 1 && (
          <nav className="search__sort" aria-label={ui.t('Search.sortLabel')}>
            {body.sorts.map((s) =>
              s.current ? (
                <strong key={s.value} aria-current="page">
                  {ui.t(`Search.sorts.${s.value}`)}
                </strong>
              ) : (
                <a key={s.value} href={ui.href(s.path)}>
                  {ui.t(`Search.sorts.${s.value}`)}
                </a>
              ),
            )}
          </nav>
        )}
      </header>
      {list.items.length > 0 && <SearchResults hits={list.items} ui={ui} />}
      {body.latest.length > 0 && (
        <section className="search__latest" aria-labelledby="search-latest">
          <h2 id="search-latest">{ui.t('Search.latest')}</h2>
          <ArticleList articles={body.latest} ui={ui} variant="compact" headingLevel={3} imageSizes={layout === 'mobile' ? '96px' : '200px'} />
        </section>
      )}
      <Pagination pages={body.pages} ui={ui} />
    </div>
  );
}
