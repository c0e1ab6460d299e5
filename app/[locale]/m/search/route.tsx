import type { NextRequest } from 'next/server';
import { isLocale } from '@/i18n/routing';
import { mobileResponse } from '@/lib/mobile/respond';
import { parseSearchQuery } from '@/lib/pages/search';

/** Mobile search reads the query string, so it renders per request. */
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/m/search'>) {
  const { locale } = await params;
  const { query, page } = parseSearchQuery(Object.fromEntries(request.nextUrl.searchParams));
  return mobileResponse(isLocale(locale) ? locale : 'vi', ['search'], { q: query, page });
}
