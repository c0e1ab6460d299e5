// `npm run soak`: 100 connections for 2 minutes over mixed pages (every page in the sitemaps,
// their mobile twins, searches) against the app alone, with the app's resident memory (VmRSS of
// the next-server process) after a warm-up, every 15 s, and at the end. Any answer outside 2xx
// or any connection error fails the soak (exit 1). SOAK_SECONDS, SOAK_WARM_SECONDS and
// SOAK_CONNECTIONS change the defaults (120, 30, 100). The app is started here on a free port
// (the production build) unless BENCH_APP_URL names one; then memory is not read.
import { residentMb, startApp } from './lib/app';
import { load } from './lib/load';
import { config } from '../lib/config';

const SECONDS = config.soakSeconds;
const WARM_SECONDS = config.soakWarmSeconds;
const CONNECTIONS = config.soakConnections;
const SEARCHES = ['/tim-kiem?q=ha+noi', '/tim-kiem?q=giao+thong', '/en/search?q=hanoi', '/m/tim-kiem?q=tet'];

/** Every URL the sitemaps list (paths only), plus mobile twins of the Vietnamese ones. */
async function mixedPaths(base: string): Promise<string[]> {
  const locs = async (url: string) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    return [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname + new URL(m[1]!).search);
  };
  const sitemaps = await locs(`${base}/sitemap.xml`);
  const pages = [...new Set((await Promise.all(sitemaps.map((s) => locs(base + s)))).flat())];
  const mobile = pages.filter((p) => !p.startsWith('/en')).map((p) => (p === '/' ? '/m' : `/m${p}`));
  return [...pages, ...mobile, ...SEARCHES];
}

async function main() {
  const app = await startApp();
  let failed = false;
  try {
    const paths = await mixedPaths(app.url);
    const rss = async () => {
      const mb = await residentMb(app.pid);
      return mb === undefined ? 'n/a' : `${mb.toFixed(0)} MB`;
    };
    console.log(`Soak: ${CONNECTIONS} connections over ${paths.length} pages, ${WARM_SECONDS} s warm-up then ${SECONDS} s, app ${app.url}${app.pid ? ` (pid ${app.pid})` : ''}`);
    console.log(`resident at start: ${await rss()}`);
    const warm = await load({ url: app.url, seconds: WARM_SECONDS, connections: CONNECTIONS, paths });
    const afterWarm = await residentMb(app.pid);
    console.log(`resident after warm-up: ${await rss()} (warm-up: ${warm.rps.toFixed(0)} req/s, non-2xx ${warm.non2xx}, errors ${warm.errors})`);

    const started = Date.now();
    const timer = setInterval(async () => console.log(`  ${Math.round((Date.now() - started) / 1000)} s: resident ${await rss()}`), 15_000);
    const run = await load({ url: app.url, seconds: SECONDS, connections: CONNECTIONS, paths });
    clearInterval(timer);
    const atEnd = await residentMb(app.pid);
    const growth = afterWarm && atEnd ? ` (${(((atEnd - afterWarm) / afterWarm) * 100).toFixed(1)} % since warm-up)` : '';
    console.log(`resident at the end: ${await rss()}${growth}`);
    console.log(`${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, non-2xx ${run.non2xx + warm.non2xx}, errors ${run.errors + warm.errors}`);
    failed = run.non2xx + run.errors + warm.non2xx + warm.errors > 0;
    if (failed) console.log('FAILED: answers outside 2xx or connection errors.');
  } finally {
    await app.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`Soak failed: ${(error as Error).message}`);
  process.exit(1);
});
