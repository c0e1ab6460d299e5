import { devices, expect, test, type APIRequestContext } from '@playwright/test';
import { SEED } from './lib/site';

/**
 * Legacy and alias URLs reach their page in one redirect: every extra hop is
 * a round trip a reader waits for (on a phone network, hundreds of ms) and a
 * chain crawlers may not follow to the end.
 */
const PHONE = devices['Pixel 7'].userAgent;
const SEED_1060 = '/en/hanoi-s-underground-metro-section-edges-closer-to-completion-1060.html';

interface Case {
  from: string;
  to: string;
  phone?: boolean;
}

const CASES: Case[] = [
  // The /vi prefix (old links to the default edition)
  { from: '/vi', to: '/' },
  { from: '/vi/', to: '/' },
  { from: '/vi/thoi-su?page=2', to: '/thoi-su?page=2' },
  { from: `/vi${SEED.path}`, to: SEED.path },
  { from: '/vi/m/thoi-su', to: '/m/thoi-su' },
  { from: '/vi/a/1000', to: SEED.path },
  // Short links and stale slugs
  { from: '/a/1000', to: SEED.path },
  { from: '/m/a/1000', to: `/m${SEED.path}` },
  { from: '/en/a/1060', to: SEED_1060 },
  { from: '/sai-slug-cu-1000.html', to: SEED.path },
  { from: '/m/sai-slug-cu-1000.html', to: `/m${SEED.path}` },
  // Trailing slashes
  { from: '/thoi-su/', to: '/thoi-su' },
  { from: '/en/', to: '/en' },
  { from: '/m/', to: '/m' },
  // The version switch links in the footers
  { from: '/m/thoi-su?view=mobile', to: '/m/thoi-su' },
  { from: '/thoi-su?view=desktop', to: '/thoi-su' },
  // A phone opening desktop URLs
  { from: '/thoi-su?page=2', to: '/m/thoi-su?page=2', phone: true },
  { from: SEED.path, to: `/m${SEED.path}`, phone: true },
  { from: '/m/thoi-su?view=mobile', to: '/m/thoi-su', phone: true },
  { from: '/thoi-su?view=desktop', to: '/thoi-su', phone: true },
  { from: '/a/1000', to: `/m${SEED.path}`, phone: true },
  { from: '/sai-slug-cu-1000.html', to: `/m${SEED.path}`, phone: true },
  { from: '/vi', to: '/m', phone: true },
  { from: '/vi/thoi-su', to: '/m/thoi-su', phone: true },
  { from: '/en/', to: '/en/m', phone: true },
];

/** Follows redirects one by one (cookies kept, as a browser does); returns each hop and where it ends. */
async function walk(request: APIRequestContext, from: string, userAgent?: string) {
  const hops: string[] = [];
  let path = from;
  for (;;) {
    const response = await request.get(path, { maxRedirects: 0, headers: userAgent ? { 'User-Agent': userAgent } : {} });
    const location = response.headers()['location'];
    if (response.status() < 300 || response.status() >= 400 || !location) return { hops, end: path, status: response.status() };
    const next = new URL(location, `http://origin${path}`);
    path = `${next.pathname}${next.search}`;
    hops.push(`${response.status()} → ${path}`);
    expect(hops.length, hops.join(', ')).toBeLessThan(5);
  }
}

for (const { from, to, phone } of CASES) {
  test(`${phone ? 'phone ' : ''}${from} reaches ${to} in one redirect`, async ({ request }) => {
    const { hops, end, status } = await walk(request, from, phone ? PHONE : undefined);
    expect(end, hops.join(', ')).toBe(to);
    expect(status).toBe(200);
    expect(hops, `${from}: ${hops.join(', ')}`).toHaveLength(1);
  });
}
