// `npm run budget [-- <base URL>]`: prints each mobile page type's size (HTML with inline CSS,
// gzipped) and <script> count against the budgets (≤ 14 KB gzipped for the article, zero scripts).
// Needs a running server (npm start); it measures, it does not judge: read the numbers.
import { gzipSync } from 'node:zlib';

const base = (process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
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
];

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
    const budget = name.startsWith('article') ? (gz <= ARTICLE_BUDGET ? 'ok' : 'OVER') : '';
    if (budget === 'OVER' || scripts > 0 || csp === 'MISSING') over++;
    console.log(name.padEnd(16), String(res.status).padEnd(6), String(html.length).padStart(8), String(gz).padStart(8), String(scripts).padStart(7), csp.padStart(14), ` ${budget}`);
  }
  console.log(`\nArticle budget: ${ARTICLE_BUDGET} B gzipped (HTML + inline CSS, one round trip). Pages over a budget: ${over}.`);
}

main().catch((error) => {
  console.error(`Cannot measure ${base}: ${(error as Error).message}. Start the server first (npm start).`);
  process.exit(1);
});
