import type { PageModel } from '@/lib/page-model';
import { absoluteUrl, mobilePath } from '@/lib/urls';
import type { Layout } from '../frames/layout';
import { IconLinks } from '../seo/IconLinks';
import { JsonLd } from '../seo/JsonLd';
import { PreviewTags } from '../seo/PreviewTags';

/**
 * A page's <head> from its model, the same in both frames: description, canonical URL (always
 * the desktop one), the desktop page's pointer to its mobile twin, noindex, icons, manifest and
 * theme colour, feeds, link preview and structured data. The title is written by renderDocument.
 */
export function PageHead({ model, layout }: { model: PageModel; layout: Layout }) {
  const { head } = model;
  return (
    <>
      <meta name="description" content={head.description} />
      <link rel="canonical" href={absoluteUrl(head.canonicalPath)} />
      {/* Google's pairing for separate mobile URLs; the mobile page points back with rel=canonical. */}
      {layout === 'desktop' && <link rel="alternate" media="only screen and (max-width: 640px)" href={absoluteUrl(mobilePath(head.canonicalPath))} />}
      {!head.index && <meta name="robots" content="noindex" />}
      <IconLinks locale={model.route.locale} />
      {head.feeds.map((feed) => (
        <link key={feed.path} rel="alternate" type="application/rss+xml" title={feed.title} href={absoluteUrl(feed.path)} />
      ))}
      {head.preview && <PreviewTags preview={head.preview} />}
      {head.structuredData.length > 0 && <JsonLd data={head.structuredData} />}
    </>
  );
}
