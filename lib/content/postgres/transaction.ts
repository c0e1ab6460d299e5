import type { ReservedSql, Sql } from 'postgres';

/**
 * Transactions without `sql.begin()` (decision 022). postgres.js 3.4.9 can write `sql.begin()`'s
 * BEGIN at a connection's pipeline boundary without reserving that connection (upstream
 * porsager/postgres issues 823 and 1189): other queries of the pool then run inside the
 * transaction, or the transaction is left `idle in transaction`. A connection taken with
 * `sql.reserve()` is ours alone (the pool hands out only idle ones and sends nothing else to it
 * until it is released), so BEGIN and COMMIT are sent on it by hand. Nothing in the portal calls
 * `sql.begin()` (lib/content/postgres/race.test.ts checks the tree).
 */

/** BEGIN, `work`, COMMIT on a connection already reserved; ROLLBACK when `work` fails. */
export async function inTransaction<T>(connection: ReservedSql, work: (tx: ReservedSql) => Promise<T>): Promise<T> {
  await connection`BEGIN`;
  try {
    const result = await work(connection);
    await connection`COMMIT`;
    return result;
  } catch (error) {
    // A connection lost mid-way has no transaction left to roll back: the server ended it.
    await connection`ROLLBACK`.catch(() => {});
    throw error;
  }
}

/** A transaction on a connection reserved for it and released after. */
export async function transaction<T>(sql: Sql, work: (tx: ReservedSql) => Promise<T>): Promise<T> {
  const connection = await sql.reserve();
  try {
    return await inTransaction(connection, work);
  } finally {
    connection.release();
  }
}

/** A transaction on `db`: by hand on a connection the caller reserved, or on one reserved for it from a pool. */
export function transactionOn<T>(db: Sql | ReservedSql, work: (tx: ReservedSql) => Promise<T>): Promise<T> {
  return 'release' in db ? inTransaction(db, work) : transaction(db, work);
}
