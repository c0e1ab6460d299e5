import { cacheControl } from '@/lib/http/cache-policy';

export const dynamic = 'force-dynamic';

/** GET /healthz: 200 while the process serves requests at all (liveness). Never cached; the tier answers 404 for it. */
export function GET(): Response {
  return new Response('ok\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl('private') } });
}
