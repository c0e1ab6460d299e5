import { expect, test, type Locator, type Page } from '@playwright/test';
import { article, articlePath } from './lib/content';
import { TRACKING, canonicalOf, origin } from './lib/share-urls';
import { SEED } from './lib/site';

// The share bar: Facebook, Zalo, X and email links, copy link and native share
// on desktop, plain links on the mobile twin; every one shares the clean
// canonical URL. Runs in the desktop project.

const english = article(1060);

interface ShareLabels {
  bar: string;
  facebook: string;
  zalo: string;
  x: string;
  email: string;
}

const VI_LABELS: ShareLabels = {
  bar: 'Chia sẻ bài viết',
  facebook: 'Chia sẻ lên Facebook',
  zalo: 'Chia sẻ qua Zalo',
  x: 'Chia sẻ lên X',
  email: 'Gửi qua email',
};
const EN_LABELS: ShareLabels = {
  bar: 'Share this article',
  facebook: 'Share on Facebook',
  zalo: 'Share on Zalo',
  x: 'Share on X',
  email: 'Share by email',
};

/** A mailto: query as RFC 6068 reads it: %-decoding only ("+" is a plus sign, not a space). */
function mailtoFields(href: string): Record<string, string> {
  const query = href.slice(href.indexOf('?') + 1);
  return Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const [name = '', value = ''] = pair.split('=', 2);
        return [decodeURIComponent(name).toLowerCase(), decodeURIComponent(value)];
      }),
  );
}

/** The four share links of a bar, each sharing `canonical` (never the address in the location bar). */
async function expectShareLinks(page: Page, labels: ShareLabels, canonical: string, headline: string): Promise<Locator> {
  const bar = page.getByRole('navigation', { name: labels.bar }).first();
  await expect(bar).toBeVisible();
  const href = async (name: string) => {
    const link = bar.getByRole('link', { name, exact: true });
    await expect(link, name).toHaveCount(1);
    return (await link.getAttribute('href')) ?? '';
  };

  expect(await href(labels.facebook)).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`);

  const zalo = await href(labels.zalo);
  expect(zalo.startsWith('https://button-share.zalo.me/share_external?'), zalo).toBe(true);
  const d = new URL(zalo).searchParams.get('d');
  expect(d, 'Zalo "d" parameter').toBeTruthy();
  expect(JSON.parse(Buffer.from(d!, 'base64').toString('utf8'))).toEqual({ url: canonical });

  const x = await href(labels.x);
  expect(x.startsWith('https://x.com/intent/post?'), x).toBe(true);
  expect(new URL(x).searchParams.get('url')).toBe(canonical);
  expect(new URL(x).searchParams.get('text')).toBe(headline);

  const email = await href(labels.email);
  expect(email.startsWith('mailto:'), email).toBe(true);
  const fields = mailtoFields(email);
  expect(fields.subject, 'mail subject').toBe(headline);
  expect(fields.body, 'mail body').toContain(canonical);
  return bar;
}

/** Clicks "copy link" (retrying until the script has run) and checks the clipboard and the spoken confirmation. */
async function expectCopyLink(page: Page, button: string, confirmation: string, canonical: string) {
  const status = page.getByRole('status').filter({ hasText: confirmation });
  await expect(page.getByText(confirmation)).toBeHidden();
  await expect(async () => {
    await page.getByRole('button', { name: button, exact: true }).first().click();
    await expect(status).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
}

test.describe('share bar (desktop)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('four share links, all sharing the clean canonical URL', async ({ page, baseURL }) => {
    await page.goto(`${SEED.path}?${TRACKING}`);
    await expectShareLinks(page, VI_LABELS, `${origin(baseURL)}${SEED.path}`, SEED.title);
  });

  test('"Sao chép liên kết" copies the canonical URL and says so', async ({ page, baseURL }) => {
    await page.goto(`${SEED.path}?${TRACKING}`);
    await expectCopyLink(page, 'Sao chép liên kết', 'Đã sao chép liên kết', `${origin(baseURL)}${SEED.path}`);
  });

  test('where the browser can share natively, "Chia sẻ" hands it the canonical URL and headline', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { __shareCalls: calls });
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        writable: true,
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.resolve();
        },
      });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, writable: true, value: () => true });
    });
    await page.goto(`${SEED.path}?${TRACKING}`);
    await page.getByRole('button', { name: 'Chia sẻ', exact: true }).click();
    const calls = () => page.evaluate(() => (window as unknown as { __shareCalls: ShareData[] }).__shareCalls);
    await expect.poll(calls).toHaveLength(1);
    expect((await calls())[0]).toMatchObject({ url: `${origin(baseURL)}${SEED.path}`, title: SEED.title });
  });

  test('where it cannot, there is no "Chia sẻ" button', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
      delete (Navigator.prototype as Partial<Navigator>).canShare;
    });
    await page.goto(`${SEED.path}?${TRACKING}`);
    // The copy button works, so the script has run: the absence below is the final state.
    await expectCopyLink(page, 'Sao chép liên kết', 'Đã sao chép liên kết', `${origin(baseURL)}${SEED.path}`);
    await expect(page.getByRole('button', { name: 'Chia sẻ', exact: true })).toHaveCount(0);
  });

  test('an English article shares in English', async ({ page, baseURL }) => {
    await page.goto(`${articlePath(english)}?${TRACKING}`);
    const canonical = canonicalOf(baseURL, english);
    await expectShareLinks(page, EN_LABELS, canonical, english.title);
    await expectCopyLink(page, 'Copy link', 'Link copied', canonical);
  });
});

test.describe('share bar (mobile twin)', () => {
  test('the same four links with the desktop canonical, and no buttons or script', async ({ page, request, baseURL }) => {
    await page.goto(`/m${SEED.path}?${TRACKING}`);
    await expectShareLinks(page, VI_LABELS, `${origin(baseURL)}${SEED.path}`, SEED.title);
    await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Chia sẻ', exact: true })).toHaveCount(0);

    const html = await (await request.get(`/m${SEED.path}?${TRACKING}`)).text();
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
  });
});
