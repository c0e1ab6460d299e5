import { findAsset } from '@/components/document/assets';
import { cacheControl } from '@/lib/http/cache-policy';
import { plainNotFound } from '@/lib/http/plain';
import { absoluteUrl } from '@/lib/urls';

/**
 * The desktop stylesheet and script under content-hashed names (components/document/assets.ts,
 * decision 021): kept a year by browsers and the cache tier. A name from before a deploy is sent
 * to the current file.
 */
export async function GET(_request: Request, { params }: RouteContext<'/media/site/[file]'>) {
  const found = findAsset((await params).file);
  if (!found) return plainNotFound();
  if (!found.current) {
    return new Response(null, { status: 308, headers: { Location: absoluteUrl(found.asset.path), 'Cache-Control': cacheControl('movedAsset') } });
  }
  return new Response(new Uint8Array(found.asset.body), {
    headers: { 'Content-Type': found.asset.contentType, 'Cache-Control': cacheControl('immutable'), 'X-Content-Type-Options': 'nosniff' },
  });
}
