import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonNfc } from './read-files';

test('decomposed Vietnamese comes out composed, written raw or as \\u escapes', () => {
  const composed = 'Hà Nội chủ động';
  const raw = JSON.stringify({ title: composed.normalize('NFD'), tags: [composed.normalize('NFD')] });
  assert.deepEqual(parseJsonNfc(raw), { title: composed, tags: [composed] });
  // "a" + U+0300 written as an escape: only the per-string pass can compose it.
  assert.deepEqual(parseJsonNfc('{"t":"Ha\\u0300 N\\u00f4\\u0323i"}'), { t: 'Hà Nội' });
  assert.notEqual(JSON.parse('{"t":"Ha\\u0300"}').t, 'Hà');
});
