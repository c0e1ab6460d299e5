import { previewTags, type SharePreview } from '@/lib/seo/open-graph';

/** Open Graph and Twitter tags: the head of every page that has a preview, both frames. */
export function PreviewTags({ preview }: { preview: SharePreview }) {
  return (
    <>
      {previewTags(preview).map(([attribute, key, value], i) =>
        attribute === 'property' ? <meta key={i} property={key} content={value} /> : <meta key={i} name={key} content={value} />,
      )}
    </>
  );
}
