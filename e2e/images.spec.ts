import { expect, test, type Page } from '@playwright/test';
import { contextOptions } from './lib/page-weight';
import { SEED } from './lib/site';

// Photos are <picture>s (decision 013): an AVIF source, a WebP source and a JPEG <img>, each URL
// answering one format whatever the Accept header says, so caches need no Vary.

const bodyPictures = (page: Page) => page.locator('.article-body figure picture');

/** Every candidate URL of a srcset attribute. */
function candidates(srcset: string | null): string[] {
  return (srcset ?? '')
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

test.describe('on a phone', () => {
  test.use(contextOptions('phone'));

  test('Chromium (AVIF-capable) gets AVIF, at most 640 px wide; the first photo is eager, the rest lazy', async ({ page }) => {
    const images: { url: string; type: string }[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/media/')) images.push({ url: r.url(), type: r.headers()['content-type'] ?? '' });
    });
    await page.goto(`/m${SEED.path}`);
    const pictures = bodyPictures(page);
    const count = await pictures.count();
    expect(count).toBe(SEED.captions.length);
    for (let i = 0; i < count; i++) {
      const img = pictures.nth(i).locator('img');
      await expect(img).toHaveAttribute('loading', i === 0 ? 'eager' : 'lazy');
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { timeout: 15_000 }).toBe(true);
      const current = await img.evaluate((el: HTMLImageElement) => el.currentSrc);
      expect(current).toMatch(/\/media\/w640\/[a-z0-9-]+\.jpg\.[0-9a-f]{8}\.avif$/);
    }
    expect(images.length).toBe(count);
    for (const image of images) expect(image.type, image.url).toBe('image/avif');
    const widest = Math.max(...candidates(await pictures.first().locator('source').first().getAttribute('srcset')).map((u) => Number(/\/w(\d+)\//.exec(u)?.[1] ?? 0)));
    expect(widest).toBe(640);
  });
});

test('each <picture> URL answers its own format, also to a browser that accepts only JPEG; the <img> is JPEG', async ({ page, request }) => {
  await page.goto(SEED.path);
  const picture = bodyPictures(page).first();
  const sources = picture.locator('source');
  await expect(sources).toHaveCount(2);
  const expected: [string | null, string][] = [
    [await sources.nth(0).getAttribute('srcset'), 'image/avif'],
    [await sources.nth(1).getAttribute('srcset'), 'image/webp'],
    [await picture.locator('img').getAttribute('srcset'), 'image/jpeg'],
  ];
  expect(await sources.nth(0).getAttribute('type')).toBe('image/avif');
  expect(await sources.nth(1).getAttribute('type')).toBe('image/webp');
  const magic: Record<string, (b: Buffer) => boolean> = {
    'image/avif': (b) => b.subarray(4, 12).toString('latin1') === 'ftypavif',
    'image/webp': (b) => b.subarray(8, 12).toString('latin1') === 'WEBP',
    'image/jpeg': (b) => b.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  };
  for (const [srcset, type] of expected) {
    const urls = candidates(srcset);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const response = await request.get(url, { headers: { Accept: 'image/jpeg' } });
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toBe(type);
      expect(magic[type]!(await response.body()), `${url} is really ${type}`).toBe(true);
      expect(response.headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
      expect(response.headers()['vary'] ?? '', url).not.toMatch(/accept/i);
    }
  }
  // The fallback <img src> that a browser without <picture> support loads is JPEG too.
  const src = (await picture.locator('img').getAttribute('src')) ?? '';
  expect((await request.get(src, { headers: { Accept: 'image/jpeg' } })).headers()['content-type']).toBe('image/jpeg');
});

test('a copy URL made for an older version of the photo redirects to the current one', async ({ page, request }) => {
  await page.goto(SEED.path);
  const current = candidates(await bodyPictures(page).first().locator('source').first().getAttribute('srcset'))[0]!;
  const old = current.replace(/\.[0-9a-f]{8}\.avif$/, '.00000000.avif');
  const response = await request.get(old, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(new URL(response.headers()['location'] ?? '').pathname).toBe(current);
});
