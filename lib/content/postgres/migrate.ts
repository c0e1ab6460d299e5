import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Sql } from 'postgres';
import { transaction } from './transaction';

/** Numbered SQL files (001_name.sql, …), applied in order, each once, each in its own transaction. */
export const MIGRATIONS_DIR = path.resolve(/*turbopackIgnore: true*/ 'lib/content/postgres/migrations');

/** Any number fixed for the migration lock: two instances starting together migrate once. */
const MIGRATION_LOCK = 1_000_001;

/**
 * A file whose first line is this runs outside a transaction, one statement at a time, for what
 * PostgreSQL refuses in one (CREATE INDEX CONCURRENTLY, which builds an index on a million
 * articles without stopping the sync's writes for minutes). Its statements must be safe to run
 * again (IF NOT EXISTS), since a failure half-way leaves the earlier ones done.
 */
const NO_TRANSACTION = '-- migrate: no transaction';

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
    if (text.startsWith(NO_TRANSACTION)) {
      if (await applyOutsideTransaction(sql, name, text)) applied.push(name);
      continue;
    }
    await transaction(sql, async (tx) => {
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

/** Statements one by one on one connection, under the session's migration lock; false when already applied. */
async function applyOutsideTransaction(sql: Sql, name: string, text: string): Promise<boolean> {
  const connection = await sql.reserve();
  try {
    await connection`SELECT pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      const [done] = await connection`SELECT 1 FROM schema_migrations WHERE name = ${name}`;
      if (done) return false;
      // Statements end with ";" at the end of a line; comments are left out.
      const statements = text
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('--'))
        .join('\n')
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter(Boolean);
      try {
        for (const statement of statements) await connection.unsafe(statement);
      } catch (error) {
        // A failed CREATE INDEX CONCURRENTLY leaves an invalid index that IF NOT EXISTS would then
        // keep: drop it, so that the next run builds it again.
        const invalid = await connection<{ name: string }[]>`
          SELECT indexrelid::regclass::text AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
          WHERE NOT i.indisvalid AND c.relnamespace = 'public'::regnamespace`;
        for (const index of invalid) await connection.unsafe(`DROP INDEX CONCURRENTLY IF EXISTS ${index.name}`).catch(() => {});
        throw error;
      }
      await connection`INSERT INTO schema_migrations (name) VALUES (${name})`;
      return true;
    } finally {
      await connection`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    connection.release();
  }
}
