import { cacheControl } from '@/lib/http/cache-policy';
import { plainNotFound } from '@/lib/http/plain';
import { parseRange, readBytes, videoFile, videoSize } from '@/lib/media/video';

/** Video files from {CONTENT_DIR}/images/media, with byte ranges (206) so players can seek. */
export async function GET(request: Request, { params }: RouteContext<'/media/video/[...path]'>) {
  const file = videoFile((await params).path);
  const size = file === undefined ? undefined : await videoSize(file);
  if (file === undefined || size === undefined) return plainNotFound();
  const headers = {
    'Content-Type': 'video/mp4',
    'Accept-Ranges': 'bytes',
    'Cache-Control': cacheControl('media'),
    'X-Content-Type-Options': 'nosniff',
  };
  const range = parseRange(request.headers.get('range'), size);
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
  }
  const body = await readBytes(file, range ?? { start: 0, end: size - 1 });
  return new Response(body, {
    status: range ? 206 : 200,
    headers: {
      ...headers,
      'Content-Length': String(body.length),
      ...(range && { 'Content-Range': `bytes ${range.start}-${range.end}/${size}` }),
    },
  });
}
