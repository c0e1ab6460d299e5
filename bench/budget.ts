// `npm run budget [-- <base URL>]`: prints each mobile page type's size (HTML with inline CSS,
// gzipped) and <script> count against the budgets (≤ 14 KB gzipped for the article, zero scripts),
// each desktop page type's HTML size and the scripts it loads (gzipped, against DESKTOP_SCRIPT_BUDGET),
// then what a reader downloads in Chromium (e2e/lib/page-weight.ts: a Pixel 7 on the mobile pages,
// a desktop on the desktop pages, scrolled to the end), by type. Exits 1 when a page is over.
// Needs a running server (npm start). e2e/page-weight.spec.ts checks the same budgets in npm test.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BUDGETS, CHROMIUM_LAUNCH, DESKTOP_SCRIPT_BUDGET, formatWeight, measure, overBudget } from '../e2e/lib/page-weight';
import { config } from '../lib/config';

const base = (process.argv[2] ?? config.appUrls[0] ?? '').replace(/\/$/, '');
const ARTICLE_BUDGET = 14 * 1024;
const pages: [string, string][] = [
  ['home', '/m'],
  ['category', '/m/thoi-su'],
  ['category p2', '/m/thoi-su?page=2'],
  ['article (seed)', '/m/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html'],
  ['tag', '/m/chu-de/ha-noi'],
  ['author', '/m/tac-gia/tu-linh'],
  ['search', '/m/tim-kiem?q=ha+noi'],
  ['404', '/m/khong-co-trang-nay'],
  ['English home', '/en/m'],
  ['live (20 upd.)', '/m/truc-tiep-bao-so-15-do-bo-dat-lien-ha-noi-mua-lon-nhieu-tuyen-pho-ngap-sau-1080.html'],
];
const LIVE_BUDGET = 30 * 1024;

async function main() {
  console.log(`Mobile budgets at ${base}\n`);
  console.log('page'.padEnd(16), 'status', 'html B'.padStart(8), 'gzip B'.padStart(8), 'scripts', 'CSP script-src', ' budget');
  let over = 0;
  for (const [name, path] of pages) {
    const res = await fetch(base + path, { redirect: 'manual' });
    const html = await res.text();
    const gz = gzipSync(html, { level: 6 }).length;
    const scripts = (html.match(/<script\b(?![^>]*type="application\/ld\+json")/gi) ?? []).length;
    const csp = /script-src 'none'/.test(res.headers.get('content-security-policy') ?? '') ? "'none'" : 'MISSING';
    const limit = name.startsWith('article') ? ARTICLE_BUDGET : name.startsWith('live') ? LIVE_BUDGET : undefined;
    const budget = limit === undefined ? '' : gz <= limit ? 'ok' : 'OVER';
    if (budget === 'OVER' || scripts > 0 || csp === 'MISSING') over++;
    console.log(name.padEnd(16), String(res.status).padEnd(6), String(html.length).padStart(8), String(gz).padStart(8), String(scripts).padStart(7), csp.padStart(14), ` ${budget}`);
  }
  console.log(`\nArticle budget: ${ARTICLE_BUDGET} B gzipped (HTML + inline CSS, one round trip); a live page of 20 updates: ${LIVE_BUDGET} B. Pages over a budget: ${over}.`);
  over += await desktop();
  over += await transfer();
  if (over > 0) process.exitCode = 1;
}

const desktopPages: [string, string][] = [
  ['home', '/'],
  ['category', '/thoi-su'],
  ['article (seed)', '/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html'],
  ['article, YouTube', '/lang-gom-bat-trang-tat-bat-vao-mua-hang-tet-1072.html'],
  ['tag', '/chu-de/ha-noi'],
  ['author', '/tac-gia/tu-linh'],
  ['search', '/tim-kiem?q=ha+noi'],
  ['404', '/khong-co-trang-nay'],
  ['English home', '/en'],
  ['live, page 1', '/truc-tiep-bao-so-15-do-bo-dat-lien-ha-noi-mua-lon-nhieu-tuyen-pho-ngap-sau-1080.html'],
];

/** Desktop HTML sizes and the scripts each page loads (external files fetched and gzipped, inline ones counted as they are); returns the pages over the script budget. */
async function desktop(): Promise<number> {
  console.log(`\nDesktop pages at ${base}\n`);
  console.log('page'.padEnd(18), 'status', 'html B'.padStart(8), 'gzip B'.padStart(8), 'scripts', 'script B gz'.padStart(12), ' budget');
  let over = 0;
  const scriptBytes = new Map<string, number>();
  for (const [name, path] of desktopPages) {
    const res = await fetch(base + path, { redirect: 'manual' });
    const html = await res.text();
    const gz = gzipSync(html, { level: 6 }).length;
    const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes ?? ''));
    let bytes = 0;
    for (const [, attributes, inline] of tags) {
      const src = /\bsrc="([^"]+)"/.exec(attributes ?? '')?.[1];
      if (!src) {
        bytes += gzipSync(inline ?? '', { level: 6 }).length;
        continue;
      }
      const url = new URL(src.replace(/&amp;/g, '&'), base + path).href;
      if (!scriptBytes.has(url)) scriptBytes.set(url, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer()), { level: 6 }).length);
      bytes += scriptBytes.get(url) ?? 0;
    }
    const ok = bytes <= DESKTOP_SCRIPT_BUDGET;
    if (!ok) over++;
    console.log(name.padEnd(18), String(res.status).padEnd(6), String(html.length).padStart(8), String(gz).padStart(8), String(tags.length).padStart(7), String(bytes).padStart(12), ` ${ok ? 'ok' : 'OVER'}`);
  }
  console.log(`\nScript budget: ${DESKTOP_SCRIPT_BUDGET} B gzipped per desktop page. Pages over it: ${over}.`);
  return over;
}

/** Total transfer per page in Chromium against BUDGETS; returns how many pages are over. */
async function transfer(): Promise<number> {
  console.log(`\nTransfer in Chromium (headers + encoded bodies, empty cache, scrolled to the end)\n`);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  let over = 0;
  try {
    for (const budget of BUDGETS) {
      const weight = await measure(browser, base, budget);
      const problems = overBudget(budget, weight);
      if (problems.length > 0) over++;
      console.log(formatWeight(budget, weight), problems.length > 0 ? ` OVER: ${problems.join('; ')}` : ' ok');
    }
  } finally {
    await browser.close();
  }
  return over;
}

main().catch((error) => {
  console.error(`Cannot measure ${base}: ${(error as Error).message}. Start the server first (npm start).`);
  process.exit(1);
});
