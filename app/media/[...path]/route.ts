import { cacheControl } from '@/lib/http/cache-policy';
import { plainNotFound } from '@/lib/http/plain';
import { loadImage, parseImagePath } from '@/lib/media/images';

/** Photos from the content folder, optionally resized: /media/{src} or /media/w{width}/{src}. */
export async function GET(_request: Request, { params }: RouteContext<'/media/[...path]'>) {
  const request = parseImagePath((await params).path);
  const image = request && (await loadImage(request));
  if (!image) return plainNotFound();
  return new Response(new Uint8Array(image.body), {
    headers: {
      'Content-Type': image.type,
      'Content-Length': String(image.body.length),
      'Cache-Control': cacheControl('media'),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
