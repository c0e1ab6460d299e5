import { expect, type APIResponse } from '@playwright/test';
import { articlePath, type RawArticle } from './content';

/** The URLs an article is shared under: absolute on SITE_URL, free of tracking parameters. */

/** Parameters that messengers and ad networks append to a shared link. */
export const TRACKING = 'utm_source=zalo&utm_medium=social&fbclid=abc&zarsrc=30&gclid=x';
export const TRACKING_NAMES = ['utm_source', 'utm_medium', 'fbclid', 'zarsrc', 'gclid'];

/** Absolute canonical URL of an article: SITE_URL (= baseURL in e2e) + the article path. */
export const canonicalOf = (baseURL: string | undefined, a: RawArticle) => `${origin(baseURL)}${articlePath(a)}`;

/** The site's origin: baseURL (which the e2e server also has as SITE_URL) without a trailing slash. */
export function origin(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('baseURL is not configured');
  return baseURL.replace(/\/+$/, '');
}

/**
 * Where a redirect sends the client: its one Location header, resolved against the URL that was
 * asked for, as browsers and crawlers do (RFC 9110 §10.2.2). Next writes Location relative when
 * SITE_URL is the server's own origin (decision 006); the spoofed-Host tests in share-urls.spec.ts check that it is
 * absolute on SITE_URL whenever the request's own origin differs.
 */
export function redirectTarget(response: APIResponse): string {
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  expect(locations.map((h) => h.value), `Location headers of ${response.url()}`).toHaveLength(1);
  return new URL(locations[0]!.value, response.url()).href;
}
