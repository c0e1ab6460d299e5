// `npm run bench-banner`: what each way of bringing the breaking-news banner to cached pages
// costs (decision 023). Starts its own production app (`npm run build` first) on a scratch copy of
// the content folder, and nginx. Three measurements, in one run:
//   1. in-page (today, lib/breaking/delivery.ts): the banner is in the cached page and a change
//      expires every page of the edition. Cached req/s with and without a banner; then, for every
//      page the sitemaps name (desktop and mobile), the renders one change costs: a sweep of all
//      pages right after the change against a sweep of the cached ones (wall time and the app's
//      CPU), and req/s under load over all pages in the seconds after a change.
//   2. per-request insertion (the renderer's step after the page cache, issue 22 hook (b)): the
//      cost of insertBanner on each cached page's HTML, in-process, and req/s of a minimal server
//      answering cached pages from memory, gzipped per answer, with and without the insertion.
//   3. edge include (nginx SSI): nginx answering a cached page from a file with and without an
//      <!--# include --> of the banner, and the same page from a pre-compressed file (what the
//      tier serves today: stored gzip bytes, no work per answer).
// BENCH_SECONDS (default 10) per load run, BENCH_CONNECTIONS (default 32). Everything started here
// is stopped by its PID.
import { cpSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpuMs, freePort, startApp, type RunningApp } from './lib/app';
import { load } from './lib/load';
import { BANNER_SLOT, insertBanner, insertBannerBytes } from '../lib/breaking/delivery';
import { config } from '../lib/config';
import { startNginx, waitForHttp, type RunningNginx } from '../scripts/lib/nginx';
import { bannerHtml } from '../components/layout/banner-html';
import { testUi } from '../lib/i18n/test-ui';

const SECONDS = config.benchSeconds ?? 10;
const CONNECTIONS = config.benchConnections ?? 32;
const SEED = '/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html';
const SAMPLE = ['/', '/thoi-su', SEED, `/m${SEED}`];
const BANNER = { vi: { text: 'Bão số 3 đổ bộ: Hà Nội mưa lớn, nhiều tuyến phố ngập', article: 1038, until: '2099-01-01T00:00:00+07:00' }, en: { text: 'Typhoon Yagi makes landfall', article: 1065, until: '2099-01-01T00:00:00+07:00' } };
/** The banner's markup, rendered by the component the frames use. */
const BANNER_HTML = bannerHtml({ text: BANNER.vi.text, href: '/mua-lon-gio-tan-tam-nhieu-tuyen-pho-ha-noi-ngap-sau-1038.html' }, testUi('vi'));

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
  const started: { app?: RunningApp; nginx?: RunningNginx; children: ChildProcess[]; folders: string[] } = { children: [], folders: [] };
  const stopAll = async () => {
    for (const child of started.children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all([started.nginx?.stop(), started.app?.stop()]);
    for (const folder of started.folders) rmSync(folder, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll().then(() => process.exit(130)));
  try {
    const content = mkdtempSync(path.join(os.tmpdir(), 'tin-thu-do-bench-banner-'));
    started.folders.push(content);
    cpSync(config.contentDir, content, { recursive: true });
    rmSync(path.join(content, 'breaking.json'), { force: true });
    const app = (started.app = await startApp({ env: { CONTENT_DIR: content, CONTENT_STORE: 'memory' } }));
    const banner = path.join(content, 'breaking.json');
    const hasBanner = async () => (await get(`${app.url}/`)).body.includes('class="breaking"');
    console.log(`${os.cpus().length} cores, Node ${process.versions.node}, app ${app.url} (pid ${app.pid}), ${SECONDS} s per load run, ${CONNECTIONS} connections\n`);

    // 1. In-page: cached req/s with and without a banner, in interleaved rounds (neighbours share the cores).
    console.log(`1. In the page (today): cached pages, req/s without → with a banner (the banner is in the cached bytes); ${ROUNDS} interleaved rounds`);
    const without = SAMPLE.map(() => [] as number[]);
    const withBanner = SAMPLE.map(() => [] as number[]);
    let shown = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const on of [false, true]) {
        if (on) {
          writeFileSync(banner, JSON.stringify(BANNER));
          shown = await waitFor(hasBanner, 'the banner');
        } else {
          rmSync(banner, { force: true });
          await waitFor(async () => !(await hasBanner()), 'the banner gone');
        }
        for (const [i, p] of SAMPLE.entries()) {
          await load({ url: `${app.url}${p}`, seconds: 1, connections: CONNECTIONS });
          (on ? withBanner : without)[i]!.push((await load({ url: `${app.url}${p}`, seconds: SECONDS / ROUNDS, connections: CONNECTIONS })).rps);
        }
      }
    }
    for (const [i, p] of SAMPLE.entries()) console.log(`   ${p.slice(0, 40).padEnd(40)} ${fmt(mean(without[i]!)).padStart(6)} → ${fmt(mean(withBanner[i]!)).padStart(6)} req/s`);
    console.log(`   the banner was on / ${fmt(shown)} ms after breaking.json was saved\n`);

    // 1b. What one change costs: every page renders again.
    const pages = await allPages(app.url);
    await sweep(app, pages);
    const cached = await sweep(app, pages);
    rmSync(banner);
    await waitFor(async () => !(await hasBanner()), 'the banner gone');
    const after = await sweep(app, pages);
    const perRender = (after.ms - cached.ms) / Math.max(1, after.rendered);
    console.log(`   one change (banner removed): ${after.rendered} of ${pages.length} pages rendered again (sitemaps' pages, desktop and mobile; ${cached.rendered} rendered in a sweep of the warm cache)`);
    console.log(`   sweep of every page: cached ${fmt(cached.ms)} ms (${fmt(cached.cpu)} ms CPU), after the change ${fmt(after.ms)} ms (${fmt(after.cpu)} ms CPU): ${fmt(perRender, 1)} ms a render`);
    // Under load over every page, in rounds: a warm cache, then the seconds right after a change
    // (the banner put up or taken down, in turn). The app's CPU per answer is steadier than req/s
    // on a shared machine.
    const loadAll = async () => {
      const cpu = (await cpuMs(app.pid)) ?? NaN;
      const r = await load({ url: app.url, paths: pages, seconds: SECONDS / ROUNDS, connections: CONNECTIONS });
      return { ...r, cpuUs: ((((await cpuMs(app.pid)) ?? NaN) - cpu) * 1000) / (r.rps * (SECONDS / ROUNDS)) };
    };
    const warmRuns: Awaited<ReturnType<typeof loadAll>>[] = [];
    const changeRuns: Awaited<ReturnType<typeof loadAll>>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      warmRuns.push(await loadAll());
      const on = round % 2 === 0;
      if (on) writeFileSync(banner, JSON.stringify(BANNER));
      else rmSync(banner, { force: true });
      await waitFor(async () => (await hasBanner()) === on, 'the change');
      changeRuns.push(await loadAll());
    }
    const summary = (runs: typeof warmRuns) =>
      `${fmt(mean(runs.map((r) => r.rps)))} req/s, ${fmt(mean(runs.map((r) => r.cpuUs)))} µs of app CPU an answer, p99 ${Math.max(...runs.map((r) => r.p99))} ms`;
    console.log(`   load over all ${pages.length} pages, ${ROUNDS} rounds of ${fmt(SECONDS / ROUNDS, 1)} s: warm cache ${summary(warmRuns)}`);
    console.log(`   ${' '.repeat(`load over all ${pages.length} pages, ${ROUNDS} rounds of ${fmt(SECONDS / ROUNDS, 1)} s: `.length - 17)}right after a change ${summary(changeRuns)}\n`);

    // 2. Per-request insertion, in-process and through a minimal server.
    const sample = await Promise.all(pages.slice(0, 200).map(async (p) => (await get(`${app.url}${p}`)).body));
    const slotted = sample.map((html) => html.replace('<main', `${BANNER_SLOT}<main`));
    const rounds = 200;
    let t = performance.now();
    let bytes = 0;
    for (let r = 0; r < rounds; r++) for (const html of slotted) bytes += insertBanner(html, BANNER_HTML).length;
    const insertUs = ((performance.now() - t) * 1000) / (rounds * slotted.length);
    const slottedBytes = slotted.map((html) => Buffer.from(html));
    const bannerBytes = Buffer.from(BANNER_HTML);
    t = performance.now();
    for (let r = 0; r < rounds; r++) for (const page of slottedBytes) bytes += insertBannerBytes(page, bannerBytes).length;
    const insertBytesUs = ((performance.now() - t) * 1000) / (rounds * slotted.length);
    t = performance.now();
    for (let r = 0; r < rounds; r++) for (const html of slotted) bytes += gzipSync(html, { level: 6 }).length;
    const gzipUs = ((performance.now() - t) * 1000) / (rounds * slotted.length);
    console.log(
      `2. Per-request insertion (issue 22's step after the cache), mean over ${slotted.length} pages × ${rounds} (${fmt(sample.reduce((n, h) => n + h.length, 0) / sample.length / 1024, 1)} K characters of HTML each):\n` +
        `   insertBanner (string) ${fmt(insertUs, 1)} µs a page, insertBannerBytes (UTF-8) ${fmt(insertBytesUs, 1)} µs; gzip of the same page ${fmt(gzipUs, 0)} µs${bytes > 0 ? '' : ' (nothing done?)'}`,
    );
    const page = slotted[sample.findIndex((_, i) => pages[i] === SEED)] ?? slotted[0]!;
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'tin-thu-do-bench-insert-'));
    started.folders.push(scratch);
    writeFileSync(path.join(scratch, 'page.html'), page);
    writeFileSync(path.join(scratch, 'banner.html'), BANNER_HTML);
    const servers = await Promise.all(
      ['0', '1'].map(async (insert) => {
        const port = await freePort();
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'lib', 'insert-server.ts'), String(port), path.join(scratch, 'page.html'), path.join(scratch, 'banner.html')], {
          env: { ...process.env, INSERT: insert },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        started.children.push(child);
        await waitForHttp(`http://127.0.0.1:${port}/`);
        return { url: `http://127.0.0.1:${port}/`, pid: child.pid };
      }),
    );
    const runs = servers.map(() => [] as { rps: number; cpuUs: number }[]);
    for (const s of servers) await load({ url: s.url, seconds: 1, connections: CONNECTIONS });
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, s] of servers.entries()) {
        const cpu = (await cpuMs(s.pid)) ?? NaN;
        const r = await load({ url: s.url, seconds: SECONDS / ROUNDS, connections: CONNECTIONS });
        runs[i]!.push({ rps: r.rps, cpuUs: ((((await cpuMs(s.pid)) ?? NaN) - cpu) * 1000) / (r.rps * (SECONDS / ROUNDS)) });
      }
    }
    const [plain, inserted] = runs.map((r) => ({ rps: mean(r.map((x) => x.rps)), cpuUs: mean(r.map((x) => x.cpuUs)) }));
    console.log(
      `   the seed article from memory, gzip level 1 per answer (a server of its own, ${ROUNDS} interleaved rounds): ${fmt(plain!.rps)} req/s, ${fmt(plain!.cpuUs)} µs CPU an answer → with the insertion ${fmt(inserted!.rps)} req/s, ${fmt(inserted!.cpuUs)} µs\n`,
    );

    // 3. Edge include: nginx SSI.
    const edge = mkdtempSync(path.join(os.tmpdir(), 'tin-thu-do-bench-ssi-'));
    started.folders.push(edge);
    chmodSync(edge, 0o755);
    const raw = page.replace(BANNER_SLOT, '');
    writeFileSync(path.join(edge, 'plain.html'), raw, { mode: 0o644 });
    writeFileSync(path.join(edge, 'gz.html'), raw, { mode: 0o644 });
    writeFileSync(path.join(edge, 'gz.html.gz'), gzipSync(raw, { level: 9 }), { mode: 0o644 });
    writeFileSync(path.join(edge, 'ssi.html'), page.replace(BANNER_SLOT, '<!--# include virtual="/_banner.html" -->'), { mode: 0o644 });
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
