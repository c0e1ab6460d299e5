import { expect, test } from '@playwright/test';
import en from '../messages/en.json';
import vi from '../messages/vi.json';
import { articlePath, articles } from './lib/content';

/**
 * Admission control (decision 024) on a newsroom allowed one uncached render at a time and one
 * waiting (e2e/lib/servers.ts ADMISSION_LIMITS): a burst of distinct searches, which are never
 * cached, is partly refused with a 503 that asks the reader to come back (Retry-After), that no
 * cache keeps, and that says so in the reader's edition and frame; a page the cache holds answers
 * 200 in the middle of it. Whether one burst is refused depends on the machine's pace, so bursts
 * are sent until one is (never more than a few).
 */
const EDITIONS = [
  { name: 'vi desktop', search: '/tim-kiem', messages: vi, lang: 'vi', mobile: false },
  { name: 'vi mobile', search: '/m/tim-kiem', messages: vi, lang: 'vi', mobile: true },
  { name: 'en desktop', search: '/en/search', messages: en, lang: 'en', mobile: false },
  { name: 'en mobile', search: '/en/m/search', messages: en, lang: 'en', mobile: true },
] as const;

const BURST = 24;
let round = 0;

interface Answer {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Every path at once. */
async function burst(request: import('@playwright/test').APIRequestContext, paths: string[]): Promise<Answer[]> {
  return Promise.all(
    paths.map(async (url) => {
      const response = await request.get(url, { maxRedirects: 0 });
      return { url, status: response.status(), headers: response.headers(), body: await response.text() };
    }),
  );
}

const searches = (path: string, count: number) => Array.from({ length: count }, (_, i) => `${path}?q=${encodeURIComponent(`hà nội ${++round}-${i}`)}`);

test.describe.configure({ mode: 'serial' });

for (const edition of EDITIONS) {
  test(`past its bound, a render is refused: 503, Retry-After, no-store, a short page (${edition.name})`, async ({ request }) => {
    let refused: Answer | undefined;
    for (let attempt = 0; attempt < 8 && !refused; attempt++) {
      const answers = await burst(request, searches(edition.search, BURST));
      for (const a of answers) expect([200, 503], `${a.url}: ${a.status}`).toContain(a.status);
      expect(answers.filter((a) => a.status === 200).length, 'some are admitted').toBeGreaterThan(0);
      refused = answers.find((a) => a.status === 503);
    }
    expect(refused, `one of ${BURST} searches at once refused, with one render allowed`).toBeDefined();
    if (!refused) return;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['cache-control']).toContain('no-store');
    expect(refused.body).toContain(`<html lang="${edition.lang}"`);
    expect(refused.body).toContain(edition.messages.Errors.unavailableTitle);
    expect(refused.body).toContain(edition.messages.Errors.unavailable);
    expect(refused.body).toContain('name="robots" content="noindex"');
    // The mobile frame inlines its small stylesheet; the desktop one links the site's.
    if (edition.mobile) expect(refused.body).toMatch(/<style[^>]*>/);
    else expect(refused.body).toMatch(/<link[^>]+rel="stylesheet"/);
    // Asked again once the burst is over, the same search is answered.
    const again = refused.url;
    await expect(async () => expect((await request.get(again)).status()).toBe(200)).toPass({ timeout: 10_000 });
  });
}

test('a page the cache holds answers 200 while renders are refused, and a refused page is not kept', async ({ request }) => {
  // The home page into the cache.
  await expect(async () => expect((await request.get('/')).headers()['x-nextjs-cache']).toBe('HIT')).toPass({ timeout: 20_000 });
  // Articles never asked before go in the burst with the searches: some may be refused too.
  const fresh = articles()
    .filter((a) => a.locale === 'vi')
    .slice(0, 8)
    .map((a) => articlePath(a));
  let seen: { cached: Answer[]; refused: Answer[] } = { cached: [], refused: [] };
  for (let attempt = 0; attempt < 8 && seen.refused.length === 0; attempt++) {
    const paths = [...searches('/tim-kiem', BURST), ...(attempt === 0 ? fresh : [])];
    // The cached page is asked in the middle of the burst, several times.
    const [answers, cached] = await Promise.all([burst(request, paths), burst(request, ['/', '/', '/'])]);
    seen = { cached, refused: answers.filter((a) => a.status === 503) };
  }
  expect(seen.refused.length, 'renders were refused meanwhile').toBeGreaterThan(0);
  for (const answer of seen.cached) {
    expect(answer.status).toBe(200);
    expect(answer.headers['x-nextjs-cache']).toBe('HIT');
  }
  // An article refused in the burst was not kept as refused: asked again, it is the article.
  for (const answer of seen.refused.filter((a) => !a.url.includes('?q='))) {
    await expect(async () => {
      const again = await request.get(answer.url);
      expect(again.status(), answer.url).toBe(200);
      expect(await again.text()).toContain('<article class="article"');
    }).toPass({ timeout: 10_000 });
  }
});

test('the 404 page and redirects never wait for a render', async ({ request }) => {
  // A path the content says nothing about, asked once: its location (missing) is cached now.
  expect((await request.get('/khong-co-muc-nay')).status()).toBe(404);
  const [, others] = await Promise.all([
    burst(request, searches('/tim-kiem', BURST)),
    // A URL that names nothing, in both editions; the cached missing one; a respelling (308).
    burst(request, ['/khong/co/trang/nay', '/en/x/y/z', '/khong-co-muc-nay', '/vi/tim-kiem']),
  ]);
  expect(others.map((a) => a.status)).toEqual([404, 404, 404, 308]);
});

test('the metrics count what was refused, by page kind and reason', async ({ request }) => {
  const text = await (await request.get('/metrics')).text();
  const shed = text.split('\n').filter((l) => l.startsWith('tin_renders_shed_total{') && l.includes('kind="search"'));
  expect(shed.reduce((sum, l) => sum + Number(l.split(' ').pop()), 0)).toBeGreaterThan(0);
  expect(text).toMatch(/^tin_renders_in_flight/m);
  expect(text).toMatch(/^tin_renders_queued/m);
});
