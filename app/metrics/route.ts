import { connection } from 'next/server';
import { cacheControl } from '@/lib/http/cache-policy';
import { metricsText } from '@/lib/metrics';

/** GET /metrics: Prometheus text format (lib/metrics). Never cached; the tier answers 404 for it. */
export async function GET(): Promise<Response> {
  // Answered at request time, never prerendered at build (cacheComponents).
  await connection();
  const { text, contentType } = await metricsText();
  return new Response(text, { headers: { 'Content-Type': contentType, 'Cache-Control': cacheControl('private') } });
}
