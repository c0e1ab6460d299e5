import { getContent } from '../content';
import { cacheControl } from '../http/cache-policy';
import { plainNotFound } from '../http/plain';
import { isLocale } from '../locale';
import { parseArticleId } from '../routing/route';
import { absoluteUrl } from '../urls';
import { parsePreviewFile, previewImagePath, type PreviewSubject } from './preview';
import { renderPreview } from './preview-image';

/**
 * The answer for /media/og/{file}: the current image, cached for a year; an
 * old stamp redirects to the current URL; anything unknown is a 404. Renders
 * are shared: concurrent requests for one image wait for the same render.
 */
const renders = new Map<string, Promise<Buffer | undefined>>();
const CACHE_LIMIT = 300;

export async function previewResponse(file: string): Promise<Response> {
  const parsed = parsePreviewFile(file);
  if (!parsed) return plainNotFound();
  const content = await getContent();
  const site = content.site;
  const id = parseArticleId(parsed.key);
  const article = id === undefined ? undefined : await content.getArticle(id);
  const subject: PreviewSubject | undefined = article
    ? { kind: 'article', article, site }
    : isLocale(parsed.key)
      ? { kind: 'edition', locale: parsed.key, site }
      : undefined;
  if (!subject) return plainNotFound();

  const current = previewImagePath(subject);
  if (current !== `/media/og/${file}`) {
    return new Response(null, { status: 308, headers: { Location: absoluteUrl(current), 'Cache-Control': cacheControl('movedAsset') } });
  }
  const body = await render(current, subject);
  if (!body) return plainNotFound();
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(body.length),
      'Cache-Control': cacheControl('immutable'),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function render(key: string, subject: PreviewSubject): Promise<Buffer | undefined> {
  let pending = renders.get(key);
  if (!pending) {
    pending = renderPreview(subject).catch((error: unknown) => {
      // A headline the renderer cannot draw must not leave the link without a picture.
      console.error(`[preview] ${key}: ${String(error)}; using the edition card`);
      const locale = subject.kind === 'article' ? subject.article.locale : subject.locale;
      return renderPreview({ kind: 'edition', locale, site: subject.site });
    });
    if (renders.size >= CACHE_LIMIT) renders.delete(renders.keys().next().value as string);
    renders.set(key, pending);
  }
  return pending;
}
