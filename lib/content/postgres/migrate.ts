import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Sql } from 'postgres';

/** Numbered SQL files (001_name.sql, …), applied in order, each once, each in its own transaction. */
export const MIGRATIONS_DIR = path.resolve('lib/content/postgres/migrations');

/** Any number fixed for the migration lock (pg_advisory_xact_lock): two instances starting together migrate once. */
const MIGRATION_LOCK = 1_000_001;

/**
 * Brings the database schema up to date: applies every file of `dir` not yet
 * listed in schema_migrations. Idempotent; safe to call at every start and
 * from several processes at once. Returns the names it applied.
 */
export async function migrate(sql: Sql, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => /^\d+_.+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;
  for (const name of files) {
    const text = await readFile(path.join(dir, name), 'utf8');
    await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
      const [done] = await tx`SELECT 1 FROM schema_migrations WHERE name = ${name}`;
      if (done) return;
      await tx.unsafe(text);
      await tx`INSERT INTO schema_migrations (name) VALUES (${name})`;
      applied.push(name);
    });
  }
  return applied;
}
