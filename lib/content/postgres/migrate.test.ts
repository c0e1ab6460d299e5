import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { migrate } from './migrate';
import { createScratchDatabase, type ScratchDatabase } from './scratch';
import { config } from '../../config';

const stores = config.contractStores;

describe('migrate', { skip: !stores.includes('postgres') && 'CONTRACT_STORES leaves PostgreSQL out' }, () => {
  let db: ScratchDatabase | undefined;
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'migrate-test-'));
    db = await createScratchDatabase(`migrate_test_${process.pid}`);
  });
  after(async () => {
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('applies each file once, in order; a no-transaction file builds its index concurrently; a failed one is retried', async () => {
    assert.ok(db);
    await writeFile(path.join(dir, '001_table.sql'), 'CREATE TABLE t (id int, body text);\nINSERT INTO t VALUES (1, \'a\'), (2, \'a\');\n');
    // The second statement fails (duplicate ids): the concurrent unique index is left invalid and must not count as built.
    await writeFile(
      path.join(dir, '002_index.sql'),
      '-- migrate: no transaction\n-- an index built while writes go on\nCREATE INDEX CONCURRENTLY IF NOT EXISTS t_body ON t (body);\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_body_unique ON t (body);\n',
    );
    await assert.rejects(migrate(db.sql, dir), /could not create unique index/);
    const indexes = async () => (await db!.sql<{ name: string; valid: boolean }[]>`
      SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 't'::regclass ORDER BY 1`).map((r) => `${r.name}:${r.valid}`);
    assert.deepEqual(await indexes(), ['t_body:true'], 'the invalid index is dropped');
    await db.sql`DELETE FROM t WHERE id = 2`;
    assert.deepEqual(await migrate(db.sql, dir), ['002_index.sql']);
    assert.deepEqual(await indexes(), ['t_body:true', 't_body_unique:true']);
    assert.deepEqual(await migrate(db.sql, dir), [], 'a second run applies nothing');
  });
});
