import { getContent } from '../content';
import { getUi, type Ui } from '../i18n/ui';
import type { Route } from '../routing/route';
import { pageModel } from './index';
import type { PageModel } from './model';

/** The page model of a route with the live content, and the UI strings its frame needs (mobile links point at /m). */
export async function loadPage(route: Route): Promise<{ model: PageModel; ui: Ui }> {
  const [content, ui] = await Promise.all([getContent(), getUi(route.locale, { mobile: route.mobile })]);
  return { model: await pageModel(route, { content, ui }), ui };
}
