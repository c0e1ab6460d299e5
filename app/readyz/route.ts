import { connection } from 'next/server';
import { contentReadiness } from '@/lib/content';
import { cacheControl } from '@/lib/http/cache-policy';

/** How long /readyz waits for PostgreSQL before it says the instance is not ready. */
const DATABASE_TIMEOUT_MS = 2000;

/**
 * GET /readyz: 200 when the content is loaded and (PostgreSQL store) the database answers, else
 * 503 with the reason. Never cached; the tier answers 404 for it.
 */
export async function GET(): Promise<Response> {
  // Answered at request time, never prerendered at build (cacheComponents).
  await connection();
  const { ready, reason } = await contentReadiness(DATABASE_TIMEOUT_MS);
  return new Response(`${ready ? 'ready' : 'not ready'}: ${reason}\n`, {
    status: ready ? 200 : 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl('private') },
  });
}
