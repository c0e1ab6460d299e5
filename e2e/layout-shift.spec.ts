import { expect, test } from '@playwright/test';
import { LIVE } from './lib/live';
import { mobileTwin } from './lib/page-types';
import { GALLERY_ARTICLE, SEED, VIDEO_FILE_ARTICLE, YOUTUBE_ARTICLE } from './lib/site';

/**
 * Layout shift while a page loads and the reader scrolls to the end (lazy photos arrive): every photo,
 * poster and player has its space reserved, so nothing moves. Budget 0.002, the Guardian's.
 * Three font timings: fonts served as they come, fonts 600 ms late (a slow network: with
 * `font-display: swap` the seed article's text moved, 0.0064; with `optional` a late face is
 * skipped, decision 017), and no web fonts at all.
 */
const FONT_TIMINGS = {
  'fonts on time': null,
  'fonts late': 600,
  'no web fonts': 'abort',
} as const;
const CLS_BUDGET = 0.002;
const PAGES = ['/', '/thoi-su', SEED.path, GALLERY_ARTICLE.path, VIDEO_FILE_ARTICLE.path, YOUTUBE_ARTICLE.path, LIVE.path];

// The mobile site has no web fonts: one timing is enough there.
const CASES = [
  ...PAGES.flatMap((path) => Object.entries(FONT_TIMINGS).map(([timing, delay]) => ({ path, timing, delay }))),
  ...PAGES.map((path) => ({ path: mobileTwin(path), timing: 'system fonts', delay: null })),
];

for (const { path, timing, delay } of CASES) {
  test(`${path}, ${timing}: no layout shift while loading and scrolling`, async ({ page }) => {
    if (delay === 'abort') await page.route(/\.woff2?$/, (route) => route.abort());
    else if (delay !== null) {
      await page.route(/\.woff2?$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await route.continue();
      });
    }
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.__shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 600; y < height + 600; y += 600) {
      await page.mouse.wheel(0, 600);
      // A wheel event scrolls later: stay until this step has scrolled (or the page ended) and the
      // photos now in view have arrived, so a photo that moved the page is counted while in view.
      await page.waitForFunction((target) => {
        const end = document.documentElement.scrollHeight - window.innerHeight;
        const inView = [...document.images].filter((img) => {
          const box = img.getBoundingClientRect();
          return box.width > 0 && box.bottom > 0 && box.top < window.innerHeight;
        });
        return window.scrollY >= Math.min(target, end) - 1 && inView.every((img) => img.complete);
      }, y);
    }
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift, `cumulative layout shift on ${path}`).toBeLessThanOrEqual(CLS_BUDGET);
  });
}
