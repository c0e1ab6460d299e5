// `npm run sync-content` killed with SIGKILL in the middle of a batch (issue 21): the batch's
// transaction dies with the process, so no article is half-written (its row without its list
// rows, counts or file row), the committed batches are whole, and the next sync completes.
// Needs PostgreSQL (DATABASE_URL): a scratch database and a 3,000-article corpus (make-corpus).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import type { Sql } from 'postgres';
import { migrate } from '../../postgres/migrate';
import { createScratchDatabase } from '../../postgres/scratch';
import { syncContent } from './sync';
import { config } from '../../../config';

const ARTICLES = 3000;
const BATCH = 1000; // sync.ts's default batch size

/** Everything that must hold between transactions; each entry names what is broken and how often. */
async function inconsistencies(sql: Sql): Promise<Record<string, number>> {
  const [row] = await sql<Record<string, number>[]>`
    SELECT
      (SELECT count(*)::int FROM articles a WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.path = a.file AND f.article_id = a.id AND f.status = 'ok')) AS "articles without their file row",
      (SELECT count(*)::int FROM files f WHERE f.status = 'ok' AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = f.article_id)) AS "file rows without their article",
      (SELECT count(*)::int FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_categories c WHERE c.id = a.id AND c.category = a.category)) AS "articles missing from their section's list",
      (SELECT count(*)::int FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_authors c WHERE c.id = a.id)) AS "articles missing from their authors' lists",
      (SELECT count(*)::int FROM (SELECT locale, category AS key, count(*)::int AS n FROM article_categories GROUP BY 1, 2) m
         FULL JOIN (SELECT locale, key, n FROM list_counts WHERE kind = 'cat' AND n <> 0) c USING (locale, key) WHERE m.n IS DISTINCT FROM c.n) AS "section counts off",
      (SELECT abs(coalesce((SELECT sum(n) FROM list_counts WHERE kind = 'edition'), 0) - (SELECT count(*) FROM articles))::int) AS "edition count off"`;
  return Object.fromEntries(Object.entries(row ?? {}).filter(([, n]) => n !== 0));
}

it('a sync killed with SIGKILL mid-batch leaves no half-written article, and the next sync completes', { skip: !config.contractStores.includes('postgres') && 'CONTRACT_STORES leaves PostgreSQL out', timeout: 180_000 }, async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'sync-kill-'));
  const db = await createScratchDatabase(`sync_kill_${process.pid}`);
  t.after(async () => {
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  });
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'tools/make-corpus.ts', dir, String(ARTICLES)], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  await migrate(db.sql);

  const sync = spawn(process.execPath, ['--import', 'tsx', 'scripts/sync-content.ts', dir], { env: { ...process.env, DATABASE_URL: db.url, SYNC_PROGRESS: '0' }, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => sync.once('exit', (_, signal) => resolve(signal)));
  // Mid-batch: a batch already committed, and the sync's transaction has written (it holds an xid).
  let writing = false;
  for (const end = Date.now() + 120_000; !writing && Date.now() < end && sync.exitCode === null; ) {
    const [state] = await db.sql<{ committed: number; writing: boolean }[]>`
      SELECT (SELECT count(*)::int FROM articles) AS committed,
             EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tin-tuc-sync' AND backend_xid IS NOT NULL) AS writing`;
    writing = (state?.committed ?? 0) > 0 && state?.writing === true;
    if (!writing) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  assert.ok(writing, 'caught the sync writing a batch after its first commit');
  sync.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');
  // The server rolls the transaction back once it sees the connection gone.
  for (const end = Date.now() + 10_000; Date.now() < end; ) {
    const [left] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'tin-tuc-sync'`;
    if (left?.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  const [{ n: kept } = { n: -1 }] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM articles`;
  assert.ok(kept > 0 && kept < ARTICLES, `some batches committed, not all (${kept})`);
  assert.equal(kept % BATCH, 0, `only whole batches are kept (${kept} articles)`);
  assert.deepEqual(await inconsistencies(db.sql), {});

  const next = await syncContent(db.sql, dir);
  assert.deepEqual(next.problems, []);
  assert.equal(next.changed, ARTICLES - kept, 'the next sync imports the rest');
  const [{ n: all } = { n: -1 }] = await db.sql<{ n: number }[]>`SELECT count(*)::int AS n FROM articles`;
  assert.equal(all, ARTICLES);
  assert.deepEqual(await inconsistencies(db.sql), {});
});
