import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ContentConfigError } from '../records/problems';
import { RETRY_MAX_MS, untilSynced } from './catch-up';

test('a sync the database refuses is tried again, waiting longer each time up to the cap, until it succeeds', async () => {
  const waits: number[] = [];
  let attempts = 0;
  const result = await untilSynced(
    'a test sync',
    async () => {
      if (++attempts < 7) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      return 'synced';
    },
    async (ms) => waits.push(ms),
  );
  assert.equal(result, 'synced');
  assert.equal(attempts, 7);
  assert.deepEqual(waits, [250, 500, 1000, 2000, 2000, 2000]);
  assert.ok(waits.every((ms) => ms <= RETRY_MAX_MS));
});

test('a content folder that cannot be used is reported at once, not retried', async () => {
  let attempts = 0;
  await assert.rejects(
    untilSynced(
      'a test sync',
      async () => {
        attempts++;
        throw new ContentConfigError('The content folder "/nowhere" does not exist or is not a readable folder.');
      },
      async () => {},
    ),
    ContentConfigError,
  );
  assert.equal(attempts, 1);
});
