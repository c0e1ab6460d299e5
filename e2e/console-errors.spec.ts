import { devices, expect, test } from '@playwright/test';
import { SEED } from './lib/site';

// A page view logs no console error and no failed request (a missing icon used to log one on every
// mobile page). The phone runs here too, emulated, so it does not depend on a phone project.
const { userAgent, viewport, deviceScaleFactor, isMobile, hasTouch } = devices['Pixel 7'];
const DEVICES = { desktop: {}, phone: { userAgent, viewport, deviceScaleFactor, isMobile, hasTouch } };

for (const [device, options] of Object.entries(DEVICES)) {
  test.describe(device, () => {
    test.use(options);
    for (const [name, path] of [['home', '/'], ['seed article', SEED.path]] as const) {
      test(`${name}: no console error, no failed request`, async ({ page }) => {
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
        });
        page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
        page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
        page.on('response', (r) => {
          if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
        });
        const response = await page.goto(path, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        expect(new URL(page.url()).pathname.startsWith('/m'), 'phones get the mobile twin').toBe(device === 'phone');
        // Chromium reads the manifest only when asked (install, "Add to home screen"): ask, as a phone would.
        // (Headless Chromium never fetches favicons: icons.spec.ts requests every linked icon instead.)
        const cdp = await page.context().newCDPSession(page);
        const { errors, data } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[]; data?: string };
        problems.push(...errors.map((e) => `manifest: ${e.message}`));
        expect(problems).toEqual([]);
        expect(data, 'the manifest was read').toContain('"theme_color":"#a50e0e"');
      });
    }
  });
}
