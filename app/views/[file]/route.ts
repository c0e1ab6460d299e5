import { getContent } from '@/lib/content';
import { cacheControl } from '@/lib/http/cache-policy';
import { countView } from '@/lib/most-read';
import { parseArticleId } from '@/lib/routing/route';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * /views/{id}.gif: the view beacon every article page carries as a 1×1 CSS background
 * (desktop and the zero-JavaScript mobile site alike), so a page served from
 * any cache still counts its readers. Never cached; always the same pixel,
 * whether the view counted or not (decision 016).
 */
export async function GET(request: Request, { params }: RouteContext<'/views/[file]'>) {
  const id = parseArticleId(/^(\d+)\.gif$/.exec((await params).file)?.[1]);
  if (id !== undefined) await countView(await getContent(), id, request.headers);
  return new Response(new Uint8Array(PIXEL), {
    headers: { 'Content-Type': 'image/gif', 'Content-Length': String(PIXEL.length), 'Cache-Control': cacheControl('private'), 'X-Robots-Tag': 'noindex' },
  });
}
