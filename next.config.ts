import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { BASE_SECURITY_HEADERS } from './lib/http/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // A second build folder lets tests run against one build while another is made.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The proxy redirects trailing slashes itself, in the same hop as every other correction (/vi/ → /).
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  experimental: {
    // Pages are rendered on first request and kept in memory (ISR); nothing is
    // pre-rendered at build, so one build serves any CONTENT_DIR.
    isrFlushToDisk: false,
  },
  cacheMaxMemorySize: 256 * 1024 * 1024,
  // `npm run typecheck` and `npm run lint` check the whole tree (scripts and tests too) as their own steps.
  typescript: { ignoreBuildErrors: true },
  // Files the proxy does not see (build assets, photos, sitemaps) get the static security headers;
  // pages get all of them, CSP and HSTS included, from the proxy (lib/http/security-headers.ts).
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
