import { cacheControl } from '../http/cache-policy';

/** A sitemap answer: XML, cached by the CDN like the pages it lists. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': cacheControl('page'),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
