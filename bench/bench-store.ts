// `npm run bench-store -- <folder> [--keep]`: measures the PostgreSQL content store on a content folder
// (e.g. `npm run make-corpus -- /tmp/corpus 100000`) in a scratch database on DATABASE_URL: full
// import time and rate, a sync with nothing to do, a sync of one changed file, then uncached query
// times straight on the store (no page cache): p50/p95/p99 for an article, page 1 and a deep page of a
// section, a tag page and searches. Prints each figure; a benchmark, not a test. --keep leaves the
// database for a look with psql; `--reuse=<database URL>` measures the queries again on a database a
// --keep run left (a million articles take most of an hour to import).
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from '../lib/content/ingest/read-files';
import { migrate } from '../lib/content/postgres/migrate';
import { createScratchDatabase } from '../lib/content/postgres/scratch';
import { connect, PostgresStore } from '../lib/content/postgres/store';
import type { Sql } from 'postgres';
import { syncContent } from '../lib/content/ingest/sync/sync';
import { PAGE_SIZE } from '../lib/urls';
import type { SearchRequest } from '../lib/content/store/contract';
import { config } from '../lib/config';

const RARE_WORD = 'Zephyrwick';
/** Runs of each search (BENCH_SEARCH_RUNS, default 100). */
const SEARCH_RUNS = config.benchSearchRuns;

function percentiles(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(2);
  return `p50 ${at(50)} ms · p95 ${at(95)} ms · p99 ${at(99)} ms (${times.length} runs)`;
}

async function timed(runs: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return times;
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: npm run bench-store -- <content folder> [--keep | --reuse=<database URL>]');
    process.exit(2);
  }
  const dir = path.resolve(folder);
  const keep = process.argv.includes('--keep');
  console.log(`machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; content: ${dir}`);
  const reuse = process.argv.find((a) => a.startsWith('--reuse='))?.slice('--reuse='.length);
  const db = reuse ? { sql: connect(reuse), url: reuse, drop: async () => {} } : await createScratchDatabase(`bench_store_${process.pid}`);
  try {
    if (reuse) console.log(`database ${reuse}, as an earlier run left it (--keep): no import, no sync`);
    else await importAndSync(db.sql, dir);
    await queries(db.sql, db.url);
  } finally {
    if (keep || reuse) console.log(`kept ${db.url}`);
    else await db.drop();
    if (reuse) await db.sql.end();
  }
}

/** Migrations, the full import with its progress, then syncs with nothing, one file and one watched path changed. */
async function importAndSync(sql: Sql, dir: string): Promise<void> {
  await migrate(sql);
  const [version] = await sql<{ server_version: string }[]>`SHOW server_version`;
  console.log(`PostgreSQL ${version?.server_version}, database ${(await sql`SELECT current_database() AS d`)[0]?.d}`);

  const full = await syncContent(sql, dir, { progress: true });
  console.log(`full import: ${full.checked.toLocaleString('en')} files, ${full.changed.toLocaleString('en')} articles in ${(full.ms / 1000).toFixed(1)} s = ${Math.round(full.checked / (full.ms / 1000)).toLocaleString('en')} files/s, ${full.problems.length} problem(s)`);
  const start = performance.now();
  await sql`VACUUM ANALYZE`;
  console.log(`VACUUM ANALYZE after the import: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  const [size] = await sql<{ size: string }[]>`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`;
  console.log(`database size: ${size?.size}`);
  // What full-text search costs on disk: the two GIN indexes (words, phrase pairs) and the two tsvector columns (TOAST included).
  const [search] = await sql<{ gin: string; pairs: string; vectors: string }[]>`
    SELECT pg_size_pretty(pg_relation_size('articles_search_month')) AS gin, pg_size_pretty(pg_relation_size('articles_search_pairs')) AS pairs,
           pg_size_pretty(sum(pg_column_size(search) + coalesce(pg_column_size(search_exact), 0))) AS vectors FROM articles`;
  console.log(`search index: GIN ${search?.gin}, phrase pairs GIN ${search?.pairs}, tsvectors ${search?.vectors}`);

  const idle = await syncContent(sql, dir);
  console.log(`sync with nothing changed: ${idle.ms.toFixed(0)} ms (${idle.checked} checked, ${idle.changed} changed)`);

  // One edited file: its title gains a word no other article has (the rare search below).
  const [first] = await listFiles(path.join(dir, 'articles'), ['.json']);
  if (!first) throw new Error('no article files');
  const file = path.join(dir, 'articles', first);
  const original = await readFile(file, 'utf8');
  const record = JSON.parse(original) as { id: number; title: string };
  await writeFile(file, JSON.stringify({ ...record, title: `${record.title} ${RARE_WORD}` }));
  try {
    const one = await syncContent(sql, dir);
    console.log(`sync of one changed file, whole folder scanned: ${one.ms.toFixed(0)} ms (${one.checked} checked, ${one.changed} changed, NOTIFY ${Buffer.byteLength(JSON.stringify(one.change))} bytes)`);
    await writeFile(file, JSON.stringify({ ...record, title: `${record.title} ${RARE_WORD}`, sapo: 'Sửa lần hai.' }));
    const watched = await syncContent(sql, dir, { paths: [`articles/${first}`] });
    console.log(`sync of one changed file, path from the watcher: ${watched.ms.toFixed(0)} ms (${watched.checked} checked, ${watched.changed} changed)`);
  } finally {
    // The folder is left as it was; the database keeps the edited title for the search below.
    await writeFile(file, original);
  }

}

/** Uncached queries straight on the store, serial: article, section pages, tag page, searches. */
async function queries(sql: Sql, url: string): Promise<void> {
  const store = await PostgresStore.open({ sql, url, migrate: false });
  const ids = (await sql<{ id: number }[]>`SELECT id FROM articles ORDER BY random() LIMIT 1000`).map((r) => r.id);
  const [section] = await sql<{ key: string; n: number }[]>`SELECT key, n FROM list_counts WHERE kind = 'cat' AND locale = 'vi' ORDER BY n DESC LIMIT 1`;
  const [tag] = await sql<{ key: string; n: number }[]>`SELECT key, n FROM list_counts WHERE kind = 'tag' AND locale = 'vi' ORDER BY n DESC LIMIT 1`;
  if (!section || !tag) throw new Error('no sections or tags');
  const [rare] = await sql<{ locale: 'vi' | 'en' }[]>`SELECT locale FROM articles WHERE search @@ to_tsquery('simple', lower(${RARE_WORD})) LIMIT 1`;
  const rareLocale = rare?.locale ?? 'vi';
  const pages = Math.ceil(section.n / PAGE_SIZE);
  const deep = Math.min(2000, pages);
  console.log(`\nuncached queries on the store (serial, ${PAGE_SIZE} per page):`);
  console.log(`article by id:              ${percentiles(await timed(1000, (i) => store.getArticle(ids[i % ids.length] ?? 1)))}`);
  console.log(`section "${section.key}" page 1 (${section.n.toLocaleString('en')} articles): ${percentiles(await timed(200, () => store.listByCategory('vi', section.key, 1, PAGE_SIZE)))}`);
  console.log(`section page ${deep} of ${pages}:    ${percentiles(await timed(200, (i) => store.listByCategory('vi', section.key, deep - (i % 50), PAGE_SIZE)))}`);
  console.log(`tag "${tag.key}" page 1 (${tag.n.toLocaleString('en')} articles): ${percentiles(await timed(200, (i) => store.listByTag('vi', tag.key, 1 + (i % 5), PAGE_SIZE)))}`);
  /** Page 1 of one search: its hits, then SEARCH_RUNS timed runs. */
  const timeSearch = async (label: string, locale: 'vi' | 'en', request: SearchRequest) => {
    const found = await store.search(locale, request, 1, PAGE_SIZE);
    const hits = `${found.total.toLocaleString('en')}${found.more ? '+' : ''} hits`;
    console.log(`search ${label} (${hits}): ${percentiles(await timed(SEARCH_RUNS, () => store.search(locale, request, 1, PAGE_SIZE)))}`);
  };
  // The same kinds of query as `npm run bench-search` (the in-memory store), plus a word only one
  // article holds; relevance (the default) and newest first, page 1 of 20 with snippets.
  for (const sort of ['relevance', 'newest'] as const) {
    for (const [label, query] of [
      ['common word', 'năm'],
      ['common, folded', 'ha noi'],
      ['rare word', 'Tin Lành'],
      ['one article', RARE_WORD],
      ['two-syllable name', 'Lương Cường'],
      ['quoted phrase', '"xây dựng Đảng"'],
    ] as const) {
      // The edited article (the first file) may be in either edition.
      await timeSearch(`${sort.padEnd(9)} ${label.padEnd(17)} ${query.padEnd(17)}`, query === RARE_WORD ? rareLocale : 'vi', { text: query, sort });
    }
  }
  // Filters: the biggest section, and the last week (the form's `time=week`).
  const week = new Date(Date.now() - 7 * 24 * 3600 * 1000);
  for (const [label, request] of [
    [`in section "${section.key}"`, { text: 'Tin Lành', sort: 'relevance', section: section.key }],
    ['in the last week', { text: 'Tin Lành', sort: 'relevance', since: week }],
  ] as const) {
    await timeSearch(`relevance Tin Lành ${label}`, 'vi', request);
  }
  await slicePlan(store);
  await store.close();
}

/**
 * The plan of one slice of "năm" on the search pool, as searchHits asks it: the (month, words)
 * GIN index, never a sequential scan or a btree walk (decision 018; the pool's connections run
 * with enable_seqscan = off, decision 022).
 */
async function slicePlan(store: PostgresStore): Promise<void> {
  const db = store.searchSql;
  const [setting] = await db<{ enable_seqscan: string }[]>`SHOW enable_seqscan`;
  const [month] = await db<{ key: string; n: number }[]>`
    SELECT key, search_month(key) AS n FROM list_counts WHERE kind = 'month' AND locale = '' AND n > 0 ORDER BY key DESC LIMIT 1`;
  const plan = await db<{ 'QUERY PLAN': string }[]>`
    EXPLAIN SELECT a.id FROM articles a WHERE search_month(a.month) = ANY(${[month?.n ?? 0]}::int[]) AND a.search @@ to_tsquery('simple', content_fold('nam'))
    AND (a.locale || '') = 'vi' ORDER BY a.published_at + interval '0' DESC, a.id DESC LIMIT 1001`;
  const nodes = plan.map((r) => r['QUERY PLAN'].trim()).filter((line) => /Scan/.test(line)).map((line) => line.replace(/^->\s*/, '').replace(/\s+\(cost.*$/, ''));
  console.log(`\nsearch pool: enable_seqscan = ${setting?.enable_seqscan}; plan of one slice of "năm" (${month?.key}): ${nodes.join(' → ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
