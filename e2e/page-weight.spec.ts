import { expect, test } from '@playwright/test';
import { BUDGETS, formatWeight, measure, overBudget } from './lib/page-weight';

// What a reader downloads, photos and fonts included (issue 13): the same measurement as
// `npm run budget`, a Pixel 7 on the mobile pages and a desktop on the desktop pages, each
// scrolled to the end with an empty cache. The figures are printed so a regression shows its size.
test.describe('page weight', () => {
  for (const budget of BUDGETS) {
    test(`${budget.name} fits its budget`, async ({ browser, baseURL }) => {
      const weight = await measure(browser, baseURL ?? '', budget);
      console.log(formatWeight(budget, weight));
      expect(weight.byType.document, 'the page itself arrived').toBeGreaterThan(0);
      expect(overBudget(budget, weight)).toEqual([]);
    });
  }
});
