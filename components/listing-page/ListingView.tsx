import type { Ui } from '@/lib/i18n/ui';
import type { ListingBody } from '@/lib/page-model';
import { ArticleList } from '../article-list/ArticleList';
import { MostRead } from '../article-list/MostRead';
import { Pagination } from '../article-list/Pagination';
import type { Layout } from '../frames/layout';
import { SubcategoryLinks } from './SubcategoryLinks';

interface Props {
  body: ListingBody;
  ui: Ui;
  layout: Layout;
}

/** Category, tag and author pages: a heading, what the list is, the list newest first, numbered pages. */
export function ListingView({ body, ui, layout }: Props) {
  const { list } = body;
  return (
    <div className="listing">
      <header className="listing__header">
        <h1>{body.heading}</h1>
        <ListingIntro body={body} ui={ui} />
      </header>
      {list.items.length > 0 ? (
        <ArticleList articles={list.items} ui={ui} headingLevel={2} imageSizes={layout === 'mobile' ? '96px' : '200px'} />
      ) : (
        body.emptyText && <p className="listing__empty">{body.emptyText}</p>
      )}
      <Pagination pages={body.pages} ui={ui} />
      {body.kind === 'listing' && <MostRead articles={body.mostRead} ui={ui} id={layout === 'mobile' ? 'm-most-read' : 'listing-most-read'} />}
    </div>
  );
}

function ListingIntro({ body, ui }: { body: ListingBody; ui: Ui }) {
  const counter = body.listing === 'author' ? 'Author.count' : 'Tag.count';
  return (
    <>
      {body.description && <p className="listing__description">{body.description}</p>}
      {body.count !== undefined && <p className="listing__count">{ui.t(counter, { count: body.count })}</p>}
      {body.subcategories.length > 0 && <SubcategoryLinks categories={body.subcategories} ui={ui} />}
    </>
  );
}
