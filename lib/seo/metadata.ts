import type { Metadata } from 'next';
import type { PageModel } from '../page-model';
import { absoluteUrl, mobilePath } from '../urls';
import { previewMetadata } from './open-graph';

/** A page model's head as Next metadata: title, description, canonical URL (absolute, from SITE_URL), mobile alternate, link preview. */
export function pageMetadata({ head }: PageModel): Metadata {
  return {
    title: head.title,
    description: head.description,
    alternates: {
      canonical: absoluteUrl(head.canonicalPath),
      // Google's pairing for separate mobile URLs; the mobile page points back with rel=canonical.
      media: { 'only screen and (max-width: 640px)': absoluteUrl(mobilePath(head.canonicalPath)) },
      types: { 'application/rss+xml': head.feeds.map((feed) => ({ url: absoluteUrl(feed.path), title: feed.title })) },
    },
    robots: head.index ? undefined : { index: false, follow: true },
    ...(head.preview ? previewMetadata(head.preview) : {}),
  };
}
