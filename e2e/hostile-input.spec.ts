import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { SEED } from './lib/site';

/**
 * Hostile URLs, queries and headers, generated (fast-check, fixed seed) over
 * every route family: the answer is a 4xx or the 404 page, never a 5xx, and
 * nothing the request carried comes back as markup.
 */
const MARKER = '<b data-x="hostile">';

/** Pieces that break decoders and parsers. */
const nasty = fc.constantFrom(
  '%', '%C0', '%E0%A4%A', '%FF', '%00', '%0A', '%0D%0A', '%2F', '%25', '%2e%2e', '..', '%u0041', '%F0%9F', '\u0000',
  encodeURIComponent(MARKER), MARKER, '"', "'", '<', '>', '&', '99999999999999999999999', '-1', '1e308', 'Hà Nội', 'ha%CC%80', ' ', '\t', '/', '//',
);
const segment = fc.array(fc.oneof(nasty, fc.string({ maxLength: 6 }), fc.stringMatching(/^[a-z0-9-]{1,12}$/)), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const longSegment = fc.integer({ min: 1000, max: 5000 }).map((n) => 'a'.repeat(n));

/** Each route family with a hole for the hostile part. */
const FAMILIES: [string, (s: string) => string][] = [
  ['article', (s) => `/${s}-1000.html`],
  ['article id', (s) => `/ha-noi-${s}.html`],
  ['short link', (s) => `/a/${s}`],
  ['section', (s) => `/${s}`],
  ['section page', (s) => `/thoi-su?page=${s}`],
  ['tag', (s) => `/chu-de/${s}`],
  ['author', (s) => `/tac-gia/${s}`],
  ['search', (s) => `/tim-kiem?q=${s}`],
  ['search page', (s) => `/tim-kiem?q=ha+noi&page=${s}`],
  ['mobile', (s) => `/m/${s}`],
  ['mobile article', (s) => `/m${SEED.path.replace('.html', s)}`],
  ['English', (s) => `/en/${s}`],
  ['English mobile tag', (s) => `/en/m/tag/${s}`],
  ['media', (s) => `/media/${s}`],
  ['resized media', (s) => `/media/w320/${s}`],
  ['preview image', (s) => `/media/og/${s}`],
  ['feed', (s) => `/rss/${s}.xml`],
  ['sitemap', (s) => `/sitemaps/${s}`],
  ['build asset', (s) => `/_next/static/${s}`],
];

async function expectSane(request: APIRequestContext, path: string, headers?: Record<string, string>) {
  const response = await request.get(path, { headers, maxRedirects: 0, failOnStatusCode: false });
  const status = response.status();
  expect(status, `${path.slice(0, 120)} answered ${status}`).toBeLessThan(500);
  const type = response.headers()['content-type'] ?? '';
  if (type.includes('html')) expect(await response.text(), `${path.slice(0, 120)} reflects markup`).not.toContain(MARKER);
  return status;
}

for (const [family, make] of FAMILIES) {
  test(`hostile paths and queries never answer 5xx or reflect markup: ${family}`, async ({ request }) => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 9, arbitrary: segment }, { weight: 1, arbitrary: longSegment }), async (s) => {
        const status = await expectSane(request, make(s));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }),
      { seed: 20261130, numRuns: 25 },
    );
    console.log(`${family}: ${[...statuses].map(([s, n]) => `${n}×${s}`).join(', ')}`);
  });
}

test('arrays and repeated parameters in the query get a sane default', async ({ request }) => {
  for (const path of ['/thoi-su?page[]=2', '/thoi-su?page=2&page=3', '/tim-kiem?q[]=x&q[x]=y', '/tim-kiem?q=a&q=b&page[]=1', `/tim-kiem?${'q=x&'.repeat(500)}`, '/?view[]=mobile']) {
    expect(await expectSane(request, path), path).toBeLessThan(400);
  }
});

test('malformed percent-encoding is a plain 400 in the reader’s edition, not a 500', async ({ request }) => {
  for (const [path, sentence] of [['/en/m/%C0', 'This address is malformed'], ['/media/%', 'Địa chỉ không hợp lệ'], ['/tac-gia/%E0%A4%A', 'Địa chỉ không hợp lệ']] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(response.headers()['content-type']).toContain('text/plain');
    expect(await response.text()).toContain(sentence);
  }
});

test('over-long headers and cookies are refused or ignored, never a 5xx', async ({ request }) => {
  expect(await expectSane(request, '/', { 'X-Filler': 'a'.repeat(20_000) })).toBe(431);
  expect(await expectSane(request, SEED.path, { Cookie: `view=${'d'.repeat(7000)}` })).toBe(200);
  expect(await expectSane(request, '/', { Cookie: `view=desktop; ${'x=1; '.repeat(800)}` })).toBe(200);
  expect(await expectSane(request, '/', { 'User-Agent': 'iPhone '.repeat(1000) })).toBeLessThan(400);
});
