import { getContent } from '../content';
import { tagResponse } from '../freshness/tag-response';
import { pageTags } from '../freshness/tags';
import { getUi, type Ui } from '../i18n/ui';
import type { Route } from '../routing/route';
import { pageModel } from './index';
import type { PageModel } from './model';

/**
 * The page model of a route with the live content, and the UI strings its
 * frame needs (mobile links point at /m). A cached page is tagged with what
 * it shows, so that publishing expires exactly the pages that change; so is
 * the 404 page, which the mobile route caches too (its latest news, its banner).
 */
export async function loadPage(route: Route): Promise<{ model: PageModel; ui: Ui }> {
  const [content, ui] = await Promise.all([getContent(), getUi(route.locale, { mobile: route.mobile })]);
  const model = await pageModel(route, { content, ui });
  if (model.cache === 'page' || model.cache === 'notFound') await tagResponse(pageTags(model));
  return { model, ui };
}
