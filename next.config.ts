import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // A second build folder lets tests run against one build while another is made.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Pages are rendered on first request and kept in memory (ISR); nothing is
    // pre-rendered at build, so one build serves any CONTENT_DIR.
    isrFlushToDisk: false,
  },
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // `npm run typecheck` and `npm run lint` check the whole tree (scripts and tests too) as their own steps.
  typescript: { ignoreBuildErrors: true },
  // The icon set (npm run make-icons): pages link it with ?v={content hash}, so it never goes stale.
  async headers() {
    const cache = (value: string) => [{ key: 'Cache-Control', value }];
    const versioned = [{ type: 'query' as const, key: 'v' }];
    return [
      { source: '/icons/:file*', headers: cache('public, max-age=31536000, immutable') },
      { source: '/favicon.ico', has: versioned, headers: cache('public, max-age=31536000, immutable') },
      // Browsers also ask for /favicon.ico by name, without the version.
      { source: '/favicon.ico', missing: versioned, headers: cache('public, max-age=86400') },
    ];
  },
};

export default withNextIntl(nextConfig);
