import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing/ListingView';
import { mobileVersionLink, pageContext } from '@/lib/pages/context';
import { findListing, listingText } from '@/lib/pages/listing';
import { pageMetadata } from '@/lib/seo/metadata';
import { authorPath } from '@/lib/urls';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<'/[locale]/author/[slug]/[page]'>;

async function load(props: Props) {
  const params = await props.params;
  const ctx = await pageContext(params.locale);
  const listing = findListing(ctx.content, ctx.locale, 'author', params.slug, Number(params.page));
  if (listing?.kind !== 'author') notFound();
  return { ...ctx, listing, author: listing.subject, list: listing.list };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ui, locale, content, listing, author, list } = await load(props);
  const { title, description } = listingText(listing, ui);
  return pageMetadata({ site: content.site, locale, title, description, path: authorPath(locale, author.slug, list.page) });
}

export default async function AuthorPage(props: Props) {
  const { ui, locale, content, listing, author, list } = await load(props);
  const { heading, description } = listingText(listing, ui);
  return (
    <ListingView
      ui={ui}
      site={content.site}
      menu={content.menu(locale)}
      title={heading}
      description={description}
      intro={<p className="listing__count">{ui.t('Author.count', { count: list.total })}</p>}
      list={list}
      versionLink={mobileVersionLink(ui, authorPath(locale, author.slug, list.page))}
      pageHref={(p) => authorPath(locale, author.slug, p)}
    />
  );
}
