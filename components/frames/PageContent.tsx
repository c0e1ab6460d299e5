import type { Ui } from '@/lib/i18n/ui';
import type { PageModel } from '@/lib/page-model';
import { ArticleView } from '../article/ArticleView';
import { FeedsView } from '../feeds/FeedsView';
import { HomeView } from '../home/HomeView';
import { ListingView } from '../listing-page/ListingView';
import { NotFoundView } from '../not-found/NotFoundView';
import { SearchView } from '../search/SearchView';
import type { Layout } from './layout';

interface Props {
  model: PageModel;
  ui: Ui;
  layout: Layout;
  shareActions?: React.ReactNode;
}

/** The one decision a frame makes about a page: which view draws its body. The switch is exhaustive. */
export function PageContent({ model, ui, layout, shareActions }: Props) {
  const { body } = model;
  switch (body.kind) {
    case 'home':
      return <HomeView body={body} site={model.chrome.site} ui={ui} layout={layout} />;
    case 'article':
      return <ArticleView body={body} ui={ui} layout={layout} shareActions={shareActions} />;
    case 'listing':
      return <ListingView body={body} ui={ui} layout={layout} />;
    case 'search':
      return <SearchView body={body} ui={ui} layout={layout} />;
    case 'not-found':
      return <NotFoundView body={body} ui={ui} />;
    case 'feeds':
      return <FeedsView body={body} site={model.chrome.site.editions[model.route.locale].name} ui={ui} />;
    default: {
      const unhandled: never = body;
      return unhandled;
    }
  }
}
