import { serializeJsonLd, type StructuredData } from '@/lib/seo/structured-data';

/** Structured data blocks. A data block is not executed, so neither frame's script-src (the desktop's 'self', the mobile's 'none') applies to it. */
export function JsonLd({ data }: { data: StructuredData[] }) {
  return (
    <>
      {data.map((d, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(d) }} />
      ))}
    </>
  );
}
