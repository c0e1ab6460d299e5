import { previewTags, type SharePreview } from '@/lib/seo/open-graph';

/** Open Graph and Twitter tags for pages rendered outside Next's metadata (the mobile site). */
export function PreviewTags({ preview }: { preview: SharePreview }) {
  return (
    <>
      {previewTags(preview).map(([attribute, key, value], i) => (
        <meta key={`${key}-${i}`} {...{ [attribute]: key }} content={value} />
      ))}
    </>
  );
}
