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
};

export default withNextIntl(nextConfig);
