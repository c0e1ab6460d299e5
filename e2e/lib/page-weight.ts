// What a reader downloads: total transfer of a page in Chromium, by type, scrolled to the end so
// that lazy photos load. Used by `npm run budget` (its own browser) and by e2e/page-weight.spec.ts
// (the e2e browser), so the figure checked in `npm test` is the one printed by the script.
import { devices, type Browser, type BrowserContextOptions } from '@playwright/test';
import { config } from '../../lib/config';

export type Kind = 'document' | 'images' | 'fonts' | 'scripts' | 'styles' | 'other';
export const KINDS: Kind[] = ['document', 'images', 'fonts', 'scripts', 'styles', 'other'];

export interface Budget {
  name: string;
  path: string;
  device: 'phone' | 'desktop';
  /** Bytes over the network (headers + encoded body), all types together. */
  total: number;
  /** Per-type limits, where a page has one. */
  limits?: Partial<Record<Kind, number>>;
}

const KB = 1024;
export const SEED_ARTICLE = 'ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html';
/** The sample live article (issue 24): 45 updates, page 1 shows 20 with the key events and the pinned one. */
export const LIVE_ARTICLE = 'truc-tiep-bao-so-15-do-bo-dat-lien-ha-noi-mua-lon-nhieu-tuyen-pho-ngap-sau-1080.html';
/** A live page of 20 updates on the mobile site (issue 24): its HTML, gzipped, with its headers. */
export const LIVE_DOCUMENT_BUDGET = 30 * KB;

/** Scripts a desktop page may load, gzipped, all together (issue 22): one small static script, no framework. */
export const DESKTOP_SCRIPT_BUDGET = 10 * KB;

/** The budgets from issues 13 and 22; the README lists them with the measured figures. */
export const BUDGETS: Budget[] = [
  { name: 'mobile seed article', path: `/m/${SEED_ARTICLE}`, device: 'phone', total: 90 * KB },
  { name: 'mobile home', path: '/m', device: 'phone', total: 60 * KB },
  // Photos load as the reader scrolls; the total is theirs, the target is the HTML and no script.
  { name: 'mobile live page', path: `/m/${LIVE_ARTICLE}`, device: 'phone', total: 400 * KB, limits: { document: LIVE_DOCUMENT_BUDGET, scripts: 0 } },
  { name: 'desktop seed article', path: `/${SEED_ARTICLE}`, device: 'desktop', total: 200 * KB, limits: { fonts: 90 * KB, scripts: DESKTOP_SCRIPT_BUDGET } },
  { name: 'desktop home', path: '/', device: 'desktop', total: 200 * KB, limits: { scripts: DESKTOP_SCRIPT_BUDGET } },
];

/** Pixel 7 (412 px wide, DPR 2.625) for the mobile site, Desktop Chrome (1280 px, DPR 1) for the desktop site. */
export function contextOptions(device: Budget['device']): BrowserContextOptions {
  const options: BrowserContextOptions & { defaultBrowserType?: string } = { ...devices[device === 'phone' ? 'Pixel 7' : 'Desktop Chrome'] };
  delete options.defaultBrowserType;
  return options;
}

export interface Weight {
  total: number;
  byType: Record<Kind, number>;
  requests: number;
  /** Largest Contentful Paint in ms, as Chromium reports it (no throttling: compare, don't quote). */
  lcp: number | undefined;
}

const SCROLL_TO_END = `(async () => {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) { scrollTo(0, y); await pause(); }
  scrollTo(0, document.documentElement.scrollHeight);
  await pause();
})()`;

const LARGEST_PAINT = `new Promise((resolve) => {
  new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(() => resolve(undefined), 1000);
})`;

const TYPE_OF: Record<string, Kind> = {
  Document: 'document',
  Image: 'images',
  Font: 'fonts',
  Script: 'scripts',
  Stylesheet: 'styles',
};

/** Loads base+path in a fresh context (empty cache), scrolls to the end, and sums what came over the network. */
export async function measure(browser: Browser, base: string, budget: Budget): Promise<Weight> {
  const context = await browser.newContext(contextOptions(budget.device));
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const kinds = new Map<string, Kind>();
    const byType = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', (e) => kinds.set(e.requestId, TYPE_OF[e.type ?? ''] ?? 'other'));
    cdp.on('Network.loadingFinished', (e) => {
      byType[kinds.get(e.requestId) ?? 'other'] += e.encodedDataLength;
      requests++;
    });
    await cdp.send('Network.enable');
    await page.goto(base + budget.path, { waitUntil: 'load' });
    // Strings, not functions: tsx's name helpers do not exist in the page.
    await page.evaluate(SCROLL_TO_END);
    await page.waitForLoadState('networkidle');
    const lcp = (await page.evaluate(LARGEST_PAINT)) as number | undefined;
    const total = KINDS.reduce((sum, k) => sum + byType[k], 0);
    return { total, byType, requests, lcp };
  } finally {
    await context.close();
  }
}

/** Budget lines that a weight breaks, in words ("fonts 95.1 KB > 90 KB"); empty when it fits. */
export function overBudget(budget: Budget, weight: Weight): string[] {
  const over: string[] = [];
  if (weight.total > budget.total) over.push(`total ${kb(weight.total)} > ${kb(budget.total)}`);
  for (const [kind, limit] of Object.entries(budget.limits ?? {}) as [Kind, number][]) {
    if (weight.byType[kind] > limit) over.push(`${kind} ${kb(weight.byType[kind])} > ${kb(limit)}`);
  }
  return over;
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** One table row: "mobile seed article   85.2 KB / 90.0 KB  document 9.1 KB  images 70.3 KB …". */
export function formatWeight(budget: Budget, weight: Weight): string {
  const parts = KINDS.filter((k) => weight.byType[k] > 0).map((k) => `${k} ${kb(weight.byType[k])}`);
  const lcp = weight.lcp === undefined ? '' : `  LCP ${Math.round(weight.lcp)} ms`;
  return `${budget.name.padEnd(22)} ${kb(weight.total).padStart(9)} / ${kb(budget.total).padEnd(9)} ${weight.requests} requests: ${parts.join(', ')}${lcp}`;
}

/** Debian's Chromium with the flags the e2e projects use (playwright.config.ts takes them from here). */
export const CHROMIUM_LAUNCH = {
  executablePath: config.chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
