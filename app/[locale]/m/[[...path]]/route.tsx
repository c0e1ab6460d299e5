import { htmlResponse } from '@/components/frames/htmlResponse';
import { loadPage } from '@/lib/page-model/load';
import { routeFromInternal } from '@/lib/routing/route';

/**
 * Every mobile page but search: the same page models as the desktop site,
 * drawn in the mobile frame as plain HTML with zero JavaScript (decision 002).
 * Cached like the desktop pages: rendered on first request, then from cache.
 */
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/m/[[...path]]'>) {
  const { locale, path = [] } = await params;
  const { model, ui } = await loadPage(routeFromInternal(locale, true, path));
  return htmlResponse(model, ui);
}
