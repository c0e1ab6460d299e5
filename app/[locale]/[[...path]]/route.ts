import type { NextRequest } from 'next/server';
import { routeFromInternalPath } from '@/lib/routing/route';
import { respond } from '@/pipeline/respond';

/**
 * Every page of both sites: the proxy rewrites each public URL to its internal path here
 * (/{locale}[/m]/{kind…}, lib/routing/route.ts), and the request pipeline answers
 * (pipeline/respond.ts: cache, one render, per-request parts). Only search reads the query.
 */
export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/[[...path]]'>) {
  const { locale, path = [] } = await params;
  const query = request.nextUrl.searchParams;
  const route = routeFromInternalPath(locale, path, { q: query.getAll('q'), page: query.get('page'), sort: query.get('sort'), section: query.get('section'), time: query.get('time') });
  return respond(request, route);
}
