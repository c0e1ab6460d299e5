import type { Route } from '../routing/route';
import { articleModel } from './article';
import { findPage } from './find';
import type { ModelInput } from './frame';
import { homeModel } from './home';
import { listingModel } from './listing';
import type { PageModel } from './model';
import { notFoundModel } from './not-found';
import { feedsModel } from './feeds';
import { searchModel } from './search';

export type { ModelInput } from './frame';
export type * from './model';
export type { PageLinks } from './pagination';
export type { KeyEvent, LivePage, LiveUpdateView } from './live';
export { findPage } from './find';

/**
 * Route → page model: the one place where each page kind is decided. Async,
 * so that a store that answers from a database fits the same call.
 */
export async function pageModel(route: Route, input: ModelInput): Promise<PageModel> {
  const found = await findPage(input.content, route);
  if (found.kind === 'missing') return notFoundModel(route, input);
  const { subject } = found;
  switch (subject.kind) {
    case 'home':
      return homeModel(route, input);
    case 'article':
      return articleModel(route, input, subject.article);
    case 'listing':
      return listingModel(route, input, subject.listing);
    case 'search':
      return route.kind === 'search' ? searchModel(route, input) : notFoundModel(route, input);
    case 'feeds':
      return feedsModel(route, input);
    case 'feed':
      // Feeds are XML (app/[locale]/feed), never a page.
      return notFoundModel(route, input);
  }
}
