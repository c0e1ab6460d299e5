import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/lib/page-weight';
import {
  ADMISSION_LIMITS,
  ADMISSION_PORT,
  ADMISSION_URL,
  BROKEN_PORT,
  BROKEN_URL,
  NEWSROOM_DIR,
  NEWSROOM_PORT,
  NEWSROOM_TIER_PORT,
  NEWSROOM_TIER_URL,
  NEWSROOM_URL,
  PAIR_URLS,
  POSTGRES_URL,
  PUBLISH_DIR,
  PUBLISH_PORT,
  PUBLISH_STATE_DIR,
  PUBLISH_URL,
  SITE_PORT,
  SITE_STATE_DIR,
  SITE_URL,
  TIER_PORT,
  TIER_URL,
} from './e2e/lib/servers';
import { config } from './lib/config';

/**
 * e2e runs against the production build (`npm run build` first), with
 * Debian's Chromium (Playwright cannot download browsers here). Three servers,
 * whose ports and origins e2e/lib/servers.ts defines: the bundled newsroom, a
 * content folder with broken records, and a scratch copy of data/ that the
 * publishing spec writes articles into. The `tier` project runs
 * e2e/tier.spec.ts (only) through the nginx cache tier (scripts/tier.ts) in
 * front of the publishing server. The `postgres` project runs the main page specs a
 * second time against the PostgreSQL store, and `instances` checks two instances on one
 * database agree on a publish (e2e/lib/postgres-servers.ts starts both; DATABASE_URL), and that
 * an instance whose database goes away keeps answering its cached pages (database-away.spec.ts).
 * `newsroom` runs e2e/newsroom.spec.ts (scheduled articles, the curated front page, the
 * breaking-news banner) on a newsroom of its own, with its own tier and PostgreSQL pair.
 * `admission` runs e2e/admission.spec.ts on a newsroom allowed one render at a time.
 */

/** The page specs that run on both content stores. */
const STORE_SPECS = /(navigation|article|not-found|search-tags-authors|english|sitemaps|feeds|caching|link-previews|live)\.spec\.ts/;
const baseURL = SITE_URL;
const chromium = {
  browserName: 'chromium' as const,
  launchOptions: CHROMIUM_LAUNCH,
};

export default defineConfig({
  testDir: './e2e',
  // Specs only: e2e/lib holds their helpers, and its *.test.ts are unit tests (npm run test:unit).
  testMatch: /\.spec\.ts$/,
  fullyParallel: true,
  forbidOnly: config.ci,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: { baseURL, trace: 'retain-on-failure' },
  globalTeardown: './e2e/lib/teardown.ts',
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], ...chromium }, testIgnore: /(mobile|tier|instances|database-away|failover|newsroom|admission)\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'], ...chromium }, testMatch: /mobile\.spec\.ts/ },
    { name: 'tier', use: { ...devices['Desktop Chrome'], ...chromium, baseURL: TIER_URL }, testMatch: /tier\.spec\.ts/ },
    { name: 'postgres', use: { ...devices['Desktop Chrome'], ...chromium, baseURL: POSTGRES_URL }, testMatch: STORE_SPECS },
    { name: 'instances', use: { ...devices['Desktop Chrome'], ...chromium }, testMatch: /(instances|database-away)\.spec\.ts/ },
    // Two instances and a tier of its own, one instance killed mid-run (e2e/lib/fleet.ts).
    { name: 'failover', use: { ...devices['Desktop Chrome'], ...chromium }, testMatch: /failover\.spec\.ts/ },
    { name: 'newsroom', use: { ...devices['Desktop Chrome'], ...chromium, baseURL: NEWSROOM_URL }, testMatch: /newsroom\.spec\.ts/ },
    // One render at a time, one waiting: bursts of searches are partly refused (decision 024).
    { name: 'admission', use: { ...devices['Desktop Chrome'], ...chromium, baseURL: ADMISSION_URL }, testMatch: /admission\.spec\.ts/ },
  ],
  webServer: [
    {
      url: `${baseURL}/`,
      command: `rm -rf '${SITE_STATE_DIR}' && node node_modules/next/dist/bin/next start -p ${SITE_PORT}`,
      env: { SITE_URL: baseURL, CONTENT_DIR: 'data', STATE_DIR: SITE_STATE_DIR },
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
      command: `rm -rf '${PUBLISH_DIR}' '${PUBLISH_STATE_DIR}' && cp -r data '${PUBLISH_DIR}' && node node_modules/next/dist/bin/next start -p ${PUBLISH_PORT}`,
      url: `${PUBLISH_URL}/`,
      env: { SITE_URL: PUBLISH_URL, CONTENT_DIR: PUBLISH_DIR, STATE_DIR: PUBLISH_STATE_DIR },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node_modules/.bin/tsx e2e/lib/postgres-servers.ts',
      // The last instance it starts.
      url: `${PAIR_URLS[1]}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // `npm run tier` without npm: npm exits on SIGTERM before its child, and the scratch
      // folder would stay behind.
      command: 'node_modules/.bin/tsx scripts/tier.ts',
      url: `${TIER_URL}/`,
      // In front of the publishing server (a copy of data/), so freshness through the tier is tested too.
      env: { TIER_PORT: String(TIER_PORT), APP_URL: `http://127.0.0.1:${PUBLISH_PORT}` },
      reuseExistingServer: false,
      timeout: 60_000,
      // SIGTERM lets nginx stop and the script remove its scratch folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // The newsroom of e2e/newsroom.spec.ts: a copy of data/ whose taxonomy files carry a BOM.
      command: `node_modules/.bin/tsx e2e/lib/newsroom-folder.ts '${NEWSROOM_DIR}' && node node_modules/next/dist/bin/next start -p ${NEWSROOM_PORT}`,
      url: `${NEWSROOM_URL}/`,
      env: { SITE_URL: NEWSROOM_URL, CONTENT_DIR: NEWSROOM_DIR },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node_modules/.bin/tsx scripts/tier.ts',
      url: `${NEWSROOM_TIER_URL}/`,
      env: { TIER_PORT: String(NEWSROOM_TIER_PORT), APP_URL: `http://127.0.0.1:${NEWSROOM_PORT}` },
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      // The admission spec's newsroom: the bundled data, one render at a time (e2e/lib/servers.ts).
      command: `node node_modules/next/dist/bin/next start -p ${ADMISSION_PORT}`,
      url: `${ADMISSION_URL}/robots.txt`,
      env: { SITE_URL: ADMISSION_URL, CONTENT_DIR: 'data', CONTENT_WATCH: '0', STATE_DIR: `${SITE_STATE_DIR}-admission`, ...ADMISSION_LIMITS },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
