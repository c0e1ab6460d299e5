import os from 'node:os';

/**
 * The servers playwright.config.ts starts: the newsroom on E2E_PORT (the
 * `baseURL`, so specs use relative URLs), the broken-content fixture on
 * E2E_PORT + 1, and on E2E_PORT + 2 a newsroom reading a scratch copy of
 * data/ that the publishing spec writes into.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);

export const BROKEN_PORT = PORT + 1;
export const BROKEN_URL = `http://localhost:${BROKEN_PORT}`;

/** An absolute URL on the broken-content server. */
export function brokenUrl(path: string): string {
  return `${BROKEN_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

export const PUBLISH_PORT = PORT + 2;
export const PUBLISH_URL = `http://localhost:${PUBLISH_PORT}`;
/** The scratch content folder of the publishing server (a fresh copy of data/ per run). */
export const PUBLISH_DIR = `${os.tmpdir()}/tin-thu-do-e2e-publish-${PUBLISH_PORT}`;
