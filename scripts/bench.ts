// `npm run bench [-- <base URL>]`: requests per second for each page type, desktop and mobile,
// against a running production server (npm start). Bounded: 5 s and 20 connections per page.
// BENCH_PATHS=/,/thoi-su,… replaces the page list (e.g. for a corpus made with make-corpus).
const base = (process.argv[2] ?? process.env.BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 20;
const DEFAULT_PAGES = [
  '/',
  '/thoi-su',
  '/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html',
  '/tim-kiem?q=ha+noi',
  '/m',
  '/m/ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa-1000.html',
];
const pages = process.env.BENCH_PATHS ? process.env.BENCH_PATHS.split(',') : DEFAULT_PAGES;

async function run(path: string) {
  await fetch(base + path); // warm the cache
  const end = Date.now() + SECONDS * 1000;
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const res = await fetch(base + path);
        await res.arrayBuffer();
        if (res.status >= 500) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const p = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(1);
  console.log(`${path.slice(0, 60).padEnd(60)} ${(latencies.length / SECONDS).toFixed(0).padStart(6)} req/s  p50 ${p(0.5)} ms  p99 ${p(0.99)} ms  5xx ${errors}`);
}

async function main() {
  console.log(`${SECONDS}s per page, ${CONNECTIONS} connections, ${base}`);
  for (const path of pages) await run(path);
}

main().catch((error) => {
  console.error(`Cannot reach ${base}: ${(error as Error).message}. Start the server first (npm start).`);
  process.exit(1);
});
