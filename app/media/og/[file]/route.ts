import { getContent } from '@/lib/content';
import { parsePreviewFile, previewImagePath, type PreviewSubject } from '@/lib/media/preview';
import { renderPreview } from '@/lib/media/preview-image';
import { absoluteUrl } from '@/lib/urls';

/**
 * Link preview images, 1200×630 JPEG: /media/og/{id}-{stamp}.jpg for an
 * article, /media/og/{locale}-{stamp}.jpg for an edition. The stamp changes
 * whenever the picture would, so a current URL is cached for a year; an old
 * stamp is redirected to the current one.
 */
const cache = new Map<string, Buffer>();
const CACHE_LIMIT = 300;

export async function GET(_request: Request, { params }: RouteContext<'/media/og/[file]'>) {
  const { file } = await params;
  const parsed = parsePreviewFile(file);
  const content = await getContent();
  const article = parsed && /^\d/.test(parsed.key) ? content.getArticle(Number(parsed.key)) : undefined;
  const subject: PreviewSubject | undefined = article
    ? { kind: 'article', article, site: content.site }
    : parsed?.key === 'vi' || parsed?.key === 'en'
      ? { kind: 'edition', locale: parsed.key, site: content.site }
      : undefined;
  if (!subject) return notFound();

  const current = previewImagePath(subject);
  if (current !== `/media/og/${file}`) {
    return new Response(null, { status: 308, headers: { Location: absoluteUrl(current), 'Cache-Control': 'public, max-age=3600' } });
  }
  let body = cache.get(current);
  if (!body) {
    body = await renderPreview(subject);
    if (!body) return notFound();
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(current, body);
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(body.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' } });
}
