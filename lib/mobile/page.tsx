import type { ReactElement } from 'react';
import { MobileArticle } from '@/components/mobile/MobileArticle';
import { MobileListing } from '@/components/mobile/MobileListing';
import { MobileShell } from '@/components/mobile/MobileShell';
import { SearchForm } from '@/components/listing/SearchForm';
import { ShareBar } from '@/components/article/ShareBar';
import { documentTitle } from '../seo/title';
import { articlePreview, editionPreview, type SharePreview } from '../seo/open-graph';
import { articleStructuredData, categoryStructuredData, siteStructuredData, type StructuredData } from '../seo/structured-data';
import { homeSections } from '../pages/home';
import { searchPreview } from '../pages/search';
import { findListing, listingText } from '../pages/listing';
import type { ContentIndex, Locale } from '../content';
import type { Ui } from '../i18n/ui';
import { PAGE_SIZE, absoluteUrl, articlePath, homePath, listingPath, searchPath } from '../urls';

/** What the mobile renderer needs to answer one request. */
export interface MobilePage {
  status: 200 | 404;
  title: string;
  description: string;
  desktopPath: string;
  index: boolean;
  /** The same link preview and structured data as the desktop page. */
  preview?: SharePreview;
  structuredData?: StructuredData[];
  body: ReactElement;
}

interface Request {
  content: ContentIndex;
  ui: Ui;
  locale: Locale;
  /** Internal route segments after /{locale}/m, e.g. ["category", "thoi-su", "2"]. */
  segments: string[];
  /** Only for search. */
  query?: { q: string; page: number };
}

/**
 * Decides what a mobile URL shows, using the same content getters and the
 * same components as the desktop pages; only the frame (MobileShell) differs.
 */
export function mobilePage({ content, ui, locale, segments, query }: Request): MobilePage {
  const site = content.site;
  const edition = site.editions[locale];
  const frame = (desktop: string, children: React.ReactNode) => (
    <MobileShell site={site} menu={content.menu(locale)} ui={ui} desktopHref={desktop}>
      {children}
    </MobileShell>
  );
  /** A found page; `title` is the page's own (undefined on the home page), the site name is added here. */
  const page = (
    title: string | undefined,
    description: string,
    desktop: string,
    children: React.ReactNode,
    extra: Pick<MobilePage, 'preview' | 'structuredData'> & { index?: boolean } = {},
  ): MobilePage => ({
    status: 200,
    title: documentTitle(site, locale, title),
    description,
    desktopPath: desktop,
    index: extra.index ?? true,
    preview: extra.preview ?? editionPreview(site, locale, { title, description, path: desktop }),
    structuredData: extra.structuredData,
    body: frame(desktop, children),
  });
  const notFound: MobilePage = {
    status: 404,
    title: documentTitle(site, locale, ui.t('NotFound.title')),
    description: ui.t('NotFound.body'),
    desktopPath: homePath(locale),
    index: false,
    body: frame(
      homePath(locale),
      <MobileListing
        title={ui.t('NotFound.title')}
        intro={
          <>
            <p>{ui.t('NotFound.body')}</p>
            <p>
              <a href={ui.href(homePath(locale))}>{ui.t('NotFound.home')}</a>
            </p>
            <SearchForm ui={ui} query="" />
            <h2 className="section-title">{ui.t('NotFound.latest')}</h2>
          </>
        }
        list={{ items: content.latest(locale, 6), page: 1, pageCount: 1, total: 6 }}
        pageHref={() => ''}
        ui={ui}
      />,
    ),
  };
  // The proxy has checked these (lib/routing/check.ts); a miss here still answers 404.
  const [kind, key, third] = segments;

  switch (kind) {
    case undefined: {
      const { top, highlights, latest } = homeSections(content, locale);
      const items = [top, ...highlights, ...latest].filter((a) => a !== undefined);
      return page(undefined, edition.description, homePath(locale), (
        <MobileListing
          title={`${edition.name} - ${ui.t('Home.title')}`}
          hideTitle
          list={{ items, page: 1, pageCount: 1, total: items.length }}
          pageHref={() => ''}
          ui={ui}
        />
      ), { structuredData: siteStructuredData(site, locale) });
    }
    case 'article': {
      const article = content.getArticle(Number(key));
      if (!article) return notFound;
      const url = absoluteUrl(articlePath(article));
      return page(article.title, article.sapo, articlePath(article), (
        <MobileArticle article={article} related={content.related(article, 5)} ui={ui} extras={<ShareBar url={url} title={article.title} ui={ui} />} />
      ), { preview: articlePreview(site, article), structuredData: articleStructuredData(site, article, ui) });
    }
    case 'category':
    case 'tag':
    case 'author': {
      const listing = findListing(content, locale, kind, key ?? '', Number(third));
      if (!listing) return notFound;
      const { heading, title, description } = listingText(listing, ui);
      const { slug } = listing.subject;
      return page(title, description, listingPath(locale, kind, slug, listing.list.page), (
        <MobileListing
          title={heading}
          intro={listing.kind === 'author' ? <p>{description}</p> : undefined}
          list={listing.list}
          pageHref={(p) => ui.href(listingPath(locale, kind, slug, p))}
          emptyText={listing.kind === 'category' ? ui.t('Category.empty') : undefined}
          ui={ui}
        />
      ), {
        structuredData: listing.kind === 'category' ? categoryStructuredData(content, listing.subject, ui) : undefined,
      });
    }
    case 'search': {
      const q = query?.q ?? '';
      const list = content.search(locale, q, query?.page ?? 1, PAGE_SIZE);
      const title = q ? ui.t('Search.resultsTitle', { query: q }) : ui.t('Search.title');
      return page(title, ui.t('Search.hint'), searchPath(locale, q, list.page), (
        <MobileListing
          title={title}
          intro={
            <>
              <SearchForm ui={ui} query={q} />
              <p role="status">{q ? ui.t('Search.count', { count: list.total, query: q }) : ui.t('Search.hint')}</p>
            </>
          }
          list={list}
          pageHref={(p) => ui.href(searchPath(locale, q, p))}
          ui={ui}
        />
      ), {
        index: false,
        preview: searchPreview(site, locale, ui),
      });
    }
    default:
      return notFound;
  }
}
