import { expect, test } from '@playwright/test';
import { SEED } from './lib/site';

// Desktop fonts (decision 013): four faces, Latin + Vietnamese each in one file, text never
// invisible while they load, and only the headline's face preloaded.
test('the article preloads one font, every face swaps, and only the four faces exist', async ({ page }) => {
  const fonts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
  });
  await page.goto(SEED.path);
  await page.evaluate(() => document.fonts.ready);
  const preloads = page.locator('link[rel="preload"][as="font"]');
  await expect(preloads).toHaveCount(1);
  expect(await preloads.getAttribute('href')).toMatch(/^\/media\/fonts\/noto-serif-700-[0-9a-f]{10}\.woff2$/);

  const faces = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => {
        const style = (rule as CSSFontFaceRule).style;
        return `${style.getPropertyValue('font-family').replace(/["']/g, '')} ${style.getPropertyValue('font-weight')} ${style.getPropertyValue('font-display')}`;
      }),
    ),
  );
  expect(faces.sort()).toEqual(['Be Vietnam Pro 400 swap', 'Be Vietnam Pro 600 swap', 'Noto Serif 400 swap', 'Noto Serif 700 swap']);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.length).toBeLessThanOrEqual(4);
  for (const font of fonts) expect(font).toMatch(/^\/media\/fonts\/[a-z-]+-\d00-[0-9a-f]{10}\.woff2$/);

  // The headline is drawn in Noto Serif 700, Vietnamese letters included.
  const h1 = page.getByRole('heading', { level: 1 });
  expect(await h1.evaluate((el) => document.fonts.check(`700 32px 'Noto Serif'`, el.textContent ?? ''))).toBe(true);
});
