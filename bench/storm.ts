// `npm run storm -- [size] [--seconds=60] [--only=name,…] [--corpus=<folder>] [--database=<url>]`:
// the traffic storm of issue 21, on this machine, against 127.0.0.1 only. It builds a corpus of
// `size` articles (default 100,000; tools/make-corpus.ts, kept in the temp folder for the next
// run), imports it into a scratch PostgreSQL database (storm_<size> on DATABASE_URL's server,
// kept too), then runs each set-up on fresh instances started as `npm start` starts them:
// uncached article URLs from the sitemaps (each asked once) at 50, 200 and 1,000 connections,
// distinct searches, on both stores, and two PostgreSQL instances behind the tier with one killed
// with SIGKILL half-way. Each load stops by itself after --seconds. Per set-up it prints req/s,
// 2xx/s, p50/p99 of the admitted answers (every status but 503) as the load saw them and the
// instance's own p99 of its 2xx pages (tin_answer_seconds), counts by status, connection
// errors, peak resident memory of every process `npm start` left running (npm excepted), whether
// the server survived and how long /readyz took to answer 200 after the storm. A path answered
// 503 is asked again later, as a crawler comes back. A benchmark, not
// a test. Needs a production build (npm run build) and PostgreSQL (DATABASE_URL).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { config } from '../lib/config';
import { syncContent } from '../lib/content/ingest/sync/sync';
import { migrate } from '../lib/content/postgres/migrate';
import { createScratchDatabase } from '../lib/content/postgres/scratch';
import { connect } from '../lib/content/postgres/store';
import { listenDirective, requireNginx, startNginx, tierSite, type RunningNginx } from '../scripts/lib/nginx';
import { freePort } from './lib/app';
import { descendants, processName, treeRssMb } from './lib/processes';
import { percentile, storm, type StormResult } from './lib/storm-load';

const ROOT = path.resolve(__dirname, '..');
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SIZE = Number(positional[0] ?? 100_000);
const SECONDS = Number(option('seconds') ?? 60);
const ONLY = option('only')?.split(',');

type Store = 'postgres' | 'memory';
interface SetUp {
  name: string;
  store: Store;
  connections: number;
  load: 'articles' | 'searches' | 'tier';
}
const SET_UPS: SetUp[] = [
  { name: 'pg-articles-50', store: 'postgres', connections: 50, load: 'articles' },
  { name: 'pg-articles-200', store: 'postgres', connections: 200, load: 'articles' },
  { name: 'pg-articles-1000', store: 'postgres', connections: 1000, load: 'articles' },
  { name: 'pg-searches-200', store: 'postgres', connections: 200, load: 'searches' },
  { name: 'memory-articles-50', store: 'memory', connections: 50, load: 'articles' },
  { name: 'memory-articles-200', store: 'memory', connections: 200, load: 'articles' },
  { name: 'memory-articles-1000', store: 'memory', connections: 1000, load: 'articles' },
  { name: 'memory-searches-200', store: 'memory', connections: 200, load: 'searches' },
  { name: 'tier-2pg-kill-200', store: 'postgres', connections: 200, load: 'tier' },
];

// ---- The corpus and its database ------------------------------------------------------------------

async function ensureCorpus(folder: string): Promise<void> {
  if (option('corpus')) return console.log(`corpus: ${folder} (given)`);
  const marker = path.join(folder, '.storm-size');
  if ((await readFile(marker, 'utf8').catch(() => '')) === String(SIZE)) return console.log(`corpus: ${folder} (${SIZE.toLocaleString('en')} articles, from an earlier run)`);
  console.log(`corpus: writing ${SIZE.toLocaleString('en')} articles into ${folder}`);
  await run(process.execPath, ['--import', 'tsx', 'tools/make-corpus.ts', folder, String(SIZE)]);
  await writeFile(marker, String(SIZE));
}

/** The database to serve from: `--database=`, or storm_<size> on DATABASE_URL's server, imported once and kept. */
async function ensureDatabase(folder: string): Promise<string> {
  const given = option('database');
  if (given) return given;
  const name = `storm_${SIZE}`;
  const url = new URL(config.databaseUrl);
  url.pathname = `/${name}`;
  const existing = connect(url.toString(), 1);
  const count = await existing<{ n: number }[]>`SELECT count(*)::int AS n FROM articles`.then((r) => r[0]?.n ?? 0, () => 0);
  await existing.end();
  if (count >= SIZE) {
    console.log(`database: ${url} (${count.toLocaleString('en')} articles, from an earlier run)`);
    return url.toString();
  }
  console.log(`database: importing into ${url}`);
  const db = await createScratchDatabase(name);
  await migrate(db.sql);
  const result = await syncContent(db.sql, folder, { progress: true });
  console.log(`imported ${result.changed.toLocaleString('en')} articles in ${(result.ms / 1000).toFixed(0)} s`);
  await db.sql`VACUUM ANALYZE`;
  await db.sql.end();
  return db.url;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

// ---- Instances, as `npm start` runs them ----------------------------------------------------------

interface Instance {
  url: string;
  npm: ChildProcess;
  /** The next-server process (npm's child, through start.sh's exec). */
  server: number;
  /** The last lines the instance wrote on stderr (why it died, if it did). */
  stderr: string[];
  alive(): boolean;
  stop(): Promise<void>;
}

async function startInstance(store: Store, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), SITE_URL: url, CONTENT_STORE: store, CONTENT_WATCH: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr: string[] = [];
  npm.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(...chunk.toString().split('\n').filter(Boolean));
    stderr.splice(0, Math.max(0, stderr.length - 20));
  });
  const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
  const started = performance.now();
  for (;;) {
    if (npm.exitCode !== null || npm.signalCode !== null) throw new Error(`npm start exited before it was ready:\n${stderr.join('\n')}`);
    if ((await status(`${url}/readyz`)) === 200) break;
    if (performance.now() - started > 300_000) throw new Error(`${url} was not ready within 300 s`);
    await sleep(200);
  }
  const pids = await descendants(npm.pid ?? 0);
  let server = 0;
  for (const pid of pids) if ((await processName(pid))?.startsWith('next-server')) server = pid;
  console.log(`  ${store} instance on ${url} ready in ${((performance.now() - started) / 1000).toFixed(1)} s (next-server pid ${server})`);
  const alive = () => {
    try {
      process.kill(server, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    url,
    npm,
    server,
    stderr,
    alive,
    async stop() {
      if (alive()) process.kill(server, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (alive()) process.kill(server, 'SIGKILL');
      await exited;
    },
  };
}

async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds from now until /readyz answers 200 (up to 30 s), or undefined. */
async function readyAfter(url: string): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < 30_000) {
    if ((await status(`${url}/readyz`)) === 200) return (performance.now() - started) / 1000;
    await sleep(100);
  }
  return undefined;
}

/**
 * The instance's own view of its admitted page answers (tin_answer_seconds, 2xx, every page
 * kind): the bucket bound under which 99 % of them were answered, from the request's arrival to
 * its last byte. The load's own p99 also counts time in the load's process and the kernel's
 * queues, which at 1,000 connections on 2 shared cores is most of it.
 */
async function serverP99(url: string): Promise<string> {
  const text = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.text(), () => '');
  const buckets = new Map<number, number>();
  for (const m of text.matchAll(/^tin_answer_seconds_bucket\{le="([^"]+)",kind="([^"]+)",cache="[^"]*",status="2xx"\} (\d+)/gm)) {
    if (m[2] === 'file' || m[2] === 'ops' || m[2] === 'other') continue;
    const le = m[1] === '+Inf' ? Infinity : Number(m[1]);
    buckets.set(le, (buckets.get(le) ?? 0) + Number(m[3]));
  }
  const total = buckets.get(Infinity) ?? 0;
  if (total === 0) return '—';
  const bound = [...buckets.entries()].sort(([a], [b]) => a - b).find(([, n]) => n >= 0.99 * total)?.[0];
  return bound === undefined || bound === Infinity ? '> 10 s' : `≤ ${bound} s`;
}

/** Connections to the storm's database left `idle in transaction` (the postgres.js race, decision 022). */
async function idleInTransaction(url: string): Promise<number> {
  const sql = connect(url, 1);
  try {
    const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
    return row?.n ?? 0;
  } finally {
    await sql.end();
  }
}

// ---- What the load asks for -----------------------------------------------------------------------

/** Article paths from the sitemaps of a running instance (the monthly ones), shuffled. */
async function articlePaths(url: string, cache: string): Promise<string[]> {
  const kept = await readFile(cache, 'utf8').then((t) => JSON.parse(t) as string[], () => undefined);
  if (kept && kept.length > 0) return kept;
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  const index = await (await fetch(`${url}/sitemap.xml`)).text();
  const paths: string[] = [];
  for (const sitemap of locs(index).filter((l) => /articles-\d{4}-\d{2}\.xml$/.test(l))) {
    const xml = await (await fetch(`${url}${new URL(sitemap).pathname}`)).text();
    paths.push(...locs(xml).map((l) => new URL(l).pathname));
  }
  shuffle(paths);
  await writeFile(cache, JSON.stringify(paths));
  return paths;
}

/** Distinct two-word searches from the words of the bundled headlines. */
async function searchPaths(): Promise<string[]> {
  const words = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (entry.name.endsWith('.json')) {
        const { title } = JSON.parse(await readFile(file, 'utf8')) as { title?: string };
        for (const w of (title ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 2) words.add(w);
      }
    }
  };
  await walk(path.join(ROOT, 'data', 'articles'));
  const list = [...words];
  const queries: string[] = [];
  for (const a of list) for (const b of list) if (a !== b) queries.push(`/tim-kiem?q=${encodeURIComponent(`${a} ${b}`)}`);
  return shuffle(queries);
}

function shuffle<T>(list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/**
 * Each path once, in turn, and a path refused (503) again later, as a crawler comes back; the list
 * starts over when it runs out (then some answers come from the cache).
 */
function taker(paths: string[]): { next: () => string; refused: (path: string) => void; wrapped: () => boolean } {
  let i = 0;
  const again: string[] = [];
  // A refused path is asked again after a few others, not at once.
  const next = () => (again.length > 64 ? again.shift() : undefined) ?? paths[i++ % paths.length] ?? '/';
  return { next, refused: (path) => void again.push(path), wrapped: () => i > paths.length };
}

// ---- One set-up -----------------------------------------------------------------------------------

interface Row {
  setUp: SetUp;
  result?: StormResult;
  peakMb: number;
  survived: string;
  readyAfter?: number;
  /** The survivor's own p99 of its 2xx page answers (serverP99). */
  serverP99?: string;
  note: string;
}

async function runSetUp(setUp: SetUp, env: Record<Store, Record<string, string>>, articles: string[], searches: string[]): Promise<Row> {
  console.log(`\n${setUp.name}: ${setUp.store} store, ${setUp.connections} connections, ${SECONDS} s`);
  const count = setUp.load === 'tier' ? 2 : 1;
  const instances: Instance[] = [];
  let tier: RunningNginx | undefined;
  // Peak resident memory of each instance (every process its `npm start` left running, npm excepted).
  const peaks: number[] = [];
  const sampler = setInterval(() => {
    void Promise.all(instances.map((i) => treeRssMb(i.npm.pid ?? 0))).then((mb) => mb.forEach((m, i) => (peaks[i] = Math.max(peaks[i] ?? 0, m))));
  }, 250);
  const peakMb = () => Math.max(0, ...peaks);
  try {
    for (let i = 0; i < count; i++) instances.push(await startInstance(setUp.store, env[setUp.store]));
    let url = instances[0]?.url ?? '';
    let classify: ((p: string) => string) | undefined;
    let next: () => string;
    let refused: ((path: string) => void) | undefined;
    let wrapped = () => false;
    let killer: NodeJS.Timeout | undefined;
    if (setUp.load === 'tier') {
      requireNginx();
      const port = await freePort();
      tier = startNginx(`storm-tier-${port}`, (scratch) => tierSite({ listen: listenDirective('127.0.0.1', port), appHosts: instances.map((i) => new URL(i.url).host), cacheDir: path.join(scratch, 'cache') }), 'ignore');
      url = `http://127.0.0.1:${port}`;
      // nginx listens a moment after it is spawned.
      for (let waited = 0; (await status(`${url}/robots.txt`)) !== 200; waited += 100) {
        if (waited > 10_000) throw new Error(`the tier on ${url} did not answer within 10 s`);
        await sleep(100);
      }
      const sections = (JSON.parse(await readFile(path.join(ROOT, 'data', 'categories.json'), 'utf8')) as { slug: string; locale?: string; parent?: string }[])
        .filter((c) => (c.locale ?? 'vi') === 'vi' && !c.parent)
        .map((c) => `/${c.slug}`);
      const cached = ['/', '/m', '/en', ...sections, ...articles.slice(0, 20)];
      const uncached = taker(articles.slice(20));
      refused = (p) => (cached.includes(p) ? undefined : uncached.refused(p));
      let n = 0;
      next = () => (n++ % 10 < 7 ? (cached[n % cached.length] ?? '/') : uncached.next());
      classify = (p) => (cached.includes(p) ? 'cached' : 'uncached');
      wrapped = uncached.wrapped;
      // One instance killed with SIGKILL half-way through.
      killer = setTimeout(() => {
        const victim = instances[0];
        if (victim?.alive()) process.kill(victim.server, 'SIGKILL');
        console.log(`  killed next-server ${victim?.server} with SIGKILL`);
      }, (SECONDS * 1000) / 2);
    } else {
      const source = taker(setUp.load === 'searches' ? searches : articles);
      next = source.next;
      refused = source.refused;
      wrapped = source.wrapped;
    }
    const result = await storm({ url, connections: setUp.connections, seconds: SECONDS, next, refused, classify });
    clearTimeout(killer);
    const survivor = setUp.load === 'tier' ? instances[1] : instances[0];
    const survived = survivor?.alive() ? 'yes' : `NO: ${survivor?.stderr.filter((l) => /heap|FATAL|Error/i.test(l)).slice(-1)[0] ?? 'exited'}`;
    const ready = survivor?.alive() ? await readyAfter(survivor.url) : undefined;
    const server = survivor?.alive() ? await serverP99(survivor.url) : undefined;
    const notes = [wrapped() ? 'URL list ran out: some answers came from the cache' : ''];
    if (setUp.store === 'postgres') notes.push(`${await idleInTransaction(env.postgres.DATABASE_URL ?? '')} connection(s) idle in transaction after`);
    return { setUp, result, peakMb: peakMb(), survived, readyAfter: ready, serverP99: server, note: notes.filter(Boolean).join('; ') };
  } catch (error) {
    return { setUp, peakMb: peakMb(), survived: '?', note: `failed: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    clearInterval(sampler);
    await tier?.stop();
    await Promise.all(instances.map((i) => i.stop()));
  }
}

function report(row: Row): string {
  const r = row.result;
  if (!r) return `${row.setUp.name.padEnd(22)} ${row.note}`;
  const ok = Object.entries(r.byStatus).filter(([s]) => s.startsWith('2')).reduce((a, [, n]) => a + n, 0);
  const statuses = Object.entries(r.byStatus).map(([s, n]) => `${s}×${n}`).join(' ');
  const errors = Object.entries(r.errors).filter(([k, n]) => k !== 'total' && n > 0).map(([k, n]) => `${k}×${n}`).join(' ') || '0';
  const classes = Object.keys(r.byClass).length > 1 ? ` [${Object.entries(r.byClass).map(([c, s]) => `${c}: ${Object.entries(s).map(([st, n]) => `${st}×${n}`).join(' ')}`).join('; ')}]` : '';
  return (
    `${row.setUp.name.padEnd(22)} ${(r.answers / r.seconds).toFixed(1).padStart(7)} req/s ${(ok / r.seconds).toFixed(1).padStart(7)} 2xx/s  ` +
    `p50 ${percentile(r.admitted, 50).toFixed(0)} ms p99 ${percentile(r.admitted, 99).toFixed(0)} ms (server: 2xx p99 ${row.serverP99 ?? '—'})  statuses ${statuses}${classes}  conn errors ${errors}  ` +
    `peak ${row.peakMb.toFixed(0)} MB/instance  survived ${row.survived}  /readyz 200 after ${row.readyAfter === undefined ? '—' : `${row.readyAfter.toFixed(1)} s`}${row.note ? `  (${row.note})` : ''}`
  );
}

async function main(): Promise<void> {
  if (!Number.isInteger(SIZE) || SIZE < 100 || !(SECONDS > 0)) {
    console.error('usage: npm run storm -- [size ≥ 100] [--seconds=60] [--only=pg-articles-200,…] [--corpus=<folder>] [--database=<url>]');
    process.exit(2);
  }
  if (!existsSync(path.join(ROOT, config.distDir, 'BUILD_ID'))) {
    console.error(`No production build in ${config.distDir}/: run \`npm run build\` first.`);
    process.exit(1);
  }
  const setUps = SET_UPS.filter((s) => !ONLY || ONLY.includes(s.name));
  console.log(
    `storm: ${SIZE.toLocaleString('en')} articles, ${SECONDS} s per set-up; machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
      `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`,
  );
  const corpus = option('corpus') ?? path.join(os.tmpdir(), `tin-thu-do-storm-${SIZE}`);
  await ensureCorpus(corpus);
  const database = await ensureDatabase(corpus);
  const env: Record<Store, Record<string, string>> = {
    postgres: { DATABASE_URL: database, CONTENT_DIR: corpus },
    memory: { CONTENT_DIR: corpus },
  };
  // Article URLs from the sitemaps, read once from a PostgreSQL instance.
  const first = await startInstance('postgres', env.postgres);
  const articles = await articlePaths(first.url, path.join(corpus, '.storm-urls.json')).finally(() => first.stop());
  const searches = await searchPaths();
  console.log(`${articles.length.toLocaleString('en')} article URLs from the sitemaps, ${searches.length.toLocaleString('en')} distinct searches`);

  const rows: Row[] = [];
  // Each set-up its own share of the URLs and searches, so that none was answered by an earlier one.
  const share = (list: string[], i: number) => list.slice(Math.floor((list.length * i) / setUps.length), Math.floor((list.length * (i + 1)) / setUps.length));
  for (const [i, setUp] of setUps.entries()) {
    const row = await runSetUp(setUp, env, share(articles, i), share(searches, i));
    console.log(report(row));
    rows.push(row);
  }
  console.log(`\nstorm: ${SIZE.toLocaleString('en')} articles, ${SECONDS} s per set-up, ${os.cpus().length} cores, load average now ${os.loadavg()[0]?.toFixed(1)}`);
  for (const row of rows) console.log(report(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
