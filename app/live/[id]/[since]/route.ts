import { liveCheckResponse } from '@/pipeline/live-check';

/**
 * GET /live/{articleId}/{since}: the live check the desktop script of a live page asks every 15 s
 * (pipeline/live-check.ts). Not a page: the same JSON for every device and edition.
 */
export async function GET(_request: Request, { params }: RouteContext<'/live/[id]/[since]'>) {
  const { id, since } = await params;
  return liveCheckResponse(id, since);
}
