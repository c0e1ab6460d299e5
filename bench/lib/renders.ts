// Uncached renders per second, desktop against mobile, for the same page kinds: the render path
// itself, without any cache in front. `npm run bench` runs it on an app started with
// PAGE_CACHE_MB=0 (no page cache: every request renders).
//
// Each URL gets its own connections, never shared with another URL, and every kind but search
// has several URLs: a server may fold simultaneous requests for one uncached URL into one render,
// which would count one render many times. Search is never cached nor folded, so it keeps the
// issue's measurement: 8 connections on one query.
import { gzipSync } from 'node:zlib';
import { mobilePath } from '../../lib/urls';
import { cpuMs } from './app';
import { load, type LoadResult } from './load';

export interface RenderKind {
  name: string;
  /** Desktop paths; the mobile twins are derived. */
  paths: string[];
  /** Connections on each path. */
  connectionsPerPath: number;
}

interface Measured {
  rps: number;
  cpuUsPerRequest: number;
  bad: number;
}

/** The kinds compared, with URLs read from the running site's sitemaps (8 articles, 8 sections, both editions' homes, one search). */
export async function renderKinds(appUrl: string): Promise<RenderKind[]> {
  const locs = async (path: string) => [...(await (await fetch(appUrl + path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const months = (await locs('/sitemap.xml')).filter((p) => /articles-\d{4}-\d{2}\.xml$/.test(p));
  const articles: string[] = [];
  for (const month of months.reverse()) {
    if (articles.length >= 8) break;
    articles.push(...(await locs(month)));
  }
  const pages = await locs('/sitemaps/pages.xml');
  const homes = pages.filter((p) => ['/', '/en'].includes(p));
  const sections = pages.filter((p) => !homes.includes(p) && !/\/(tac-gia|author)\//.test(p));
  const pick = (list: string[], n: number) => [...list].sort().slice(0, n);
  return [
    { name: 'home', paths: homes, connectionsPerPath: 1 },
    { name: 'section', paths: pick(sections, 8), connectionsPerPath: 1 },
    { name: 'article', paths: pick(articles, 8), connectionsPerPath: 1 },
    { name: 'search', paths: ['/tim-kiem?q=ha+noi'], connectionsPerPath: 8 },
  ];
}

async function measure(appUrl: string, pid: number | undefined, paths: string[], connections: number, seconds: number): Promise<Measured> {
  const before = await cpuMs(pid);
  const results: LoadResult[] = await Promise.all(paths.map((p) => load({ url: appUrl + p, seconds, connections })));
  const cpu = ((await cpuMs(pid)) ?? NaN) - (before ?? NaN);
  const rps = results.reduce((sum, r) => sum + r.rps, 0);
  return { rps, cpuUsPerRequest: (cpu * 1000) / (rps * seconds), bad: results.reduce((sum, r) => sum + r.non2xx + r.errors, 0) };
}

/** Gzipped bytes of one page as the server renders it (level 6, as `npm run budget`). */
async function gzipped(url: string): Promise<number> {
  return gzipSync(await (await fetch(url, { headers: { 'user-agent': 'bench' } })).text(), { level: 6 }).length;
}

/**
 * Measures every kind, desktop then mobile in interleaved rounds, prints one line per kind and
 * returns the kinds under the goal (desktop ≥ `goal` × mobile) and the count of bad answers.
 */
export async function compareRenders(appUrl: string, pid: number | undefined, kinds: RenderKind[], options: { seconds: number; rounds: number; goal: number }): Promise<{ missed: string[]; bad: number }> {
  const missed: string[] = [];
  let bad = 0;
  console.log(`\nUncached renders (an app with PAGE_CACHE_MB=0: every request renders), ${options.seconds} s per kind and frame in ${options.rounds} interleaved rounds`);
  console.log(`${'kind'.padEnd(9)} ${'URLs × conn'.padStart(11)} ${'desktop r/s'.padStart(12)} ${'CPU µs'.padStart(7)} ${'mobile r/s'.padStart(11)} ${'CPU µs'.padStart(7)} ${'ratio'.padStart(6)} ${'desktop B gz'.padStart(13)} ${'mobile B gz'.padStart(12)}`);
  for (const kind of kinds) {
    const frames = { desktop: kind.paths, mobile: kind.paths.map(mobilePath) };
    for (const paths of Object.values(frames)) await measure(appUrl, pid, paths, kind.connectionsPerPath, 1); // warm the code paths
    const sums = { desktop: { rps: 0, cpu: 0 }, mobile: { rps: 0, cpu: 0 } };
    for (let round = 0; round < options.rounds; round++) {
      for (const frame of ['desktop', 'mobile'] as const) {
        const m = await measure(appUrl, pid, frames[frame], kind.connectionsPerPath, options.seconds / options.rounds);
        sums[frame].rps += m.rps / options.rounds;
        sums[frame].cpu += m.cpuUsPerRequest / options.rounds;
        bad += m.bad;
      }
    }
    const ratio = sums.desktop.rps / sums.mobile.rps;
    if (!(ratio >= options.goal)) missed.push(`${kind.name} ${ratio.toFixed(2)}`);
    const [desktopGz, mobileGz] = await Promise.all([gzipped(appUrl + frames.desktop[0]), gzipped(appUrl + frames.mobile[0])]);
    const cpu = (us: number) => (Number.isFinite(us) ? us.toFixed(0) : '-').padStart(7);
    console.log(
      `${kind.name.padEnd(9)} ${`${kind.paths.length} × ${kind.connectionsPerPath}`.padStart(11)} ${sums.desktop.rps.toFixed(0).padStart(12)} ${cpu(sums.desktop.cpu)} ${sums.mobile.rps.toFixed(0).padStart(11)} ${cpu(sums.mobile.cpu)} ${ratio.toFixed(2).padStart(6)} ${String(desktopGz).padStart(13)} ${String(mobileGz).padStart(12)}`,
    );
  }
  return { missed, bad };
}
