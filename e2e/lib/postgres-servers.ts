import { spawn, type ChildProcess } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { createScratchDatabase, type ScratchDatabase } from '../../lib/content/postgres/scratch';
import { migrate } from '../../lib/content/postgres/migrate';
import { syncContent } from '../../lib/content/ingest/sync/sync';
import { DATA_DIR } from './content';
import { TestArticle } from './publish';
import { newsroomFolder } from './newsroom-folder';
import { NEWSROOM_PAIR_DIR, NEWSROOM_PAIR_PORTS, NEWSROOM_PAIR_URLS, PAIR_DIR, PAIR_PORTS, PAIR_URLS, POSTGRES_PORT, POSTGRES_URL, SAVED_WHILE_DOWN } from './servers';

/**
 * Playwright's web server for the PostgreSQL store, run as
 * `tsx e2e/lib/postgres-servers.ts`, the way an operator deploys it:
 * a database per newsroom, migrated and synced with the same code as
 * `npm run sync-content`, then `next start` instances on it.
 *  - POSTGRES_PORT: the bundled newsroom (database tin_e2e_<port>), not watching data/.
 *  - PAIR_PORTS: two instances on one database and a scratch copy of data/; only the first
 *    watches the folder, the second learns of every publish through NOTIFY alone.
 *  - NEWSROOM_PAIR_PORTS: the same again for e2e/newsroom.spec.ts (scheduled articles, the front
 *    page and the banner on several instances), on a copy whose taxonomy files carry a BOM.
 * On SIGTERM/SIGINT it stops its servers, then drops its databases and the scratch folder.
 */
const children: ChildProcess[] = [];
const databases: ScratchDatabase[] = [];

function start(port: number, env: Record<string, string>): void {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: { ...process.env, CONTENT_STORE: 'postgres', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`[postgres-servers] next start on ${port} exited with ${code}`);
  });
  children.push(child);
}

async function database(name: string, folder: string): Promise<string> {
  const db = await createScratchDatabase(name);
  databases.push(db);
  await migrate(db.sql);
  const result = await syncContent(db.sql, folder);
  if (result.problems.length > 0) throw new Error(`${folder} has ${result.problems.length} problem(s)`);
  return db.url;
}

/** Stops the servers (waiting for them to exit), drops the databases, removes the scratch folder. */
async function stop(): Promise<void> {
  await Promise.all(
    children.map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return undefined;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    }),
  );
  await Promise.all(databases.map((db) => db.drop().catch((error: Error) => console.error(`[postgres-servers] ${error.message}`))));
  await rm(PAIR_DIR, { recursive: true, force: true });
  await rm(NEWSROOM_PAIR_DIR, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const newsroom = await database(`tin_e2e_${POSTGRES_PORT}`, DATA_DIR);
  start(POSTGRES_PORT, { DATABASE_URL: newsroom, CONTENT_DIR: DATA_DIR, CONTENT_WATCH: '0', SITE_URL: POSTGRES_URL });

  // e2e/newsroom.spec.ts's pair; the other pair starts last (playwright.config.ts waits for its second instance).
  await newsroomFolder(NEWSROOM_PAIR_DIR);
  const newsroomPair = await database(`tin_e2e_${NEWSROOM_PAIR_PORTS[0]}`, NEWSROOM_PAIR_DIR);
  NEWSROOM_PAIR_PORTS.forEach((port, i) =>
    start(port, { DATABASE_URL: newsroomPair, CONTENT_DIR: NEWSROOM_PAIR_DIR, CONTENT_WATCH: i === 0 ? '1' : '0', SITE_URL: NEWSROOM_PAIR_URLS[i] ?? '' }),
  );

  await rm(PAIR_DIR, { recursive: true, force: true });
  await cp(DATA_DIR, PAIR_DIR, { recursive: true });
  const pair = await database(`tin_e2e_${PAIR_PORTS[0]}`, PAIR_DIR);
  // Saved after the last sync and before any server watches: the watching instance must catch up at start.
  await new TestArticle(PAIR_DIR, SAVED_WHILE_DOWN).publish();
  PAIR_PORTS.forEach((port, i) =>
    start(port, { DATABASE_URL: pair, CONTENT_DIR: PAIR_DIR, CONTENT_WATCH: i === 0 ? '1' : '0', SITE_URL: PAIR_URLS[i] ?? '' }),
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void stop().finally(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(`[postgres-servers] ${(error as Error).message}`);
  void stop().finally(() => process.exit(1));
});
