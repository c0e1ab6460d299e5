import type { NextConfig } from 'next';
import { config } from './lib/config';
import { CACHE_POLICIES } from './lib/http/cache-policy';
import { BASE_SECURITY_HEADERS } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  // A second build folder lets tests run against one build while another is made.
  distDir: config.distDir,
  poweredByHeader: false,
  // The proxy redirects trailing slashes itself, in the same hop as every other correction (/vi/ → /).
  skipTrailingSlashRedirect: true,
  // The proxy sees the request as Next received it, on the origin Next serves rewrites from. With
  // the default normalisation, an instance bound to one address (`next start -H 127.0.0.1`) gave
  // the proxy http://localhost… URLs: a rewrite made from them went out over HTTP and came back
  // into the proxy as a public path (every page a 308 to itself). There is no client-side
  // navigation to normalise (decision 021).
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  // Every page is a route handler that renders React to HTML (decision 021) and keeps it with
  // `'use cache'`, tagged with what it shows: Next's cache model for that is Cache Components.
  // There is no client router, so nothing to prefetch.
  cacheComponents: true,
  partialPrefetching: false,
  experimental: {
    // Nothing is written to disk: pages are rendered on first request and kept in memory, and
    // nothing is pre-rendered at build, so one build serves any CONTENT_DIR.
    isrFlushToDisk: false,
  },
  // Rendered pages kept per instance (PAGE_CACHE_MB), the `'use cache'` store. On PostgreSQL the
  // cache tier in front keeps what is read often, and a big page cache inside the capped heap
  // (scripts/lib/heap.ts) cost renders: with a 256 MB heap, 32 MB gave 23 req/s and 417 MB
  // resident, 256 MB 20 req/s and 447 MB (measured with the App Router's ISR, before decision 021).
  cacheMaxMemorySize: config.pageCacheMb * 1024 * 1024,
  // `npm run typecheck` and `npm run lint` check the whole tree (scripts and tests too) as their own steps.
  typescript: { ignoreBuildErrors: true },
  // Files the proxy does not see (build assets, photos, sitemaps, icons) get the static security headers;
  // pages get all of them, CSP and HSTS included, from the proxy (lib/http/security-headers.ts).
  // The icon set (npm run make-icons): pages link it with ?v={content hash}, so it never goes stale.
  async headers() {
    const cache = (value: string) => [{ key: 'Cache-Control', value }];
    const versioned = [{ type: 'query' as const, key: 'v' }];
    return [
      { source: '/:path*', headers: Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
      { source: '/icons/:file*', headers: cache(CACHE_POLICIES.immutable) },
      // Web fonts (npm run make-fonts): the file name carries a content hash.
      { source: '/media/fonts/:file*', headers: cache(CACHE_POLICIES.immutable) },
      { source: '/favicon.ico', has: versioned, headers: cache(CACHE_POLICIES.immutable) },
      // Browsers also ask for /favicon.ico by name, without the version.
      { source: '/favicon.ico', missing: versioned, headers: cache(CACHE_POLICIES.icon) },
    ];
  },
};

export default nextConfig;
