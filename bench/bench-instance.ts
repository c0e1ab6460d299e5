// `npm run bench-instance`: one production server on the PostgreSQL store (CONTENT_STORE=postgres,
// DATABASE_URL of a synced database, e.g. the one `npm run bench-store -- <folder> --keep` leaves),
// as a deployment runs it. Prints the time from spawning `next start` to the first 200 of the home
// page and of an article, then loads it with uncached pages (BENCH_SECONDS, default 30, BENCH_CONNECTIONS requests
// at a time, default 16): articles picked at random from the whole archive, each asked for
// once, so every answer is a render from the database, not a page from the cache. Prints req/s,
// p50/p99, resident memory (sampled every 250 ms: after start, peak and at the end of the load) and
// any answer that is not a 200 (which makes the run INVALID). The server is stopped by its PID.
// A benchmark, not a test. Needs a production build (npm run build).
import { connect } from '../lib/content/postgres/store';
import { articlePath } from '../lib/urls';
import { residentMb, startApp } from './lib/app';
import { BROWSER_HEADERS } from './lib/load';
import { config, SETTINGS } from '../lib/config';

const SECONDS = config.benchSeconds ?? 30;
const CONNECTIONS = config.benchConnections ?? 16;

/** The status of one GET as a browser sends it, body read (0 when nothing answers). */
async function statusOf(url: string): Promise<number> {
  return fetch(url, { headers: BROWSER_HEADERS, redirect: 'manual' })
    .then(async (r) => {
      await r.arrayBuffer();
      return r.status;
    })
    .catch(() => 0);
}

/** CONNECTIONS workers take the next URL of one shared list (so no URL is asked for twice) until SECONDS are up. */
async function uncachedLoad(url: string, paths: string[]): Promise<{ times: number[]; failed: number; seconds: number }> {
  const times: number[] = [];
  const began = performance.now();
  let failed = 0;
  const until = performance.now() + SECONDS * 1000;
  const worker = async () => {
    for (let next = paths.pop(); next && performance.now() < until; next = paths.pop()) {
      const start = performance.now();
      const status = await statusOf(url + next);
      times.push(performance.now() - start);
      if (status !== 200) failed++;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  if (paths.length === 0) console.log('(the list of URLs ran out before the time was up)');
  return { times: times.sort((a, b) => a - b), failed, seconds: (performance.now() - began) / 1000 };
}

async function main(): Promise<void> {
  if (!SETTINGS.databaseUrl.given) {
    console.error('usage: DATABASE_URL=postgres://… npm run bench-instance  (a database filled by npm run sync-content or bench-store --keep)');
    process.exit(2);
  }
  const sql = connect(config.databaseUrl, 2);
  const [count] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM articles`;
  // Up to 20,000 distinct articles, so none is asked for twice (TABLESAMPLE: no sort of a million rows).
  const percent = Math.min(100, (100 * 40_000) / Math.max(1, count?.n ?? 1));
  const rows = await sql<{ id: number; locale: 'vi' | 'en'; slug: string }[]>`
    SELECT id, locale, summary->>'slug' AS slug FROM articles TABLESAMPLE SYSTEM (${percent}) LIMIT 20000`;
  await sql.end();
  const paths = rows.map((r) => articlePath(r)).sort(() => Math.random() - 0.5);
  if (paths.length < 2) throw new Error(`only ${paths.length} articles in the database`);
  console.log(`${count?.n.toLocaleString('en')} articles in the database; ${paths.length.toLocaleString('en')} distinct article URLs for the load`);

  const spawned = performance.now();
  const app = await startApp({ env: { CONTENT_STORE: 'postgres' }, pollMs: 25 });
  const home = performance.now();
  const samples: number[] = [];
  const sampler = setInterval(() => void residentMb(app.pid).then((mb) => mb !== undefined && samples.push(mb)), 250);
  try {
    const first = paths.pop() ?? '/';
    for (const page of ['/', first]) if ((await statusOf(app.url + page)) !== 200) throw new Error(`${page} did not answer 200`);
    const article = performance.now();
    console.log(`start-up: first 200 of / after ${((home - spawned) / 1000).toFixed(2)} s, of an article after ${((article - spawned) / 1000).toFixed(2)} s`);
    const started = (await residentMb(app.pid)) ?? 0;
    samples.length = 0;
    const result = await uncachedLoad(app.url, paths);
    const end = (await residentMb(app.pid)) ?? 0;
    const at = (p: number) => (result.times[Math.min(result.times.length - 1, Math.floor((p / 100) * result.times.length))] ?? 0).toFixed(1);
    const invalid = result.failed > 0;
    console.log(
      `uncached articles, ${CONNECTIONS} at a time, ${result.seconds.toFixed(1)} s: ${result.times.length} answers, ${(result.times.length / result.seconds).toFixed(0)} req/s, p50 ${at(50)} ms, p99 ${at(99)} ms` +
        `${invalid ? `  INVALID: ${result.failed} answers not 200` : ''}`,
    );
    console.log(`resident memory: ${started.toFixed(0)} MB after start, peak ${Math.max(...samples, end).toFixed(0)} MB under load, ${end.toFixed(0)} MB at the end`);
    if (invalid) process.exitCode = 1;
  } finally {
    clearInterval(sampler);
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
