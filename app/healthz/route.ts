import { connection } from 'next/server';
import { cacheControl } from '@/lib/http/cache-policy';

/** GET /healthz: 200 while the process serves requests at all (liveness). Never cached; the tier answers 404 for it. */
export async function GET(): Promise<Response> {
  // Answered at request time, never prerendered at build (cacheComponents).
  await connection();
  return new Response('ok\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl('private') } });
}
