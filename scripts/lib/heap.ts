// An instance on the PostgreSQL store holds no archive, only what its renders need: its heap is
// capped, or V8 lets it grow with the renders in flight (738–885 MB resident under 16 uncached
// renders at once at 1,000,000 articles). Measured there with the 32 MB page cache (next.config.ts):
// 320 MB gave 338–394 MB resident and 22–23 req/s; 192 MB ran out of heap and the instance died.
// Since admission control (decision 024) bounds the requests in Next (RENDER_CONCURRENCY at once,
// the rest waiting outside it), the heap in use stays far below that: 55–112 MB at 100,000
// articles under 1,000 connections. But V8 grows the heap to its cap anyway, and the young
// generation and the buffers of rendered pages (external memory) come on top: with a 192 MB cap
// the process reached 490 MB resident; with 160 MB and 8 MB semi-spaces, 399–412 MB in
// `npm run storm`; with 144 MB, 379–383 MB, as many pages a second. Not measured at 1,000,000
// articles with this cap (192 MB ran out of heap there, but under 16 renders at once and no bound).
// A --max-old-space-size in NODE_OPTIONS wins (and drops the semi-space flag too). The in-memory
// store holds the whole archive and is not capped. `npm start` (scripts/start.ts) and the
// measuring scripts (bench/lib/app.ts) both use this.
export const HEAP_MB = 144;
export const SEMI_SPACE_MB = 8;

/** The node flags for a `next start` of this store, given the NODE_OPTIONS it will run with. */
export function heapFlags(store: 'memory' | 'postgres', nodeOptions: string | undefined): string[] {
  return store === 'postgres' && !/--max-old-space-size/.test(nodeOptions ?? '') ? [`--max-old-space-size=${HEAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`] : [];
}
