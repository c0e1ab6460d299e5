import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { listFolders } from './list-folders';

test('listFolders names every folder below the root once, symlinked folders included, files and loops left out', async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'list-folders-'));
  try {
    const root = path.join(base, 'content');
    const photos = path.join(base, 'photos');
    await mkdir(path.join(root, 'articles', '2026', '11'), { recursive: true });
    await mkdir(path.join(photos, 'big'), { recursive: true });
    await writeFile(path.join(root, 'articles', '2026', '11', 'a.json'), '{}');
    await symlink(photos, path.join(root, 'images'));
    await symlink(root, path.join(root, 'articles', 'loop'));
    const folders = (await listFolders(root)).map((f) => path.relative(root, f)).sort();
    assert.deepEqual(folders, ['', 'articles', 'articles/2026', 'articles/2026/11', 'images', 'images/big']);
    assert.deepEqual(await listFolders(path.join(base, 'missing')), []);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
});
