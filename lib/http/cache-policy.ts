/**
 * Every Cache-Control the portal sends, by name, and how long the server itself keeps what it
 * renders. A route picks a policy; it never writes the header by hand.
 */
export const PAGE_TTL_SECONDS = 300;

/**
 * How long the server keeps a rendered page, its existence answer, a feed or a sitemap (Next's
 * `cacheLife` inside a `'use cache'` function, decision 021): rendered again after PAGE_TTL_SECONDS,
 * or as soon as a tag it carries is expired (decision 008). `none` is an answer that must not be
 * kept at all (a render that failed or was refused).
 */
export const CACHE_LIFE = {
  page: { stale: PAGE_TTL_SECONDS, revalidate: PAGE_TTL_SECONDS, expire: 86_400 },
  none: { stale: 0, revalidate: 0, expire: 0 },
} as const;

export const CACHE_POLICIES = {
  /** Pages, feeds and sitemaps: shared caches keep them 5 minutes and may serve stale while refreshing. */
  page: `public, max-age=0, s-maxage=${PAGE_TTL_SECONDS}, stale-while-revalidate=86400`,
  /**
   * The live check (app/live): 5 s in browsers and shared caches (the tier keeps it 5 s whatever
   * it says, deploy/nginx/tier.conf), then 5 s more served stale while one request refreshes it.
   */
  liveCheck: 'public, max-age=5, s-maxage=5, stale-while-revalidate=5',
  /** Search results: rendered per request and stored by no cache, ours, the tier's or a CDN's (a storm of distinct queries must not fill them). */
  search: 'private, no-store',
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
  /** A page the server could not render now (its store failed, or too many renders were waiting): never kept, asked again soon. */
  unavailable: 'no-store',
} as const;

export type CachePolicy = keyof typeof CACHE_POLICIES;

export function cacheControl(policy: CachePolicy): string {
  return CACHE_POLICIES[policy];
}
