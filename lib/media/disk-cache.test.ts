import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DiskCache } from './disk-cache';

const tmpDir = () => mkdtemp(path.join(os.tmpdir(), 'disk-cache-'));

async function read(cache: DiskCache, name: string, make: (file: string) => Promise<void>): Promise<string> {
  const { handle } = await cache.open(name, make);
  try {
    return (await handle.readFile()).toString();
  } finally {
    await handle.close();
  }
}

test('concurrent readers of a new file make it once', async () => {
  const cache = new DiskCache(await tmpDir(), 1024);
  let makes = 0;
  const make = async (file: string) => {
    makes++;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(file, 'copy');
  };
  const bodies = await Promise.all(Array.from({ length: 8 }, () => read(cache, 'a.avif', make)));
  assert.deepEqual(bodies, Array(8).fill('copy'));
  assert.equal(makes, 1);
  assert.equal(await read(cache, 'a.avif', make), 'copy');
  assert.equal(makes, 1, 'a second request reads the file on disk');
});

test('the folder stays under its byte bound, least recently used files go first', async () => {
  const dir = await tmpDir();
  const cache = new DiskCache(dir, 300);
  const make = (body: string) => (file: string) => writeFile(file, body);
  await read(cache, 'a', make('a'.repeat(100)));
  await read(cache, 'b', make('b'.repeat(100)));
  await read(cache, 'c', make('c'.repeat(100)));
  await read(cache, 'a', make('never'));
  await read(cache, 'd', make('d'.repeat(100)));
  // Deletions run in the background: the folder is polled until they are done (or 5 s have passed).
  const listed = async () => (await readdir(dir)).sort().join(',');
  for (const deadline = Date.now() + 5000; (await listed()) !== 'a,c,d' && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual((await readdir(dir)).sort(), ['a', 'c', 'd']);
  assert.deepEqual(cache.stats(), { files: 3, bytes: 300 });
});

test('a restarted server finds the files an earlier run made; a failed make leaves nothing', async () => {
  const dir = await tmpDir();
  await read(new DiskCache(dir, 1000), 'kept', (file) => writeFile(file, 'old'));
  const again = new DiskCache(dir, 1000);
  assert.equal(await read(again, 'kept', () => Promise.reject(new Error('should not be made'))), 'old');
  await assert.rejects(again.open('broken', () => Promise.reject(new Error('decoder failed'))), /decoder failed/);
  assert.deepEqual(await readdir(dir), ['kept']);
  assert.equal(await readFile(path.join(dir, 'kept'), 'utf8'), 'old');
  await assert.rejects(again.open('../escape', () => Promise.resolve()), /bad file name/);
});
