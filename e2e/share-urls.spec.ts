import http from 'node:http';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { article } from './lib/content';
import { readPreview } from './lib/link-preview';
import { escapeRegExp } from './lib/regexp';
import { TRACKING, TRACKING_NAMES, origin, redirectTarget } from './lib/share-urls';
import { NOT_FOUND_VI, SEED } from './lib/site';

// The URLs an article is shared under: short links, stale slugs and tracking
// parameters all end on the one clean canonical URL, and a spoofed Host never
// gets into any URL. Runs in the desktop project.

const english = article(1060);

// ---------------------------------------------------------------------------
// Short links and redirects

test.describe('short link /a/{id}', () => {
  async function expectPermanentRedirect(request: APIRequestContext, path: string, location: string) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(redirectTarget(response), `redirect target of ${path}`).toBe(location);
  }

  test('/a/1000 answers 308 to the canonical article URL', async ({ request, baseURL }) => {
    await expectPermanentRedirect(request, '/a/1000', `${origin(baseURL)}${SEED.path}`);
  });

  test('/m/a/1000 answers 308 to the mobile twin', async ({ request, baseURL }) => {
    await expectPermanentRedirect(request, '/m/a/1000', `${origin(baseURL)}/m${SEED.path}`);
  });

  test('the id decides the edition: /en/a/1000 → the Vietnamese article, /a/1060 → the English one', async ({ request, baseURL }) => {
    await expectPermanentRedirect(request, '/en/a/1000', `${origin(baseURL)}${SEED.path}`);
    await expectPermanentRedirect(request, '/a/1060', `${origin(baseURL)}/en/${english.slug}-1060.html`);
  });

  for (const path of ['/a/999999', '/a/abc', '/a/1000/x']) {
    test(`${path} is the 404 page, not a redirect`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain(NOT_FOUND_VI);
    });
  }

  test('the redirect target really is the article', async ({ page, baseURL }) => {
    const response = await page.goto('/a/1000');
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${origin(baseURL)}${SEED.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  });
});

// (A stale slug answering 308 is covered in article.spec.ts; here: it also drops tracking parameters.)
test('a stale slug with tracking parameters redirects to the clean canonical URL', async ({ request, baseURL }) => {
  const response = await request.get(`/wrong-slug-${SEED.id}.html?utm_source=x`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(redirectTarget(response)).toBe(`${origin(baseURL)}${SEED.path}`);
});

// ---------------------------------------------------------------------------
// Tracking parameters

test.describe('tracking parameters (utm_*, fbclid, zarsrc, gclid)', () => {
  test('the article is served as is, cached the same, with no trace of the parameters', async ({ request, baseURL }) => {
    const clean = await request.get(SEED.path);
    const tracked = await request.get(`${SEED.path}?${TRACKING}`);
    expect(tracked.status()).toBe(200);
    const cacheControl = tracked.headers()['cache-control'] ?? '';
    expect(cacheControl).toBe(clean.headers()['cache-control']);
    expect(cacheControl).toMatch(/\bs-maxage=\d+/);
    expect(cacheControl).not.toMatch(/\b(private|no-store|no-cache)\b/);

    const html = await tracked.text();
    for (const name of TRACKING_NAMES) expect(html, `"${name}" in the HTML`).not.toContain(name);
    const { og } = await readPreview(html);
    expect(og.ogUrl).toBe(`${origin(baseURL)}${SEED.path}`);
  });

  test('in the browser, canonical, og:url and every link stay clean once the page and its script have run', async ({ page, baseURL }) => {
    await page.goto(`${SEED.path}?${TRACKING}`);
    const canonical = `${origin(baseURL)}${SEED.path}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical);
    await expect(page.getByRole('navigation', { name: 'Chia sẻ bài viết' }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) for (const name of TRACKING_NAMES) expect(href, 'a link on the page').not.toContain(name);
  });
});

// ---------------------------------------------------------------------------
// Host spoofing: SITE_URL decides every absolute URL, never a request header

/** A GET with arbitrary Host headers (node:http sends exactly what it is given). */
function spoofedGet(base: string, path: string): Promise<{ status: number; location: string | undefined; body: string }> {
  const target = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test.describe('a spoofed Host never reaches a URL', () => {
  for (const path of [SEED.path, `/m${SEED.path}`]) {
    test(`page ${path}`, async ({ baseURL }) => {
      const response = await spoofedGet(origin(baseURL), path);
      expect(response.status).toBe(200);
      expect(response.body).not.toContain('evil.example');
      // Not vacuous: the page does print absolute URLs, on SITE_URL.
      expect(response.body).toContain(`${origin(baseURL)}${SEED.path}`);
    });
  }

  for (const path of [`/wrong-slug-${SEED.id}.html`, '/a/1000']) {
    test(`redirect ${path}`, async ({ baseURL }) => {
      const response = await spoofedGet(origin(baseURL), path);
      expect(response.status).toBe(308);
      expect(response.location).toBe(`${origin(baseURL)}${SEED.path}`);
      expect(response.body).not.toContain('evil.example');
    });
  }

  // Rendered on every request, so the spoofed request is the one that renders them.
  for (const path of ['/robots.txt', '/sitemap.xml', '/m/tim-kiem?q=ha+noi', '/tim-kiem?q=ha+noi']) {
    test(`uncached ${path}`, async ({ baseURL }) => {
      const response = await spoofedGet(origin(baseURL), path);
      expect(response.status).toBe(200);
      expect(response.body).not.toContain('evil.example');
      expect(response.body).toContain(origin(baseURL));
    });
  }

  test('an outdated preview image redirects on SITE_URL', async ({ baseURL }) => {
    const response = await spoofedGet(origin(baseURL), '/media/og/1000-0000000000.jpg');
    expect(response.status).toBe(308);
    expect(response.location).toMatch(new RegExp(`^${escapeRegExp(origin(baseURL))}/media/og/1000-[0-9a-f]{10}\\.jpg$`));
  });
});
