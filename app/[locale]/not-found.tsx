import { getLocale } from 'next-intl/server';
import { DesktopPage } from '@/components/frames/DesktopPage';
import { toLocale } from '@/lib/locale';
import { loadPage } from '@/lib/page-model/load';
import { notFoundRoute } from '@/lib/routing/route';

/** The 404 page for a notFound() thrown while rendering (an article removed between the proxy's check and the render). */
export default async function NotFound() {
  const { model, ui } = await loadPage(notFoundRoute({ locale: toLocale(await getLocale()), mobile: false }));
  return <DesktopPage model={model} ui={ui} />;
}
