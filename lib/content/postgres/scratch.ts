import type { Sql } from 'postgres';
import { connect } from './store';
import { config } from '../../config';

/** A database made for one test or benchmark run, and dropped after it. */
export interface ScratchDatabase {
  url: string;
  sql: Sql;
  drop(): Promise<void>;
}

/**
 * Creates database `name` on the server of `baseUrl` (default DATABASE_URL).
 * Fails with one clear sentence when PostgreSQL is not reachable.
 */
export async function createScratchDatabase(name: string, baseUrl = config.databaseUrl): Promise<ScratchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const admin = connect(baseUrl, 1);
  try {
    await admin`SELECT 1`;
  } catch (error) {
    await admin.end({ timeout: 1 }).catch(() => {});
    throw new Error(`PostgreSQL is not reachable at ${baseUrl} (${(error as Error).message}): start it or set DATABASE_URL.`);
  }
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const sql = connect(url.toString());
  return {
    url: url.toString(),
    sql,
    async drop() {
      await sql.end({ timeout: 5 });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}
