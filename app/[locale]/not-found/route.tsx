import { htmlResponse } from '@/components/frames/htmlResponse';
import { toLocale } from '@/lib/locale';
import { loadPage } from '@/lib/page-model/load';
import { notFoundRoute } from '@/lib/routing/route';

/**
 * The desktop 404 page. The proxy rewrites every path that names nothing here
 * (/{locale}/not-found), so the reader gets a real page with status 404, in
 * their language, as plain HTML (decision 004).
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/not-found'>) {
  const { model, ui } = await loadPage(notFoundRoute({ locale: toLocale((await params).locale), mobile: false }));
  return htmlResponse(model, ui);
}
