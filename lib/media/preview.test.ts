import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from '../content/ingest/load-folder';
import { parsePreviewFile, previewImagePath } from './preview';

test('preview URLs round-trip through the parser; anything else is not a preview', () => {
  assert.deepEqual(parsePreviewFile('1000-0123456789.jpg'), { key: '1000', stamp: '0123456789' });
  assert.deepEqual(parsePreviewFile('vi-abcdefabcd.jpg'), { key: 'vi', stamp: 'abcdefabcd' });
  for (const bad of ['1000.jpg', '1000-xyz.jpg', 'fr-0123456789.jpg', '1000-0123456789.png', '../1000-0123456789.jpg']) {
    assert.equal(parsePreviewFile(bad), undefined, bad);
  }
});

test('the stamp changes when the headline changes, and only then', async () => {
  const { index } = await loadContent(path.join(import.meta.dirname, '../../data'));
  const article = (await index.getArticle(1000))!;
  const site = index.site;
  const url = previewImagePath({ kind: 'article', article, site });
  assert.match(url, /^\/media\/og\/1000-[0-9a-f]{10}\.jpg$/);
  assert.equal(previewImagePath({ kind: 'article', article: { ...article }, site }), url);
  assert.notEqual(previewImagePath({ kind: 'article', article: { ...article, title: `${article.title}!` }, site }), url);
  const file = url.split('/').pop()!;
  assert.equal(parsePreviewFile(file)?.key, '1000');
  assert.match(previewImagePath({ kind: 'edition', locale: 'en', site }), /^\/media\/og\/en-[0-9a-f]{10}\.jpg$/);
});
