// `npm run bench`: req/s, p50 and p99 for each page type in three set-ups, in the same run
// (and the live check of a live page through the tier, with its hit ratio):
//   app     — `next start` alone (the production build, started here on a free port unless
//             BENCH_APP_URL names a running one);
//   tier    — the same app behind the nginx cache tier (deploy/nginx/tier.conf);
//   static  — nginx sending the very gzipped bytes the app sent, as a file (gzip_static): the ceiling.
// Then, on a second app with no page cache (PAGE_CACHE_MB=0), uncached renders per second of the
// desktop and the mobile frame for the same page kinds (bench/lib/renders.ts; goal: desktop ≥ 0.6 ×
// mobile). Requests carry a browser's Accept-Encoding. Any answer outside 2xx (or a connection error)
// makes the run INVALID. `-- --cached` or `-- --renders` runs one half only; `-- --live` only the
// live check through the tier. The load average is
// printed at the start and the end: the machine may be shared. Per page and set-up: BENCH_SECONDS (default 10) split into BENCH_ROUNDS
// (default 4) interleaved rounds, BENCH_CONNECTIONS (default 32). BENCH_TIER_CONF replaces
// deploy/nginx/tier.conf (to compare variants). Everything started here is stopped by its PID.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cpuMs, freePort, startApp, type RunningApp } from './lib/app';
import { BROWSER_HEADERS, load, type LoadResult } from './lib/load';
import { compareRenders, renderKinds } from './lib/renders';
import { startNginx, tierSite, waitForHttp, type RunningNginx } from '../scripts/lib/nginx';
import { config, SETTINGS } from '../lib/config';

const SECONDS = config.benchSeconds ?? 10;
const CONNECTIONS = config.benchConnections ?? 32;
const ROUNDS = config.benchRounds;
const WARM_SECONDS = 2;
/** Desktop uncached renders per second against mobile ones, for the same page kind (issue 22). */
const RENDER_GOAL = 0.6;
const SEED = '/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html';
const PAGES: { name: string; path: string; cached: boolean }[] = [
  { name: 'home', path: '/', cached: true },
  { name: 'section', path: '/thoi-su', cached: true },
  { name: 'article', path: SEED, cached: true },
  { name: 'mobile article', path: `/m${SEED}`, cached: true },
  { name: 'search', path: '/tim-kiem?q=ha+noi', cached: false }, // private: renders per request, never cached
];
// static first, so each other set-up's ratio to it is known when its line is printed
const SETUPS = ['static', 'app', 'tier'] as const;
type Setup = (typeof SETUPS)[number];

/** Rounds of one set-up as one figure: all requests over all time; the median p50, the worst p99. */
function combine(rounds: LoadResult[]): LoadResult {
  const sum = (pick: (r: LoadResult) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  const p50s = rounds.map((r) => r.p50).sort((a, b) => a - b);
  return {
    rps: sum((r) => r.rps) / rounds.length,
    p50: p50s[Math.floor((p50s.length - 1) / 2)] ?? 0,
    p99: Math.max(...rounds.map((r) => r.p99)),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    bytesPerResponse: sum((r) => r.bytesPerResponse) / rounds.length,
  };
}

/** One GET without decompression: the bytes exactly as sent. */
function getRaw(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: BROWSER_HEADERS }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** The static copy: page i's gzipped bytes in `p{i}.gz`, readable by nginx's workers. */
function staticSite(root: string, port: number) {
  return () => `
server {
    listen ${port} reuseport;
    access_log off;
    server_tokens off;
    root ${root};
    open_file_cache max=1000 inactive=60s;
    default_type "text/html; charset=utf-8";
    gzip_static on;
    gzip_vary on;
}
`;
}

interface Started {
  app?: RunningApp;
  tier?: RunningNginx;
  static?: RunningNginx;
  folder?: string;
}

/** App alone, through the tier, nginx static: req/s of cached pages. Returns the count of invalid runs. */
async function cachedPages(started: Started): Promise<number> {
  const app = (started.app = await startApp());
  const appHost = new URL(app.url).host;
  const tierPort = await freePort();
  started.tier = startNginx('bench-tier', (scratch) => tierSite({ listen: String(tierPort), appHosts: [appHost], cacheDir: path.join(scratch, 'cache'), template: config.benchTierConf }), 'pipe');

  // The static copy: each page fetched once from the app, stored as sent (gzipped).
  const folder = (started.folder = mkdtempSync(path.join(os.tmpdir(), 'tin-thu-do-bench-static-')));
  chmodSync(folder, 0o755);
  for (const [i, page] of PAGES.entries()) {
    await getRaw(app.url + page.path); // render once (ISR)
    const sent = await getRaw(app.url + page.path);
    if (sent.status !== 200 || sent.headers['content-encoding'] !== 'gzip') {
      throw new Error(`${page.path}: the app answered ${sent.status}, Content-Encoding ${sent.headers['content-encoding'] ?? 'none'}; expected 200 gzip`);
    }
    writeFileSync(path.join(folder, `p${i}.gz`), sent.body, { mode: 0o644 });
  }
  const staticPort = await freePort();
  started.static = startNginx('bench-static', staticSite(folder, staticPort), 'pipe');
  const origins: Record<Setup, string> = { app: app.url, tier: `http://127.0.0.1:${tierPort}`, static: `http://127.0.0.1:${staticPort}` };
  await Promise.all([waitForHttp(`${origins.tier}/`), waitForHttp(`${origins.static}/p0`)]);
  // CPU per request of the server under test (nginx: master and workers) is steadier than req/s
  // when neighbours share the cores; the load generator's own CPU is not counted.
  const pids: Record<Setup, number | undefined> = { static: started.static.pid, app: app.pid, tier: started.tier.pid };
  const url = (setup: Setup, i: number) => (setup === 'static' ? `${origins.static}/p${i}` : `${origins[setup]}${PAGES[i]!.path}`);

  console.log(`${SECONDS} s per page and set-up in ${ROUNDS} interleaved rounds, ${CONNECTIONS} connections, autocannon, Accept-Encoding: ${BROWSER_HEADERS['accept-encoding']}`);
  console.log(`app ${app.url}${app.pid ? ` (pid ${app.pid})` : ''}\n`);
  console.log(`${'page'.padEnd(15)} ${'set-up'.padEnd(7)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'B/resp'.padStart(7)} ${'non-2xx'.padStart(7)} ${'errors'.padStart(6)} ${'CPU µs'.padStart(6)}  ×static  cache`);

  let invalid = 0;
  const goal: string[] = [];
  for (const [i, page] of PAGES.entries()) {
    for (const setup of SETUPS) await load({ url: url(setup, i), seconds: WARM_SECONDS, connections: CONNECTIONS });
    const probe = await getRaw(url('tier', i));
    // Interleaved rounds, so a neighbour's burst on this shared machine hits every set-up alike.
    const rounds = Object.fromEntries(SETUPS.map((setup) => [setup, [] as LoadResult[]])) as Record<Setup, LoadResult[]>;
    const cpu = { static: 0, app: 0, tier: 0 } as Record<Setup, number>;
    for (let round = 0; round < ROUNDS; round++) {
      for (const setup of SETUPS) {
        const before = await cpuMs(pids[setup]);
        const r = await load({ url: url(setup, i), seconds: SECONDS / ROUNDS, connections: CONNECTIONS });
        cpu[setup] += ((await cpuMs(pids[setup])) ?? NaN) - (before ?? NaN);
        rounds[setup].push(r);
      }
    }
    const results = Object.fromEntries(SETUPS.map((setup) => [setup, combine(rounds[setup])])) as Record<Setup, LoadResult>;
    for (const setup of SETUPS) {
      const r = results[setup];
      const bad = r.non2xx > 0 || r.errors > 0;
      if (bad) invalid++;
      const served = r.rps * (SECONDS / ROUNDS) * ROUNDS;
      const cpuPerRequest = Number.isFinite(cpu[setup]) ? ((cpu[setup] * 1000) / served).toFixed(0) : '-';
      const cache = setup === 'tier' ? String(probe.headers['x-cache-status'] ?? '-') : '';
      console.log(
        `${page.name.padEnd(15)} ${setup.padEnd(7)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ${r.bytesPerResponse.toFixed(0).padStart(7)} ${String(r.non2xx).padStart(7)} ${String(r.errors).padStart(6)} ${cpuPerRequest.padStart(6)}  ${(r.rps / results.static.rps).toFixed(2).padStart(7)}  ${cache}${bad ? '  INVALID' : ''}`,
      );
    }
    if (page.cached && results.tier.rps < 0.9 * results.static.rps) goal.push(`${page.name} ${(results.tier.rps / results.static.rps).toFixed(2)}`);
  }
  console.log(`\nGoal ≥ 0.90 × static through the tier for cached pages: ${goal.length ? `missed for ${goal.join(', ')}` : 'met'}.`);
  await assemblyTimes(app.url);
  return invalid + (await liveCheck(app, origins.tier));
}

/** `--live`: the app and the tier only, and the live check through it. */
async function liveOnly(started: Started): Promise<number> {
  const app = (started.app = await startApp());
  const tierPort = await freePort();
  started.tier = startNginx('bench-tier', (scratch) => tierSite({ listen: String(tierPort), appHosts: [new URL(app.url).host], cacheDir: path.join(scratch, 'cache'), template: config.benchTierConf }), 'pipe');
  const tier = `http://127.0.0.1:${tierPort}`;
  await waitForHttp(`${tier}/`);
  return liveCheck(app, tier);
}

/** The live article whose page-1 readers poll the live check (issue 24, decision 025). */
const LIVE_ARTICLE = '/truc-tiep-bao-so-15-do-bo-dat-lien-ha-noi-mua-lon-nhieu-tuyen-pho-ngap-sau-1080.html';

/** The app's count of live checks it answered (tin_answers_total{kind="live-check"}, every status). */
async function liveChecksAnswered(appUrl: string): Promise<number> {
  const text = await (await fetch(`${appUrl}/metrics`)).text();
  return [...text.matchAll(/^tin_answers_total\{[^}]*kind="live-check"[^}]*\} (\d+)/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/**
 * The live check through the tier: every reader of a live page asks the same URL every 15 s, so
 * the tier should answer all but about one request per 5 s from its cache. req/s of the URL the
 * page names (its newest update), and the hit ratio: 1 − (requests the app answered ÷ requests
 * the tier answered), from the app's own count. Returns 1 when a run was invalid.
 */
async function liveCheck(app: RunningApp, tier: string): Promise<number> {
  const page = (await getRaw(app.url + LIVE_ARTICLE)).body;
  const html = gunzipSync(page).toString();
  const check = /data-live-check="([^"]+)"/.exec(html)?.[1];
  if (!check) throw new Error(`${LIVE_ARTICLE}: no data-live-check on its page 1`);
  await load({ url: tier + check, seconds: WARM_SECONDS, connections: CONNECTIONS });
  const before = await liveChecksAnswered(app.url);
  const r = await load({ url: tier + check, seconds: SECONDS, connections: CONNECTIONS, headers: { accept: 'application/json' } });
  const upstream = (await liveChecksAnswered(app.url)) - before;
  const served = Math.round(r.rps * SECONDS);
  const bad = r.non2xx > 0 || r.errors > 0;
  console.log(
    `\nLive check through the tier (${check}, ${SECONDS} s, ${CONNECTIONS} connections): ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.bytesPerResponse.toFixed(0)} B/resp; ` +
      `${served} answered, ${upstream} reached the app (${(upstream / SECONDS).toFixed(2)}/s): hit ratio ${(1 - upstream / Math.max(1, served)).toFixed(5)}${bad ? '  INVALID' : ''}`,
  );
  return bad ? 1 : 0;
}

/**
 * What the app spends on a cached page after the cache hands it over, from its Server-Timing
 * header (pipeline/respond.ts): the location and page lookups in the page cache and the
 * per-request parts, mean of 200 sequential requests each. The rest of a cached answer's cost
 * (the proxy, Next's routing, gzip) is the CPU per request above less these.
 */
async function assemblyTimes(appUrl: string) {
  const rows: string[] = [];
  for (const page of PAGES.filter((p) => p.cached)) {
    const sums = new Map<string, number>();
    const n = 200;
    for (let i = 0; i < n; i++) {
      const timing = (await getRaw(appUrl + page.path)).headers['server-timing'];
      for (const [, name, ms] of String(timing ?? '').matchAll(/(\w+);dur=([\d.]+)/g)) sums.set(name!, (sums.get(name!) ?? 0) + Number(ms) / n);
    }
    if (sums.size === 0) return; // an app without the per-request pipeline (before decision 021)
    const total = [...sums.values()].reduce((a, b) => a + b, 0);
    rows.push(`${page.name.padEnd(15)} ${[...sums].map(([name, ms]) => `${name} ${ms.toFixed(3)}`).join(', ')}; in all ${total.toFixed(3)} ms`);
  }
  console.log(`\nPer-request assembly of a cached page (Server-Timing, mean of 200 sequential requests, ms):\n${rows.join('\n')}`);
}

async function main() {
  const started: Started = {};
  const stopAll = async () => {
    await Promise.all([started.tier?.stop(), started.static?.stop(), started.app?.stop()]);
    if (started.folder) rmSync(started.folder, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll().then(() => process.exit(130)));

  const only = process.argv.slice(2).find((a) => a === '--cached' || a === '--renders' || a === '--live');
  const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(', ');
  console.log(`${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}; load average ${loadAverage()}\n`);
  try {
    let invalid = 0;
    if (only === '--live') {
      invalid += await liveOnly(started);
      await stopAll();
      console.log(`\nLoad average at the end: ${loadAverage()}.`);
      process.exit(invalid ? 1 : 0);
    }
    if (only !== '--renders') {
      invalid += await cachedPages(started);
      await stopAll();
      Object.assign(started, { app: undefined, tier: undefined, static: undefined, folder: undefined });
    }
    if (only === '--cached') {
      // the renders comparison was not asked for
    } else if (SETTINGS.appUrls.given) {
      console.log('\nUncached renders: not measured (APP_URLS names a running app, whose page cache this script cannot turn off).');
    } else {
      const uncached = (started.app = await startApp({ env: { PAGE_CACHE_MB: '0' } }));
      const renders = await compareRenders(uncached.url, uncached.pid, await renderKinds(uncached.url), { seconds: SECONDS, rounds: ROUNDS, goal: RENDER_GOAL });
      if (renders.bad > 0) invalid++;
      console.log(`\nGoal: desktop ≥ ${RENDER_GOAL.toFixed(2)} × mobile uncached renders/s: ${renders.missed.length ? `missed for ${renders.missed.join(', ')}` : 'met'}.`);
      await stopAll();
    }
    console.log(`\nLoad average at the end: ${loadAverage()}.`);
    if (invalid) console.log(`INVALID: ${invalid} run(s) had answers outside 2xx or connection errors; their figures do not count.`);
    process.exit(invalid ? 1 : 0);
  } catch (error) {
    console.error(`Benchmark failed: ${(error as Error).message}`);
    await stopAll();
    process.exit(1);
  }
}

void main();
