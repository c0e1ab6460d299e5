/**
 * Server start: the server hook (lib/metrics/server.ts: client addresses, metrics of every answer,
 * the door of admission control),
 * lib/freshness registers to hear every content change (and expire the cached pages that show it),
 * then the content is loaded, validated and watched (lib/content/ingest/start.ts).
 * Node-only code is imported behind the runtime check so the edge build never sees it
 * (NEXT_RUNTIME is a constant Next writes into each build, not configuration: lib/config.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Every request: the connecting address into X-Forwarded-For, the answer into the metrics, the
    // door of admission control (a refused page: the 503 of pipeline/unavailable.tsx).
    const { hookServer } = await import('./lib/metrics/server');
    const { unavailableAnswer } = await import('./pipeline/unavailable');
    hookServer(unavailableAnswer);
    const { expireOnContentChange } = await import('./lib/freshness/register');
    expireOnContentChange();
    const { startContent } = await import('./lib/content/ingest/start');
    await startContent();
  }
}
