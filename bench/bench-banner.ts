// `npm run bench-banner`: what the breaking-news banner costs, the way it is delivered and the ways
// it is not (decision 023). Starts its own production app (`npm run build` first) on a scratch copy
// of the content folder, and nginx. Three measurements, in one run:
//   1. per-request insertion (what the app does, pipeline/per-request.ts): cached pages' req/s and
//      the app's CPU per answer without and with a banner, and how long after breaking.json is
//      saved or removed the pages say so.
//   2. expiring every page instead (the banner drawn into cached pages): for every page the
//      sitemaps name (desktop and mobile), the renders one change would cost — a sweep of all pages
//      right after every page is expired (the `site` tag, through the revalidation route) against a
//      sweep of the cached ones — and the app's CPU per answer under load in the seconds after.
//   3. edge include (nginx SSI): nginx answering a cached page from a file with and without an
//      <!--# include --> of the banner, and the same page from a pre-compressed file (what the
//      tier serves: stored gzip bytes, no work per answer).
// BENCH_SECONDS (default 10) per load run, BENCH_CONNECTIONS (default 32). Everything started here
// is stopped by its PID.
import { cpSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpuMs, freePort, startApp, type RunningApp } from './lib/app';
import { load } from './lib/load';
import { PER_REQUEST_MARKER } from '../components/document/PerRequestSlot';
import { config } from '../lib/config';
import { startNginx, waitForHttp, type RunningNginx } from '../scripts/lib/nginx';
import { bannerHtml } from '../components/layout/banner-html';
import { testUi } from '../lib/i18n/test-ui';

const SECONDS = config.benchSeconds ?? 10;
const CONNECTIONS = config.benchConnections ?? 32;
const SEED = '/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html';
const SAMPLE = ['/', '/thoi-su', SEED, `/m${SEED}`];
const BANNER = { vi: { text: 'Bão số 3 đổ bộ: Hà Nội mưa lớn, nhiều tuyến phố ngập', article: 1038, until: '2099-01-01T00:00:00+07:00' }, en: { text: 'Typhoon Yagi makes landfall', article: 1065, until: '2099-01-01T00:00:00+07:00' } };
/** The banner's markup, rendered by the component the request pipeline uses. */
const BANNER_HTML = bannerHtml({ text: BANNER.vi.text, href: '/mua-lon-gio-tan-tam-nhieu-tuyen-pho-ha-noi-ngap-sau-1038.html' }, testUi('vi'));
const SECRET = `bench-banner-${process.pid}`;

async function get(url: string, gzip = false): Promise<{ status: number; body: string; cache?: string }> {
  const response = await fetch(url, { headers: gzip ? { 'accept-encoding': 'gzip' } : { 'accept-encoding': 'identity' }, redirect: 'manual' });
  return { status: response.status, body: await response.text(), cache: response.headers.get('x-nextjs-cache') ?? undefined };
}

/** Every page the sitemaps name, and each one's mobile twin. */
async function allPages(app: string): Promise<string[]> {
  const locs = async (file: string) => [...(await get(`${app}${file}`)).body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const files = await locs('/sitemap.xml');
  const paths = (await Promise.all(files.filter((f) => !f.endsWith('/news.xml')).map(locs))).flat();
  const twin = (p: string) => (p === '/en' || p.startsWith('/en/') ? `/en/m${p.slice(3)}` : p === '/' ? '/m' : `/m${p}`);
  return [...new Set(paths.flatMap((p) => [p, twin(p)]))];
}

/** Each page once, in turn: wall time and the app's CPU. */
async function sweep(app: RunningApp, pages: string[]): Promise<{ ms: number; cpu: number; rendered: number }> {
  const cpu = (await cpuMs(app.pid)) ?? NaN;
  const started = performance.now();
  let rendered = 0;
  for (const p of pages) {
    const r = await get(`${app.url}${p}`, true);
    if (r.status !== 200) throw new Error(`${p} answered ${r.status}`);
    if (r.cache !== 'HIT' && r.cache !== 'STALE') rendered++;
  }
  return { ms: performance.now() - started, cpu: ((await cpuMs(app.pid)) ?? NaN) - cpu, rendered };
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > 30_000) throw new Error(`${what}: not within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return performance.now() - started;
}

const ROUNDS = 3;
const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const started: { app?: RunningApp; nginx?: RunningNginx; folders: string[] } = { folders: [] };
  const stopAll = async () => {
    await Promise.all([started.nginx?.stop(), started.app?.stop()]);
    for (const folder of started.folders) rmSync(folder, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll().then(() => process.exit(130)));
  try {
    const content = mkdtempSync(path.join(os.tmpdir(), 'tin-thu-do-bench-banner-'));
    started.folders.push(content);
    cpSync(config.contentDir, content, { recursive: true });
    rmSync(path.join(content, 'breaking.json'), { force: true });
    const app = (started.app = await startApp({ env: { CONTENT_DIR: content, CONTENT_STORE: 'memory', REVALIDATE_SECRET: SECRET } }));
    const banner = path.join(content, 'breaking.json');
    const hasBanner = async () => (await get(`${app.url}/`)).body.includes('class="breaking"');
    console.log(`${os.cpus().length} cores, Node ${process.versions.node}, app ${app.url} (pid ${app.pid}), ${SECONDS} s per load run, ${CONNECTIONS} connections\n`);

    // 1. Per request: cached req/s and CPU with and without a banner, in interleaved rounds (neighbours share the cores).
    console.log(`1. Per request (what the app does): cached pages without → with a banner; ${ROUNDS} interleaved rounds`);
    const without = SAMPLE.map(() => [] as { rps: number; cpuUs: number }[]);
    const withBanner = SAMPLE.map(() => [] as { rps: number; cpuUs: number }[]);
    const shown: number[] = [];
    const gone: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const on of [false, true]) {
        if (on) {
          writeFileSync(banner, JSON.stringify(BANNER));
          shown.push(await waitFor(hasBanner, 'the banner'));
        } else {
          rmSync(banner, { force: true });
          gone.push(await waitFor(async () => !(await hasBanner()), 'the banner gone'));
        }
        for (const [i, p] of SAMPLE.entries()) {
          await load({ url: `${app.url}${p}`, seconds: 1, connections: CONNECTIONS });
          const cpu = (await cpuMs(app.pid)) ?? NaN;
          const r = await load({ url: `${app.url}${p}`, seconds: SECONDS / ROUNDS, connections: CONNECTIONS });
          (on ? withBanner : without)[i]!.push({ rps: r.rps, cpuUs: ((((await cpuMs(app.pid)) ?? NaN) - cpu) * 1000) / (r.rps * (SECONDS / ROUNDS)) });
        }
      }
    }
    const summary = (runs: { rps: number; cpuUs: number }[]) => `${fmt(mean(runs.map((r) => r.rps))).padStart(6)} req/s ${fmt(mean(runs.map((r) => r.cpuUs))).padStart(5)} µs`;
    for (const [i, p] of SAMPLE.entries()) console.log(`   ${p.slice(0, 40).padEnd(40)} ${summary(without[i]!)} → ${summary(withBanner[i]!)}`);
    console.log(`   the banner was on every page ${fmt(mean(shown))} ms after breaking.json was saved, off ${fmt(mean(gone))} ms after it was removed (the watcher waits 0.5 s for quiet)\n`);

    // 2. What expiring every page on each change would cost instead.
    const pages = await allPages(app.url);
    await sweep(app, pages);
    const cached = await sweep(app, pages);
    const expireAll = async () => {
      const r = await fetch(`${app.url}/internal/revalidate`, { method: 'POST', headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ tags: ['site'] }) });
      if (!r.ok) throw new Error(`the revalidation route answered ${r.status}`);
    };
    await expireAll();
    const after = await sweep(app, pages);
    const perRender = (after.ms - cached.ms) / Math.max(1, after.rendered);
    console.log(`2. Expiring every page instead (the banner inside cached pages): one change renders ${after.rendered} of ${pages.length} pages again (sitemaps' pages, desktop and mobile; ${cached.rendered} rendered in a sweep of the warm cache)`);
    console.log(`   sweep of every page: cached ${fmt(cached.ms)} ms (${fmt(cached.cpu)} ms CPU), after the expiry ${fmt(after.ms)} ms (${fmt(after.cpu)} ms CPU): ${fmt(perRender, 1)} ms a render`);
    const loadAll = async () => {
      const cpu = (await cpuMs(app.pid)) ?? NaN;
      const r = await load({ url: app.url, paths: pages, seconds: SECONDS / ROUNDS, connections: CONNECTIONS });
      return { ...r, cpuUs: ((((await cpuMs(app.pid)) ?? NaN) - cpu) * 1000) / (r.rps * (SECONDS / ROUNDS)) };
    };
    const warmRuns: Awaited<ReturnType<typeof loadAll>>[] = [];
    const changeRuns: Awaited<ReturnType<typeof loadAll>>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      warmRuns.push(await loadAll());
      await expireAll();
      changeRuns.push(await loadAll());
    }
    const loadSummary = (runs: typeof warmRuns) =>
      `${fmt(mean(runs.map((r) => r.rps)))} req/s, ${fmt(mean(runs.map((r) => r.cpuUs)))} µs of app CPU an answer, p99 ${Math.max(...runs.map((r) => r.p99))} ms`;
    console.log(`   load over all ${pages.length} pages, ${ROUNDS} rounds of ${fmt(SECONDS / ROUNDS, 1)} s: warm cache ${loadSummary(warmRuns)}`);
    console.log(`   ${' '.repeat(`load over all ${pages.length} pages, ${ROUNDS} rounds of ${fmt(SECONDS / ROUNDS, 1)} s: `.length - 17)}right after expiring everything ${loadSummary(changeRuns)}\n`);

    const page = (await get(`${app.url}${SEED}`)).body.replace(/<aside class="breaking"[\s\S]*?<\/aside>/, PER_REQUEST_MARKER);
    if (!page.includes(PER_REQUEST_MARKER)) throw new Error('the seed article has no per-request slot');

    // 3. Edge include: nginx SSI.
    const edge = mkdtempSync(path.join(os.tmpdir(), 'tin-thu-do-bench-ssi-'));
    started.folders.push(edge);
    chmodSync(edge, 0o755);
    const raw = page.replace(PER_REQUEST_MARKER, '');
    writeFileSync(path.join(edge, 'plain.html'), raw, { mode: 0o644 });
    writeFileSync(path.join(edge, 'gz.html'), raw, { mode: 0o644 });
    writeFileSync(path.join(edge, 'gz.html.gz'), gzipSync(raw, { level: 9 }), { mode: 0o644 });
    writeFileSync(path.join(edge, 'ssi.html'), page.replace(PER_REQUEST_MARKER, '<!--# include virtual="/_banner.html" -->'), { mode: 0o644 });
    writeFileSync(path.join(edge, '_banner.html'), BANNER_HTML, { mode: 0o644 });
    const nginxPort = await freePort();
    started.nginx = startNginx(
      'bench-ssi',
      () => `
server {
    listen ${nginxPort} reuseport;
    access_log off;
    root ${edge};
    default_type "text/html; charset=utf-8";
    open_file_cache max=100 inactive=60s;
    location = /gz.html { gzip_static on; }
    location = /plain.html { gzip on; gzip_comp_level 1; }
    location = /ssi.html { ssi on; gzip on; gzip_comp_level 1; }
}
`,
      'pipe',
    );
    const origin = `http://127.0.0.1:${nginxPort}`;
    await waitForHttp(`${origin}/gz.html`);
    const files = ['gz.html', 'plain.html', 'ssi.html'] as const;
    const nginxRps = Object.fromEntries(files.map((f) => [f, [] as number[]])) as Record<(typeof files)[number], number[]>;
    const ssiCheck = await get(`${origin}/ssi.html`);
    if (!ssiCheck.body.includes('class="breaking"')) throw new Error('nginx did not include the banner (SSI)');
    for (const f of files) await load({ url: `${origin}/${f}`, seconds: 1, connections: CONNECTIONS });
    for (let round = 0; round < ROUNDS; round++) {
      for (const f of files) nginxRps[f].push((await load({ url: `${origin}/${f}`, seconds: SECONDS / ROUNDS, connections: CONNECTIONS })).rps);
    }
    const [pre, gz, ssi] = files.map((f) => mean(nginxRps[f]));
    console.log(`3. Edge include (nginx SSI), the seed article from a file, ${ROUNDS} interleaved rounds:`);
    console.log(`   stored gzip bytes (the tier today) ${fmt(pre!)} req/s; gzip per answer ${fmt(gz!)}; SSI include + gzip per answer ${fmt(ssi!)} (${fmt(ssi! / pre!, 2)} × stored)`);
    await stopAll();
    process.exit(0);
  } catch (error) {
    console.error(`Benchmark failed: ${(error as Error).message}`);
    await stopAll();
    process.exit(1);
  }
}

void main();
