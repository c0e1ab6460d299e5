import type { Metadata } from 'next';
import { ListingView } from '@/components/listing/ListingView';
import { SearchForm } from '@/components/listing/SearchForm';
import { mobileVersionLink, pageContext } from '@/lib/pages/context';
import { parseSearchQuery, searchPreview } from '@/lib/pages/search';
import { pageMetadata } from '@/lib/seo/metadata';
import { PAGE_SIZE, searchPath } from '@/lib/urls';

/** Search reads the query string: the one page rendered per request (results are not cached). */
export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/search'>;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ui, locale, content } = await pageContext((await props.params).locale);
  const { query } = parseSearchQuery(await props.searchParams);
  return pageMetadata({
    site: content.site,
    locale,
    title: query ? ui.t('Search.resultsTitle', { query }) : ui.t('Search.title'),
    description: ui.t('Search.hint'),
    path: searchPath(locale),
    index: false,
    preview: searchPreview(content.site, locale, ui),
  });
}

export default async function SearchPage(props: Props) {
  const { ui, locale, content } = await pageContext((await props.params).locale);
  const { query, page, tooLong, max } = parseSearchQuery(await props.searchParams);
  const list = content.search(locale, query, page, PAGE_SIZE);
  return (
    <ListingView
      ui={ui}
      site={content.site}
      menu={content.menu(locale)}
      title={query ? ui.t('Search.resultsTitle', { query }) : ui.t('Search.title')}
      intro={
        <>
          <SearchForm ui={ui} query={query} />
          {tooLong && <p role="alert">{ui.t('Search.tooLong', { max })}</p>}
          <p className="listing__count" role="status">
            {query ? ui.t('Search.count', { count: list.total, query }) : ui.t('Search.hint')}
          </p>
        </>
      }
      list={list}
      versionLink={mobileVersionLink(ui, searchPath(locale, query, list.page))}
      pageHref={(p) => searchPath(locale, query, p)}
    />
  );
}
