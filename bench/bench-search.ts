// `npm run bench-search -- <content folder>`: loads the folder into the in-memory store (as the
// server does at start-up), then times store.search for four kinds of query, relevance and
// newest first, page 1 of 20 with snippets, and prints p50/p95 (wall clock, and CPU time, which a
// busy shared machine inflates less) plus what the full-text index costs in memory.
// Make a folder with `npm run make-corpus -- /tmp/corpus100k 100000`. BENCH_RUNS (default 60).
import { performance } from 'node:perf_hooks';
import { loadContent } from '../lib/content/ingest/load-folder';
import type { SearchSort } from '../lib/content/store/contract';
import { config } from '../lib/config';

const QUERIES: { kind: string; text: string }[] = [
  { kind: 'common word', text: 'năm' },
  { kind: 'rare word', text: 'Tin Lành' },
  { kind: 'two-syllable name', text: 'Lương Cường' },
  { kind: 'quoted phrase', text: '"xây dựng Đảng"' },
  { kind: 'common, folded', text: 'ha noi' },
];
const RUNS = config.benchSearchRuns;
const MB = 1024 * 1024;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main() {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: npm run bench-search -- <content folder>');
  const started = performance.now();
  const { index } = await loadContent(folder);
  const loadMs = performance.now() - started;
  globalThis.gc?.();
  const rss = process.memoryUsage().rss;
  const indexBytes = index.searchIndexBytes();
  console.log(`${await index.articleCount()} articles loaded in ${(loadMs / 1000).toFixed(1)} s; resident ${Math.round(rss / MB)} MB`);
  console.log(`full-text index (posting lists): ${Math.round(indexBytes / MB)} MB = ${Math.round((100 * indexBytes) / (rss - indexBytes))}% of the rest of the store`);
  for (const sort of ['relevance', 'newest'] as SearchSort[]) {
    for (const { kind, text } of QUERIES) {
      const times: number[] = [];
      const cpu: number[] = [];
      let total = '';
      for (let i = 0; i < RUNS + 5; i++) {
        const t = performance.now();
        const c = process.cpuUsage();
        const found = await index.search('vi', { text, sort }, 1, 20);
        total = `${found.total}${found.more ? '+' : ''}`;
        const used = process.cpuUsage(c);
        if (i >= 5) {
          times.push(performance.now() - t);
          cpu.push((used.user + used.system) / 1000);
        }
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      const ms = (v: number) => v.toFixed(1).padStart(6);
      console.log(
        `${sort.padEnd(9)} ${kind.padEnd(18)} ${text.padEnd(18)} ${total.padStart(6)} hits  ` +
          `wall p50 ${ms(percentile(times, 50))} p95 ${ms(percentile(times, 95))} ms  cpu p50 ${ms(percentile(cpu, 50))} p95 ${ms(percentile(cpu, 95))} ms`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
