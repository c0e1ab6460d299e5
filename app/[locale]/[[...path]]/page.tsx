import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { DesktopPage } from '@/components/frames/DesktopPage';
import { loadPage } from '@/lib/page-model/load';
import { routeFromInternal } from '@/lib/routing/route';
import { pageMetadata } from '@/lib/seo/metadata';

/**
 * Every desktop page but search: home, category, tag, author and article, at
 * the internal paths the proxy rewrites public URLs to. Rendered on first
 * request, then cached (ISR; PAGE_TTL_SECONDS in lib/http/cache-policy.ts).
 */
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/[locale]/[[...path]]'>;

async function load(props: Props) {
  const { locale, path = [] } = await props.params;
  const route = routeFromInternal(locale, false, path);
  setRequestLocale(route.locale);
  const page = await loadPage(route);
  // The proxy sends what does not exist to the 404 route first (decision 004); this is the narrow race of a removal.
  if (page.model.status === 404) notFound();
  return page;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return pageMetadata((await load(props)).model);
}

export default async function Page(props: Props) {
  const { model, ui } = await load(props);
  return <DesktopPage model={model} ui={ui} />;
}
