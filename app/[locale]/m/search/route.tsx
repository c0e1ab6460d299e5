import type { NextRequest } from 'next/server';
import { htmlResponse } from '@/components/frames/htmlResponse';
import { loadPage } from '@/lib/page-model/load';
import { routeFromInternal } from '@/lib/routing/route';

/** Mobile search reads the query string, so it renders per request. */
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/m/search'>) {
  const search = request.nextUrl.searchParams;
  const query = { q: search.getAll('q'), page: search.get('page'), sort: search.get('sort'), section: search.get('section'), time: search.get('time') };
  const route = routeFromInternal((await params).locale, true, ['search'], query);
  const { model, ui } = await loadPage(route);
  return htmlResponse(model, ui);
}
