import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { VIEWS_PER_ADDRESS } from '../lib/most-read/gate';
import { isPhone } from '../lib/routing/device';
import { articlePath, articles } from './lib/content';
import { TestArticle } from './lib/publish';
import { PUBLISH_DIR, PUBLISH_STATE_DIR, TIER_URL } from './lib/servers';
import { NOT_FOUND_VI, SEED } from './lib/site';
import { expectGone, expectListed, expectUnlisted } from './lib/stories';

/**
 * Runs in the `tier` project only: every request goes through the nginx cache tier
 * (deploy/nginx/tier.conf, started by `npm run tier`) in front of the e2e publishing server
 * (a scratch copy of data/ that tests may write articles into).
 * X-Cache-Status (HIT, STALE, UPDATING: served from the cache) proves what the cache did.
 * The microcache keeps pages 5 s, so each test that depends on the cache's state uses pages
 * no other test touches.
 */

const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const FACEBOOK = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';
const GOOGLEBOT_PHONE =
  'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** Vietnamese articles other than the seed, one per test that needs a page of its own. */
const pages = articles()
  .filter((a) => a.locale === 'vi' && a.id !== SEED.id)
  .sort((a, b) => a.id - b.id)
  .map(articlePath);
const page = (n: number) => pages[n] ?? pages[0]!;

const FROM_CACHE = /^(HIT|STALE|UPDATING)$/;
const cacheStatus = (response: APIResponse) => response.headers()['x-cache-status'];
const isDesktopPage = async (response: APIResponse) => /\/media\/site\/desktop\.[0-9a-f]{10}\.css/.test(await response.text());

function as(userAgent: string, cookie?: string) {
  return { headers: { 'user-agent': userAgent, ...(cookie ? { cookie } : {}) }, maxRedirects: 0 };
}

function locationPath(response: APIResponse): string {
  return new URL(response.headers().location ?? '', 'http://x').pathname;
}

test.describe('the URL contract holds through the tier', () => {
  test('a stale slug and a short link answer 308 to the canonical URL', async ({ request }) => {
    for (const path of [`/sai-duong-dan-${SEED.id}.html`, `/a/${SEED.id}`]) {
      const response = await request.get(path, as(DESKTOP));
      expect(response.status(), path).toBe(308);
      expect(locationPath(response), path).toBe(SEED.path);
    }
  });

  test('an unknown URL is the 404 page, cached as a 404', async ({ request }) => {
    const path = '/khong-co-trang-nay-qua-tier';
    const first = await request.get(path, as(DESKTOP));
    expect(first.status()).toBe(404);
    expect(await first.text()).toContain(NOT_FOUND_VI);
    const second = await request.get(path, as(DESKTOP));
    expect(second.status()).toBe(404);
    expect(cacheStatus(second)).toMatch(FROM_CACHE);
  });

  test('tracking parameters share the clean URL’s cache entry: same body, same canonical', async ({ request }) => {
    const path = page(0);
    const clean = await request.get(path, as(DESKTOP));
    expect(clean.status()).toBe(200);
    const tracked = await request.get(`${path}?utm_source=facebook&fbclid=IwAR0abc&zarsrc=30`, as(DESKTOP));
    expect(tracked.status()).toBe(200);
    expect(cacheStatus(tracked)).toMatch(FROM_CACHE);
    const body = await tracked.text();
    expect(body).toBe(await clean.text());
    expect(body).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${path.replace(/[.]/g, '\\.')}"`));

    const listing = await request.get('/thoi-su?utm_source=x&page=2&gclid=y', as(DESKTOP));
    expect(listing.status()).toBe(200);
    expect(await listing.text()).toMatch(/<link rel="canonical" href="[^"]*\/thoi-su\?page=2"/);
  });
});

test.describe('phones, the desktop choice and the cache', () => {
  test('desktop first: a phone is still redirected, a phone that chose desktop gets the cached desktop page', async ({ request }) => {
    const path = page(1);
    expect((await request.get(path, as(DESKTOP))).status()).toBe(200);
    const cached = await request.get(path, as(DESKTOP));
    expect(cacheStatus(cached)).toMatch(FROM_CACHE);

    const phone = await request.get(path, as(PHONE));
    expect(phone.status()).toBe(302);
    expect(locationPath(phone)).toBe(`/m${path}`);
    expect(phone.headers()['cache-control']).toContain('no-store');

    const chosen = await request.get(path, as(PHONE, 'view=desktop'));
    expect(chosen.status()).toBe(200);
    expect(cacheStatus(chosen)).toMatch(FROM_CACHE);
    expect(await chosen.text()).toBe(await cached.text());

    const mobileChoice = await request.get(path, as(PHONE, 'view=mobile'));
    expect(mobileChoice.status()).toBe(302);
  });

  test('phone first: neither the redirect nor the desktop choice leaks to the other kind of reader', async ({ request }) => {
    const path = page(2);
    const phone = await request.get(path, as(PHONE));
    expect(phone.status()).toBe(302);
    expect(cacheStatus(phone)).toBe('BYPASS');

    const chosen = await request.get(path, as(PHONE, 'theme=dark; view=desktop'));
    expect(chosen.status()).toBe(200);
    expect(await isDesktopPage(chosen)).toBe(true);

    const desktop = await request.get(path, as(DESKTOP));
    expect(desktop.status()).toBe(200);
    expect(cacheStatus(desktop)).toMatch(FROM_CACHE);
    expect(await isDesktopPage(desktop)).toBe(true);

    const phoneAgain = await request.get(path, as(PHONE));
    expect(phoneAgain.status()).toBe(302);
    expect(locationPath(phoneAgain)).toBe(`/m${path}`);
  });

  test('the tier sorts User-Agents into phones and the rest as the app does (lib/routing/device.ts)', async ({ request }) => {
    const path = page(3);
    const agents = [
      PHONE,
      DESKTOP,
      FACEBOOK,
      GOOGLEBOT_PHONE,
      'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
      'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 Zalo android/12110 ZaloTheme/light ZaloLanguage/vi',
      'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
      'Opera/9.80 (J2ME/MIDP; Opera Mini/9.80 (S60; SymbOS; Opera Mobi/23.348; U; en) Presto/2.5.25 Version/10.54',
      'Twitterbot/1.0',
      'TelegramBot (like TwitterBot)',
    ];
    expect((await request.get(path, as(DESKTOP))).status()).toBe(200); // the desktop page is now cached
    for (const agent of agents) {
      const response = await request.get(path, as(agent));
      expect(response.status(), agent).toBe(isPhone(agent) ? 302 : 200);
    }
  });

  test('a mobile URL is one page for every device', async ({ request }) => {
    const path = `/m${page(4)}`;
    const desktop = await request.get(path, as(DESKTOP));
    expect(desktop.status()).toBe(200);
    const phone = await request.get(path, as(PHONE));
    expect(phone.status()).toBe(200);
    expect(cacheStatus(phone)).toMatch(FROM_CACHE);
    expect(await phone.text()).toBe(await desktop.text());
  });

  test('the switch links set the cookie, are never cached, and cached pages never carry Set-Cookie', async ({ request }) => {
    const path = page(5);
    for (let i = 0; i < 2; i++) {
      const toDesktop = await request.get(`${path}?view=desktop`, as(PHONE));
      expect(toDesktop.status()).toBe(307);
      expect(toDesktop.headers()['set-cookie']).toMatch(/^view=desktop;/);
      expect(cacheStatus(toDesktop)).toBe('BYPASS');
      expect(locationPath(toDesktop)).toBe(path);
    }
    expect((await request.get(`/m${path}?view=mobile`, as(DESKTOP))).headers()['set-cookie']).toMatch(/^view=mobile;/);

    for (const target of [path, `/m${path}`, '/']) {
      await request.get(target, as(DESKTOP));
      const cached = await request.get(target, as(DESKTOP));
      expect(cacheStatus(cached), target).toMatch(FROM_CACHE);
      expect(cached.headers()['set-cookie'], target).toBeUndefined();
    }
  });

  test('a phone browser switches to desktop and back through the tier', async ({ browser }) => {
    const context = await browser.newContext({ userAgent: PHONE, viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    const path = page(6);
    await tab.goto(path);
    await expect(tab).toHaveURL(new RegExp(`/m${path.replace(/[.]/g, '\\.')}$`));
    await tab.getByRole('link', { name: 'Phiên bản máy tính' }).click();
    await expect(tab).toHaveURL(new RegExp(`^[^?]*[^m]${path.replace(/[.]/g, '\\.')}$`));
    await expect(tab.getByRole('link', { name: 'Phiên bản di động' })).toBeVisible();
    await tab.getByRole('link', { name: 'Phiên bản di động' }).click();
    await expect(tab).toHaveURL(new RegExp(`/m${path.replace(/[.]/g, '\\.')}$`));
    await context.close();
  });
});

test('crawlers get the desktop page with its preview tags', async ({ request }) => {
  for (const agent of [FACEBOOK, GOOGLEBOT_PHONE]) {
    const response = await request.get(SEED.path, as(agent));
    expect(response.status(), agent).toBe(200);
    const html = await response.text();
    expect(html, agent).toContain(`<meta property="og:title" content="${SEED.title}"`);
    expect(html, agent).toMatch(/<meta property="og:image" content="[^"]+\/media\/og\/1000-[^"]+\.jpg"/);
    expect(html, agent).toContain('<meta name="twitter:card" content="summary_large_image"');
  }
});

test('search answers per request: private, never stored', async ({ request }) => {
  await request.get('/tim-kiem?q=ha+noi', as(DESKTOP));
  const second = await request.get('/tim-kiem?q=ha+noi', as(DESKTOP));
  expect(second.status()).toBe(200);
  expect(second.headers()['cache-control']).toContain('private');
  expect(cacheStatus(second)).not.toMatch(FROM_CACHE);
});

test('the desktop stylesheet and script and the photos are cached long', async ({ request }) => {
  const seed = await (await request.get(SEED.path, as(DESKTOP))).text();
  const stylesheet = seed.match(/\/media\/site\/desktop\.[0-9a-f]+\.css/)?.[0];
  expect(stylesheet, 'the stylesheet of the seed article').toBeDefined();
  const script = seed.match(/\/media\/site\/enhance\.[0-9a-f]+\.js/)?.[0];
  expect(script, 'the script of the seed article').toBeDefined();
  const photo = seed.match(/\/media\/[^"\s,]+\.jpg/)?.[0];
  expect(photo, 'a photo in the seed article').toBeDefined();
  for (const [path, minAge] of [
    [stylesheet!, 31_536_000],
    [script!, 31_536_000],
    [photo!, 604_800],
  ] as const) {
    await request.get(path, as(DESKTOP));
    const second = await request.get(path, as(DESKTOP));
    expect(second.status(), path).toBe(200);
    expect(cacheStatus(second), path).toMatch(FROM_CACHE);
    const maxAge = Number(second.headers()['cache-control']?.match(/max-age=(\d+)/)?.[1] ?? 0);
    expect(maxAge, path).toBeGreaterThanOrEqual(minAge);
  }
});

test('a publish and a removal show through the tier within 10 s, on cached pages', async ({ request }) => {
  test.setTimeout(60_000);
  const article = new TestArticle(PUBLISH_DIR, { id: 9201, slug: 'tin-moi-qua-tang-dem', month: '2031/03', title: 'Tin mới qua tầng đệm', category: 'thoi-su' });
  const listings = ['/', '/m', '/thoi-su'];
  for (const p of listings) {
    await request.get(p, as(DESKTOP));
    expect(cacheStatus(await request.get(p, as(DESKTOP))), `${p} is cached before the publish`).toMatch(FROM_CACHE);
  }
  const through = { headers: { 'user-agent': DESKTOP }, within: 10_000 };
  const pages = listings.map((p) => `${TIER_URL}${p}`);

  await article.publish();
  await expectListed(request, article, pages, through);

  await article.remove();
  await expectGone(request, article, { origins: [TIER_URL], ...through });
  await expectUnlisted(request, article, pages, through);
});

test('the revalidation route is not reachable through the tier', async ({ request }) => {
  const response = await request.post('/internal/revalidate', { data: { tags: ['site'] } });
  expect(response.status()).toBe(404);
});

test('health, readiness and metrics are not served to readers through the tier', async ({ request }) => {
  for (const path of ['/healthz', '/readyz', '/metrics']) {
    const response = await request.get(path, as(DESKTOP));
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('tin_');
  }
});

test('a flood of view beacons from one machine, with spoofed addresses and rotated browsers, adds at most the cap', async ({ request }) => {
  test.setTimeout(60_000);
  // An article no other test here opens in a browser (every view through the tier comes from 127.0.0.1).
  const target = articles().filter((a) => a.locale === 'vi' && a.id !== SEED.id).sort((a, b) => b.id - a.id)[0]!;
  const views = async () => {
    const file = await readFile(path.join(PUBLISH_STATE_DIR, 'most-read.json'), 'utf8').catch(() => '{"hours":{}}');
    const state = JSON.parse(file) as { hours: Record<string, Record<string, number>> };
    return Object.values(state.hours).reduce((sum, counts) => sum + (counts[String(target.id)] ?? 0), 0);
  };
  const before = await views();
  for (let i = 0; i < 300; i += 30) {
    await Promise.all(
      Array.from({ length: 30 }, (_, k) => {
        const n = i + k;
        const address = `198.51.${n % 256}.${(n * 7) % 256}`;
        return request.get(`/views/${target.id}.gif`, {
          headers: {
            'user-agent': `${DESKTOP} Flood/${n}`,
            'x-forwarded-for': address,
            'x-real-ip': address,
            forwarded: `for=${address}`,
            'true-client-ip': address,
          },
        });
      }),
    );
  }
  // Counts are written every 2 s: wait for the first of them, then a write more.
  await expect.poll(views, { timeout: 10_000 }).toBeGreaterThan(before);
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  const added = (await views()) - before;
  console.log(`300 beacons with spoofed addresses and 300 browsers added ${added} view(s) (cap ${VIEWS_PER_ADDRESS})`);
  expect(added).toBeGreaterThanOrEqual(1);
  expect(added).toBeLessThanOrEqual(VIEWS_PER_ADDRESS);
});
