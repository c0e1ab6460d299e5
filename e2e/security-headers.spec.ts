import { expect, test } from '@playwright/test';
import { SEED } from './lib/site';

/** Security headers on every kind of answer, and pages that still work under their CSP. */
const PAGES = ['/', '/thoi-su', SEED.path, '/chu-de/thanh-uy-ha-noi', '/tim-kiem?q=ha+noi', '/khong-co', '/en'];
const MOBILE = ['/m', `/m${SEED.path}`, '/m/tim-kiem?q=ha+noi', '/m/khong-co'];
const FILES = ['/media/hoi-nghi-quang-canh.jpg', '/sitemap.xml', '/rss.xml', '/robots.txt'];

function expectBase(headers: Record<string, string>, what: string) {
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  // SITE_URL is http in the tests: HSTS would be ignored over http and must not be sent.
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

test('desktop pages send a CSP without eval that forbids plugins, framing by others and foreign forms', async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    const headers = response.headers();
    expectBase(headers, path);
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "form-action 'self'", "script-src 'self'"]) expect(csp, path).toContain(directive);
    expect(csp, path).not.toContain('unsafe-eval');
  }
});

test('mobile pages keep script-src none and carry the same other headers', async ({ request }) => {
  for (const path of MOBILE) {
    const headers = (await request.get(path)).headers();
    expectBase(headers, path);
    expect(headers['content-security-policy'], path).toContain("script-src 'none'");
  }
});

test('files, feeds and sitemaps carry nosniff and the referrer and permissions policies', async ({ request }) => {
  for (const path of FILES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectBase(response.headers(), path);
  }
});

test('the desktop article runs under its CSP: no violation, the copy-link button works', async ({ page, context }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(SEED.path);
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép liên kết' })).toBeVisible();
  await page.goto('/');
  expect(violations).toEqual([]);
});
