import type { Metadata } from 'next';
import type { Locale, Site } from '../content';
import { absoluteUrl, mobilePath } from '../urls';
import { editionPreview, previewMetadata, type SharePreview } from './open-graph';
import { documentTitle } from './title';

interface PageMeta {
  site: Site;
  locale: Locale;
  /** The page's own title; the site name is appended. Omit for the home page. */
  title?: string;
  description: string;
  /** Canonical site path, e.g. "/thoi-su?page=2". */
  path: string;
  /** Set false for pages that must not be indexed (search results, 404). */
  index?: boolean;
  /** The link preview; pages other than articles get the edition's card. */
  preview?: SharePreview;
}

/** Title, description, canonical URL (absolute, from SITE_URL) and link preview for any page. */
export function pageMetadata({ site, locale, title, description, path, index = true, preview }: PageMeta): Metadata {
  return {
    title: documentTitle(site, locale, title),
    description,
    alternates: {
      canonical: absoluteUrl(path),
      // Google's pairing for separate mobile URLs; the mobile page points back with rel=canonical.
      media: { 'only screen and (max-width: 640px)': absoluteUrl(mobilePath(path)) },
    },
    robots: index ? undefined : { index: false, follow: true },
    ...previewMetadata(preview ?? editionPreview(site, locale, { title, description, path })),
  };
}
