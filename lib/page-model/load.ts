import { getContent } from '../content';
import { pageTags } from '../freshness/tags';
import { getUi, type Ui } from '../i18n/ui';
import type { Route } from '../routing/route';
import { pageModel } from './index';
import type { PageModel } from './model';

/**
 * The page model of a route with the live content, the UI strings its frame needs (mobile links
 * point at /m), and the cache tags of what it shows, so that publishing expires exactly the
 * cached pages that change (decision 008).
 */
export async function loadPage(route: Route): Promise<{ model: PageModel; ui: Ui; tags: string[] }> {
  const ui = getUi(route.locale, { mobile: route.mobile });
  const model = await pageModel(route, { content: await getContent(), ui });
  return { model, ui, tags: pageTags(model) };
}
