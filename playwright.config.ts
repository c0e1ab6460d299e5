import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './scripts/page-weight';
import { BROKEN_PORT, BROKEN_URL, PUBLISH_DIR, PUBLISH_PORT, PUBLISH_URL, SITE_PORT, SITE_URL } from './e2e/lib/servers';

/**
 * e2e runs against the production build (`npm run build` first), with
 * Debian's Chromium (Playwright cannot download browsers here). Three servers,
 * whose ports and origins e2e/lib/servers.ts defines: the bundled newsroom, a
 * content folder with broken records, and a scratch copy of data/ that the
 * publishing spec writes articles into.
 */
const baseURL = SITE_URL;
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: CHROMIUM_LAUNCH,
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { baseURL, trace: 'retain-on-failure' },
  globalTeardown: './e2e/lib/teardown.ts',
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], ...chromium }, testIgnore: /mobile\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'], ...chromium }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `node node_modules/next/dist/bin/next start -p ${SITE_PORT}`,
      url: `${baseURL}/`,
      env: { SITE_URL: baseURL, CONTENT_DIR: 'data' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node node_modules/next/dist/bin/next start -p ${BROKEN_PORT}`,
      url: `${BROKEN_URL}/`,
      env: { SITE_URL: BROKEN_URL, CONTENT_DIR: 'e2e/fixtures/broken-content' },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: `rm -rf '${PUBLISH_DIR}' && cp -r data '${PUBLISH_DIR}' && node node_modules/next/dist/bin/next start -p ${PUBLISH_PORT}`,
      url: `${PUBLISH_URL}/`,
      env: { SITE_URL: PUBLISH_URL, CONTENT_DIR: PUBLISH_DIR },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
