/**
 * Every Cache-Control the portal sends, by name. A route picks a policy; it
 * never writes the header by hand. Desktop App Router pages get theirs from
 * Next (`export const revalidate = 300` must be a literal in the route file,
 * so it repeats PAGE_TTL_SECONDS; Next then sends the `page` policy's shape).
 */
export const PAGE_TTL_SECONDS = 300;

export const CACHE_POLICIES = {
  /** Pages, feeds and sitemaps: shared caches keep them 5 minutes and may serve stale while refreshing. */
  page: `public, max-age=0, s-maxage=${PAGE_TTL_SECONDS}, stale-while-revalidate=86400`,
  /** Search results: rendered per request; a shared cache may absorb a burst for a minute. */
  search: 'public, max-age=0, s-maxage=60',
  /** The 404 page: a missing page may appear soon (an article being published). */
  notFound: 'public, max-age=60, s-maxage=60',
  /** The short plain-text 404 of files (images, sitemaps, feeds). */
  missingFile: 'public, max-age=60',
  /** Photos from the content folder: a week, then revalidated in the background. */
  media: 'public, max-age=604800, stale-while-revalidate=86400',
  /** URLs that change when their content does (preview images): a year. */
  immutable: 'public, max-age=31536000, immutable',
  /** /favicon.ico asked for by name, without its version: a day. */
  icon: 'public, max-age=86400',
  /** The web app manifests: a day in the browser, five minutes in shared caches (the site's name may change). */
  manifest: `public, max-age=86400, s-maxage=${PAGE_TTL_SECONDS}, stale-while-revalidate=86400`,
  /** A redirect from an outdated immutable URL to the current one. */
  movedAsset: 'public, max-age=3600',
  /** Answers that depend on one reader (the device redirect, the version switch): never shared. */
  private: 'private, no-store',
} as const;

export type CachePolicy = keyof typeof CACHE_POLICIES;

export function cacheControl(policy: CachePolicy): string {
  return CACHE_POLICIES[policy];
}
