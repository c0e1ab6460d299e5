/**
 * The two servers playwright.config.ts starts: the newsroom on E2E_PORT (the
 * `baseURL`, so specs use relative URLs) and the broken-content fixture on
 * E2E_PORT + 1, which specs reach through this absolute URL.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);

export const BROKEN_PORT = PORT + 1;
export const BROKEN_URL = `http://localhost:${BROKEN_PORT}`;

/** An absolute URL on the broken-content server. */
export function brokenUrl(path: string): string {
  return `${BROKEN_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
