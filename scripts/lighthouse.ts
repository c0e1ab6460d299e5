// `npm run lighthouse [-- <base URL>]`: Lighthouse accessibility and best-practices scores for home
// and the seed article, desktop and mobile (a phone User-Agent, so the proxy sends it to /m), with
// Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Prints every audit that fails, scored
// or not, and exits 1 when one does. Needs a running server (npm start). Not part of npm test:
// Lighthouse is slow and its runs on a shared machine are noisy; the HTML check and axe are the tests.
import * as chromeLauncher from 'chrome-launcher';

const base = (process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const PAGES: [string, string][] = [
  ['home', '/'],
  ['article (seed)', '/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html'],
];
const CATEGORIES = ['accessibility', 'best-practices'] as const;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
}

async function main() {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  let below = 0;
  let failedUnscored = 0;
  try {
    console.log(`Lighthouse at ${base}\n`);
    console.log('page'.padEnd(16), 'device '.padEnd(8), ...CATEGORIES.map((c) => c.padStart(15)), ' final URL');
    for (const [name, path] of PAGES) {
      for (const device of ['desktop', 'mobile'] as const) {
        const result = await lighthouse(
          base + path,
          { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
          device === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`no result for ${path}`);
        const { categories, audits, finalDisplayedUrl } = result.lhr;
        const scores = CATEGORIES.map((c) => categories[c]?.score ?? 0);
        console.log(name.padEnd(16), device.padEnd(8), ...scores.map((s) => s.toFixed(2).padStart(15)), ` ${finalDisplayedUrl.replace(base, '')}`);
        for (const category of CATEGORIES) {
          for (const ref of categories[category]?.auditRefs ?? []) {
            const audit = audits[ref.id] as Audit | undefined;
            // Unscored audits count too (label-content-name-mismatch weighs 0 but is what speech input needs).
            if (audit && audit.score !== null && audit.score < 1 && ['binary', 'numeric'].includes(audit.scoreDisplayMode)) {
              console.log(`    ${category}: ${audit.id} — ${audit.title}${ref.weight > 0 ? '' : ' (not scored)'}`);
              if (ref.weight === 0) failedUnscored++;
            }
          }
        }
        below += scores.filter((s) => s < 1).length;
      }
    }
  } finally {
    chrome.kill();
  }
  console.log(`\nScores under 1.00: ${below}. Unscored audits that fail: ${failedUnscored}.`);
  if (below + failedUnscored > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`Cannot run Lighthouse on ${base}: ${(error as Error).message}. Start the server first (npm start).`);
  process.exit(1);
});
