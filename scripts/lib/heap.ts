// An instance on the PostgreSQL store holds no archive, only what its renders need: its heap is
// capped, or V8 lets it grow with the renders in flight (738–885 MB resident under 16 uncached
// renders at once at 1,000,000 articles). Measured there with the 32 MB page cache (next.config.ts):
// 320 MB gave 338–394 MB resident and 22–23 req/s; 192 MB ran out of heap and the instance died.
// Since admission control (decision 024) bounds the requests that render (RENDER_CONCURRENCY in
// Next at once, the rest waiting outside it), the heap in use stays far below that: 50–106 MB at
// 100,000 articles under 50 connections, while V8 let the heap grow to 220 MB and the process to
// 350 MB resident with a 200 MB cap. 192 MB keeps the instance under 400 MB resident through the
// storm (npm run storm). A --max-old-space-size in NODE_OPTIONS wins. The in-memory store holds the whole archive and is
// not capped. `npm start` (scripts/start.ts) and the measuring scripts (bench/lib/app.ts) both use this.
export const HEAP_MB = 192;

/** The node flags for a `next start` of this store, given the NODE_OPTIONS it will run with. */
export function heapFlags(store: 'memory' | 'postgres', nodeOptions: string | undefined): string[] {
  return store === 'postgres' && !/--max-old-space-size/.test(nodeOptions ?? '') ? [`--max-old-space-size=${HEAP_MB}`] : [];
}
