/**
 * Loads and validates the content once when the server starts (see
 * lib/content/preload.ts). Node-only code is imported behind the runtime
 * check so the edge build never sees it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { preloadContent } = await import('./lib/content/preload');
    await preloadContent();
  }
}
