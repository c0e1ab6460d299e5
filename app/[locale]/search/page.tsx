import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { DesktopPage } from '@/components/frames/DesktopPage';
import { loadPage } from '@/lib/page-model/load';
import { routeFromInternal } from '@/lib/routing/route';
import { pageMetadata } from '@/lib/seo/metadata';

/** Search reads the query string: the one desktop page rendered per request. */
export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/search'>;

async function load(props: Props) {
  const [{ locale }, { q, page, sort, section, time }] = await Promise.all([props.params, props.searchParams]);
  const route = routeFromInternal(locale, false, ['search'], { q, page, sort, section, time });
  setRequestLocale(route.locale);
  return loadPage(route);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return pageMetadata((await load(props)).model);
}

export default async function SearchPage(props: Props) {
  const { model, ui } = await load(props);
  return <DesktopPage model={model} ui={ui} />;
}
