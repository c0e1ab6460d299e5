import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ENDED_LIVE, LIVE } from './lib/live';
import { mobileTwin } from './lib/page-types';
import { GALLERY_ARTICLE, SEED, VIDEO_FILE_ARTICLE, YOUTUBE_ARTICLE } from './lib/site';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each page with the status it must answer, so the checks run on the page meant, not an error page. */
const PAGES = [
  ['home', '/', 200],
  ['category', '/thoi-su', 200],
  ['seed article', SEED.path, 200],
  ['tag', '/chu-de/thanh-uy-ha-noi', 200],
  ['author', '/tac-gia/tu-linh', 200],
  ['search results', '/tim-kiem?q=ha+noi', 200],
  ['404', '/khong-ton-tai', 404],
  ['English home', '/en', 200],
  ['live article', LIVE.path, 200],
  ['live article, page 3', LIVE.pagePath(3), 200],
  ['ended live article', ENDED_LIVE.path, 200],
] as const;

for (const [name, path, status] of PAGES) {
  test.describe(`${name} page (${path})`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(status);
    });

    test('has no WCAG 2.1 A/AA violations (axe)', async ({ page }) => {
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
      expect(summary, summary.join('\n')).toEqual([]);
    });

    test('has exactly one h1 and the header/nav/main/footer landmarks', async ({ page }) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      expect(await page.getByRole('banner').getByRole('navigation').count()).toBeGreaterThan(0);
    });
  });
}

// Both colour themes (the site follows prefers-color-scheme): home, a section, the seed article and
// the articles with a gallery and videos, desktop and mobile. Colour contrast is the rule that matters.
const THEMED = ['/', '/thoi-su', SEED.path, GALLERY_ARTICLE.path, VIDEO_FILE_ARTICLE.path, YOUTUBE_ARTICLE.path, LIVE.path];
for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of [...THEMED, ...THEMED.map(mobileTwin)]) {
    test(`${path} in the ${colorScheme} theme: no WCAG 2.1 A/AA violations (axe), photos as they are`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background, 'the page follows the theme').toBe(colorScheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
      const { violations, passes } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
      expect(summary, summary.join('\n')).toEqual([]);
      expect(passes.map((r) => r.id), 'the contrast rule ran').toContain('color-contrast');
      const filters = await page.locator('main img, main video').evaluateAll((media) => media.map((m) => getComputedStyle(m).filter));
      expect(filters.length, 'the page shows photos').toBeGreaterThan(0);
      expect(new Set(filters), 'no photo or video poster is inverted or filtered').toEqual(new Set(['none']));
    });
  }
}

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto(SEED.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua để đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/#main$/);
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

// Speech-input users say what they see: axe's label-in-name rule (experimental in axe, so not in
// the WCAG tag sets above; Lighthouse's label-content-name-mismatch), desktop and mobile.
for (const path of ['/', SEED.path, '/thoi-su?page=2', '/m', `/m${SEED.path}`, '/m/thoi-su?page=2']) {
  test(`${path}: every control's accessible name contains its visible text`, async ({ page }) => {
    await page.goto(path);
    const { violations, passes, inapplicable } = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => n.html))).toEqual([]);
    expect([...passes, ...inapplicable].map((r) => r.id), 'the rule ran').toEqual(['label-content-name-mismatch']);
  });
}
