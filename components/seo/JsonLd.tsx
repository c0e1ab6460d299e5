import { serializeJsonLd, type StructuredData } from '@/lib/seo/structured-data';

/** Structured data blocks. A data block is not executed, so it is allowed under the mobile site's script-src 'none'. */
export function JsonLd({ data }: { data: StructuredData[] }) {
  return (
    <>
      {data.map((d, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(d) }} />
      ))}
    </>
  );
}
