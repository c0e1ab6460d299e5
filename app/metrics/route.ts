import { cacheControl } from '@/lib/http/cache-policy';
import { metricsText } from '@/lib/metrics';

export const dynamic = 'force-dynamic';

/** GET /metrics: Prometheus text format (lib/metrics). Never cached; the tier answers 404 for it. */
export async function GET(): Promise<Response> {
  const { text, contentType } = await metricsText();
  return new Response(text, { headers: { 'Content-Type': contentType, 'Cache-Control': cacheControl('private') } });
}
