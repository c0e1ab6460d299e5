import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing/ListingView';
import { mobileVersionLink, pageContext } from '@/lib/pages/context';
import { findListing } from '@/lib/pages/listing';
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
  return { ...ctx, author: listing.subject, list: listing.list };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ui, locale, content, author, list } = await load(props);
  return pageMetadata({
    site: content.site,
    locale,
    title: ui.t('Author.title', { name: author.name }),
    description: author.bio,
    path: authorPath(locale, author.slug, list.page),
  });
}

export default async function AuthorPage(props: Props) {
  const { ui, locale, content, author, list } = await load(props);
  return (
    <ListingView
      ui={ui}
      site={content.site}
      menu={content.menu(locale)}
      title={ui.t('Author.title', { name: author.name })}
      description={author.bio}
      intro={<p className="listing__count">{ui.t('Author.count', { count: list.total })}</p>}
      list={list}
      versionLink={mobileVersionLink(ui, authorPath(locale, author.slug, list.page))}
      pageHref={(p) => authorPath(locale, author.slug, p)}
    />
  );
}
