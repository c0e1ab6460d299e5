import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseJsonNfc, readJson } from './read-files';

test('decomposed Vietnamese comes out composed, written raw or as \\u escapes', () => {
  const composed = 'Hà Nội chủ động';
  const raw = JSON.stringify({ title: composed.normalize('NFD'), tags: [composed.normalize('NFD')] });
  assert.deepEqual(parseJsonNfc(raw), { title: composed, tags: [composed] });
  // "a" + U+0300 written as an escape: only the per-string pass can compose it.
  assert.deepEqual(parseJsonNfc('{"t":"Ha\\u0300 N\\u00f4\\u0323i"}'), { t: 'Hà Nội' });
  assert.notEqual(JSON.parse('{"t":"Ha\\u0300"}').t, 'Hà');
});

test('a UTF-8 byte-order mark at the start of a file is accepted and does not change its revision', async (t) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'read-json-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const text = JSON.stringify({ title: 'Hà Nội', tags: ['Thủ đô'] });
  await writeFile(path.join(dir, 'plain.json'), text);
  // EF BB BF, as Notepad writes "UTF-8 with BOM".
  await writeFile(path.join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
  const plain = readJson(path.join(dir, 'plain.json'));
  const bom = readJson(path.join(dir, 'bom.json'));
  assert.ok(plain.ok && bom.ok, JSON.stringify(bom));
  assert.deepEqual(bom.value, { title: 'Hà Nội', tags: ['Thủ đô'] });
  assert.equal(bom.revision, plain.revision);
  // Only at the start: one inside the text is still text (and here, outside a string, not JSON).
  await writeFile(path.join(dir, 'inside.json'), `{"a":\uFEFF1}`);
  assert.equal(readJson(path.join(dir, 'inside.json')).ok, false);
});
