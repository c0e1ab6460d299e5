/**
 * Where a page takes parts that are made per request, after the cache: a cached page is stored with
 * this marker, and the request pipeline (pipeline/per-request.ts, fillPerRequest) replaces it on
 * every answer, with the per-request parts or with nothing. One per document, below the masthead
 * in both frames (a breaking-news banner goes there).
 */
export const PER_REQUEST_MARKER = '<template id="per-request"></template>';

export function PerRequestSlot() {
  return <template id="per-request" />;
}
