import type { Metadata } from 'next';
import { HomeView } from '@/components/home/HomeView';
import { JsonLd } from '@/components/seo/JsonLd';
import { homeSections } from '@/lib/pages/home';
import { mobileVersionLink, pageContext } from '@/lib/pages/context';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteStructuredData } from '@/lib/seo/structured-data';
import { homePath } from '@/lib/urls';

export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale, content } = await pageContext((await params).locale);
  return pageMetadata({ site: content.site, locale, description: content.site.editions[locale].description, path: homePath(locale) });
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale, content, ui } = await pageContext((await params).locale);
  return (
    <>
      <JsonLd data={siteStructuredData(content.site, locale)} />
      <HomeView ui={ui} site={content.site} menu={content.menu(locale)} sections={homeSections(content, locale)} versionLink={mobileVersionLink(ui, homePath(locale))} />
    </>
  );
}
