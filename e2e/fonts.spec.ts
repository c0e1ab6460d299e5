import { expect, test } from '@playwright/test';
import { SEED } from './lib/site';

// Desktop fonts (decisions 013, 017): four faces, Latin + Vietnamese each in one file, all four
// preloaded with the HTML, and `font-display: optional`, so a late face is skipped, not swapped in.
test('the article preloads the four faces, none swaps in late, and no other font exists', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
  });
  await page.goto(SEED.path);
  await page.evaluate(() => document.fonts.ready);
  const preloads = page.locator('link[rel="preload"][as="font"]');
  await expect(preloads).toHaveCount(4);
  const hrefs = await preloads.evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(hrefs.map((h) => h.replace(/-[0-9a-f]{10}\.woff2$/, '')).sort()).toEqual(
    ['/media/fonts/be-vietnam-pro-400', '/media/fonts/be-vietnam-pro-600', '/media/fonts/noto-serif-400', '/media/fonts/noto-serif-700'],
  );
  // The headline's face is asked for first.
  expect(hrefs[0]).toMatch(/^\/media\/fonts\/noto-serif-700-[0-9a-f]{10}\.woff2$/);

  const faces = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => {
        const style = (rule as CSSFontFaceRule).style;
        return `${style.getPropertyValue('font-family').replace(/["']/g, '')} ${style.getPropertyValue('font-weight')} ${style.getPropertyValue('font-display')}`;
      }),
    ),
  );
  expect(faces.sort()).toEqual(['Be Vietnam Pro 400 optional', 'Be Vietnam Pro 600 optional', 'Noto Serif 400 optional', 'Noto Serif 700 optional']);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.length).toBeLessThanOrEqual(4);
  for (const font of fonts) expect(font).toMatch(/^\/media\/fonts\/[a-z-]+-\d00-[0-9a-f]{10}\.woff2$/);

  // The headline is drawn in Noto Serif 700, Vietnamese letters included.
  const h1 = page.getByRole('heading', { level: 1 });
  expect(await h1.evaluate((el) => document.fonts.check(`700 32px 'Noto Serif'`, el.textContent ?? ''))).toBe(true);
});
