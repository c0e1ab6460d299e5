import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing/ListingView';
import { SubcategoryLinks } from '@/components/listing/SubcategoryLinks';
import { JsonLd } from '@/components/seo/JsonLd';
import { mobileVersionLink, pageContext, type PageContext } from '@/lib/pages/context';
import { findListing, listingText } from '@/lib/pages/listing';
import { pageMetadata } from '@/lib/seo/metadata';
import { categoryStructuredData } from '@/lib/seo/structured-data';
import { categoryPath } from '@/lib/urls';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/[locale]/category/[slug]/[page]'>;

async function load(props: Props) {
  const params = await props.params;
  const ctx: PageContext = await pageContext(params.locale);
  const listing = findListing(ctx.content, ctx.locale, 'category', params.slug, Number(params.page));
  if (listing?.kind !== 'category') notFound();
  return { ...ctx, listing, category: listing.subject, list: listing.list };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ui, locale, content, listing, category, list } = await load(props);
  const { title, description } = listingText(listing, ui);
  return pageMetadata({ site: content.site, locale, title, description, path: categoryPath(locale, category.slug, list.page) });
}

export default async function CategoryPage(props: Props) {
  const { ui, locale, content, category, list } = await load(props);
  const subcategories = content.subcategories(locale, category.slug);
  return (
    <>
      <JsonLd data={categoryStructuredData(content, category, ui)} />
      <ListingView
        ui={ui}
        site={content.site}
        menu={content.menu(locale)}
        title={category.name}
        description={category.description}
        intro={subcategories.length > 0 ? <SubcategoryLinks categories={subcategories} ui={ui} /> : undefined}
        list={list}
        versionLink={mobileVersionLink(ui, categoryPath(locale, category.slug, list.page))}
        emptyText={ui.t('Category.empty')}
        pageHref={(p) => categoryPath(locale, category.slug, p)}
        currentCategory={category.parent ?? category.slug}
      />
    </>
  );
}
