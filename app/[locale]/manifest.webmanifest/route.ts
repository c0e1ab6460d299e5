import { isLocale } from '@/lib/locale';
import { plainNotFound } from '@/lib/http/plain';
import { manifestResponse } from '@/lib/seo/icons';

/** /en/manifest.webmanifest (the proxy sends /vi/… to /manifest.webmanifest), per request. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/manifest.webmanifest'>) {
  const { locale } = await params;
  return isLocale(locale) ? manifestResponse(locale) : plainNotFound();
}
