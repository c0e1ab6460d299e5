import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { contentDir } from '../content';
import { parseRange, videoFile } from './video';

test('video paths: MP4 files under images/media only, no way out of the folder', () => {
  assert.equal(videoFile(['clip.mp4']), path.join(contentDir(), 'images', 'media', 'clip.mp4'));
  assert.equal(videoFile(['2026', 'clip.mp4'])?.endsWith(path.join('images', 'media', '2026', 'clip.mp4')), true);
  for (const bad of [[], ['clip.mov'], ['..', 'clip.mp4'], ['a.b', 'clip.mp4'], ['.mp4'], ['clip.mp4', 'x']]) assert.equal(videoFile(bad), undefined, bad.join('/'));
});

test('byte ranges: one range, open-ended and suffix forms; past the end is unsatisfiable; others send it all', () => {
  assert.deepEqual(parseRange('bytes=0-99', 1000), { start: 0, end: 99 });
  assert.deepEqual(parseRange('bytes=900-', 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange('bytes=900-5000', 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange('bytes=-100', 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange('bytes=-5000', 1000), { start: 0, end: 999 });
  assert.equal(parseRange('bytes=1000-', 1000), 'unsatisfiable');
  assert.equal(parseRange('bytes=50-10', 1000), 'unsatisfiable');
  assert.equal(parseRange('bytes=-0', 1000), 'unsatisfiable');
  for (const ignored of [null, '', 'bytes=0-1,5-9', 'items=0-9', 'bytes=-']) assert.equal(parseRange(ignored, 1000), undefined, String(ignored));
});
