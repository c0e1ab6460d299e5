import { isLocale } from '@/i18n/routing';
import { mobileResponse } from '@/lib/mobile/respond';

/**
 * Every mobile page but search: plain HTML rendered from the shared
 * components, zero JavaScript (docs/decisions/002-mobile-site.md). Cached like
 * the desktop pages: rendered on first request, then served from cache.
 */
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/m/[[...path]]'>) {
  const { locale, path = [] } = await params;
  return mobileResponse(isLocale(locale) ? locale : 'vi', path);
}
