import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing/ListingView';
import { mobileVersionLink, pageContext } from '@/lib/pages/context';
import { findListing, listingText } from '@/lib/pages/listing';
import { pageMetadata } from '@/lib/seo/metadata';
import { tagPath } from '@/lib/urls';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/[locale]/tag/[slug]/[page]'>;

async function load(props: Props) {
  const params = await props.params;
  const ctx = await pageContext(params.locale);
  const listing = findListing(ctx.content, ctx.locale, 'tag', params.slug, Number(params.page));
  if (listing?.kind !== 'tag') notFound();
  return { ...ctx, listing, tag: listing.subject, list: listing.list };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ui, locale, content, listing, tag, list } = await load(props);
  const { title, description } = listingText(listing, ui);
  return pageMetadata({ site: content.site, locale, title, description, path: tagPath(locale, tag.slug, list.page) });
}

export default async function TagPage(props: Props) {
  const { ui, locale, content, listing, tag, list } = await load(props);
  return (
    <ListingView
      ui={ui}
      site={content.site}
      menu={content.menu(locale)}
      title={listingText(listing, ui).heading}
      description={ui.t('Tag.count', { count: list.total })}
      list={list}
      versionLink={mobileVersionLink(ui, tagPath(locale, tag.slug, list.page))}
      pageHref={(p) => tagPath(locale, tag.slug, p)}
    />
  );
}
