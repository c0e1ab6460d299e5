import { revalidateTag } from 'next/cache';
import { cacheControl } from '@/lib/http/cache-policy';
import { isRevalidateSecret } from '@/lib/freshness/secret';

const MAX_TAGS = 100_000;

/**
 * POST {"tags": ["a:1000", "l:home:vi", …]} with `Authorization: Bearer
 * <secret>`: expires every cached page, feed and sitemap carrying one of the
 * tags, so the next request renders it anew (lib/freshness, decision 008).
 * The content watcher calls it after a reload; operators may too.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isRevalidateSecret(request.headers.get('authorization'))) return answer(401, { error: 'unauthorized' });
  const body: unknown = await request.json().catch(() => undefined);
  const tags = typeof body === 'object' && body !== null && 'tags' in body ? body.tags : undefined;
  if (!Array.isArray(tags) || tags.length > MAX_TAGS || !tags.every((t) => typeof t === 'string' && t.length > 0 && t.length <= 256)) {
    return answer(400, { error: 'expected {"tags": [non-empty strings]}' });
  }
  // expire: 0 — the next request waits for a fresh render instead of getting the stale copy.
  for (const tag of new Set(tags as string[])) revalidateTag(tag, { expire: 0 });
  return answer(200, { revalidated: tags.length });
}

function answer(status: number, body: object): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': cacheControl('private') } });
}
