// `npm run lighthouse [-- <base URL>]`: Lighthouse accessibility, best-practices and SEO scores and the
// layout shift (CLS, budget 0.002, as the Guardian's) for home, a section, the seed article and the
// articles with a gallery and videos, desktop and mobile (a phone User-Agent, so the proxy sends it to /m), with
// Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Prints every audit that fails, scored
// or not, and exits 1 when one does or a page shifts more than the budget. The performance score is
// printed for information only: times on a shared machine are noise. Needs a running server (npm start). Not part of npm test:
// Lighthouse is slow and its runs on a shared machine are noisy; the HTML check and axe are the tests.
import * as chromeLauncher from 'chrome-launcher';
import { config } from '../lib/config';

const base = (process.argv[2] ?? config.appUrls[0] ?? '').replace(/\/$/, '');
const PAGES: [string, string][] = [
  ['home', '/'],
  ['section', '/thoi-su'],
  ['article (seed)', '/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html'],
  ['gallery', '/mot-ngay-cuoi-nam-o-pho-co-ha-noi-1070.html'],
  ['video file', '/video-tau-duong-sat-do-thi-chay-thu-tren-doan-tren-cao-1071.html'],
  ['youtube', '/lang-gom-bat-trang-tat-bat-vao-mua-hang-tet-1072.html'],
];
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
/** Cumulative layout shift allowed on any page (the Guardian's lighthouserc budget). */
const CLS_BUDGET = 0.002;

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
    chromePath: config.chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  let below = 0;
  let failedUnscored = 0;
  let shifting = 0;
  try {
    console.log(`Lighthouse at ${base}\n`);
    console.log('page'.padEnd(16), 'device '.padEnd(8), ...CATEGORIES.map((c) => c.padStart(15)), 'performance'.padStart(12), 'CLS'.padStart(8), ' final URL');
    for (const [name, path] of PAGES) {
      for (const device of ['desktop', 'mobile'] as const) {
        const result = await lighthouse(
          base + path,
          { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES, 'performance'] },
          device === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`no result for ${path}`);
        const { categories, audits, finalDisplayedUrl } = result.lhr;
        const scores = CATEGORIES.map((c) => categories[c]?.score ?? 0);
        const cls = audits['cumulative-layout-shift']?.numericValue ?? Number.NaN;
        const performance = categories.performance?.score ?? 0;
        console.log(name.padEnd(16), device.padEnd(8), ...scores.map((s) => s.toFixed(2).padStart(15)), performance.toFixed(2).padStart(12), cls.toFixed(4).padStart(8), ` ${finalDisplayedUrl.replace(base, '')}`);
        if (!(cls <= CLS_BUDGET)) {
          shifting++;
          for (const item of layoutShifts(audits['layout-shifts'])) console.log(`    layout shift ${item}`);
        }
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
  console.log(`\nScores under 1.00: ${below}. Unscored audits that fail: ${failedUnscored}. Pages over the CLS budget (${CLS_BUDGET}): ${shifting}.`);
  if (below + failedUnscored + shifting > 0) process.exitCode = 1;
}

/** What moved, from the layout-shifts audit: the element and its score. */
function layoutShifts(audit: unknown): string[] {
  const items = (audit as { details?: { items?: { score?: number; node?: { selector?: string; snippet?: string } }[] } } | undefined)?.details?.items ?? [];
  return items.map((item) => `${(item.score ?? 0).toFixed(4)} ${item.node?.selector ?? ''} ${item.node?.snippet ?? ''}`.trim());
}

main().catch((error: unknown) => {
  console.error(`Cannot run Lighthouse on ${base}: ${(error as Error).message}. Start the server first (npm start).`);
  process.exit(1);
});
