import { Readable } from 'node:stream';
import { cacheControl } from '@/lib/http/cache-policy';
import { plainNotFound } from '@/lib/http/plain';
import { loadImage, parseImagePath } from '@/lib/media/images';
import { absoluteUrl } from '@/lib/urls';

/**
 * Photos from the content folder: /media/{src} (the original), /media/w{width}/{src} (a resized
 * copy), /media/[w{width}/]{src}.{version}.{avif|webp|jpg|png} (the copies pages link, cached a
 * year; an old version redirects to the current one). Bodies stream from disk (decision 013).
 */
export async function GET(_request: Request, { params }: RouteContext<'/media/[...path]'>) {
  const request = parseImagePath((await params).path);
  const image = request && (await loadImage(request));
  if (!image) return plainNotFound();
  if (image.kind === 'moved') {
    return new Response(null, { status: 308, headers: { Location: absoluteUrl(image.location), 'Cache-Control': cacheControl('movedAsset') } });
  }
  const body = Readable.toWeb(image.handle.createReadStream()) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      'Content-Type': image.type,
      'Content-Length': String(image.size),
      'Cache-Control': cacheControl(image.policy),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
