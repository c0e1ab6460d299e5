import { expect, test } from '@playwright/test';
import { articlePath, articles } from './lib/content';
import { expectPreviewImage, fetchHtml, readPreview } from './lib/link-preview';
import { escapeRegExp } from './lib/regexp';
import { origin, redirectTarget } from './lib/share-urls';
import { SEED } from './lib/site';

// The 1200×630 preview images the link previews point at, downloaded the way a
// crawler downloads them. Runs in the desktop project.

/** Articles without a cover photo: their preview image has to be made from something else. */
const withoutCover = articles().filter((a) => !('cover' in a));

test.describe('preview images', () => {
  test('an article with a cover: 1200×630 JPEG, cached for a year, immutable', async ({ request, baseURL }) => {
    const { html } = await fetchHtml(request, SEED.path);
    const { og } = await readPreview(html);
    expect(og.ogImage?.[0]?.url).toMatch(new RegExp(`^${escapeRegExp(origin(baseURL))}/media/og/`));
    await expectPreviewImage(request, og.ogImage?.[0]?.url);
  });

  test('an article without a cover still gets a 1200×630 JPEG', async ({ request, baseURL }) => {
    expect(withoutCover.length, 'articles without a cover in data/').toBeGreaterThan(0);
    const target = withoutCover.find((a) => a.locale === 'vi') ?? withoutCover[0]!;
    const { html } = await fetchHtml(request, articlePath(target));
    const { og, imageAlts } = await readPreview(html);
    expect(og.ogImage?.[0]?.url).toMatch(new RegExp(`^${escapeRegExp(origin(baseURL))}/media/og/`));
    expect(String(og.ogImage?.[0]?.width)).toBe('1200');
    expect(String(og.ogImage?.[0]?.height)).toBe('630');
    expect(imageAlts[0]?.trim(), 'og:image:alt').toBeTruthy();
    await expectPreviewImage(request, og.ogImage?.[0]?.url);
  });

  test('the home page image decodes to 1200×630', async ({ request }) => {
    const { html } = await fetchHtml(request, '/');
    const { og } = await readPreview(html);
    await expectPreviewImage(request, og.ogImage?.[0]?.url);
  });

  test('an outdated preview image URL redirects to the current one (decision 006)', async ({ request }) => {
    const { html } = await fetchHtml(request, SEED.path);
    const current = (await readPreview(html)).og.ogImage?.[0]?.url;
    expect(current).toMatch(/\/media\/og\/1000-[^/]+\.jpg$/);
    const stale = current!.replace(/\/1000-[^/]+\.jpg$/, '/1000-0000000000.jpg');
    const response = await request.get(stale, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(redirectTarget(response)).toBe(current);
  });

  test('an unknown preview image is a 404', async ({ request }) => {
    // A well-formed name (10-character stamp) for an id that does not exist.
    const response = await request.get('/media/og/999999-abcdef1234.jpg');
    expect(response.status()).toBe(404);
  });
});
