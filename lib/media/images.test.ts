import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyPath, parseImagePath } from './images';

test('image paths: originals, resized copies and versioned copies in a format', () => {
  assert.deepEqual(parseImagePath(['photo.jpg']), { src: 'photo.jpg', width: undefined, format: undefined, version: undefined });
  assert.deepEqual(parseImagePath(['w480', '2022', 'photo.jpg']), { src: '2022/photo.jpg', width: 480, format: undefined, version: undefined });
  assert.deepEqual(parseImagePath(['w640', 'photo.jpg.0a1b2c3d.avif']), { src: 'photo.jpg', width: 640, format: 'avif', version: '0a1b2c3d' });
  assert.deepEqual(parseImagePath(['logo.png.0a1b2c3d.png']), { src: 'logo.png', width: undefined, format: 'png', version: '0a1b2c3d' });
  const copy = copyPath('2022/photo.jpg', '0a1b2c3d', 'webp', 320);
  assert.equal(copy, '/media/w320/2022/photo.jpg.0a1b2c3d.webp');
  assert.deepEqual(parseImagePath(copy.split('/').slice(2)), { src: '2022/photo.jpg', width: 320, format: 'webp', version: '0a1b2c3d' });
});

test('anything else is not an image path (404)', () => {
  for (const bad of [
    ['..', 'package.json'],
    ['w480', '..', 'photo.jpg'],
    ['w481', 'photo.jpg'],
    ['photo.txt'],
    ['photo.jpg.0a1b2c3d.gif'],
    ['photo.jpg.0a1b2c3d.png'], // no PNG of a JPEG
    ['logo.png.0a1b2c3d.jpg'],
    ['photo.jpg.0a1b2c3.avif'],
    ['w480'],
    [],
  ]) {
    assert.equal(parseImagePath(bad), undefined, bad.join('/'));
  }
});
