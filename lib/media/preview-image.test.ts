import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import sharp from 'sharp';
import { loadContent } from '../content/ingest/load-folder';
import { escapeMarkup, renderPreview } from './preview-image';

test('markup escaping keeps text, drops what Pango or the font cannot take', () => {
  assert.equal(escapeMarkup('Giá xăng <giảm> & "tăng"'), 'Giá xăng &lt;giảm&gt; &amp; "tăng"');
  assert.equal(escapeMarkup('Hà Nội\u0000mùa thu 🍂✨ đã về'), 'Hà Nội mùa thu đã về');
});

test('any headline gives a 1200×630 card: long words, markup characters, control characters, emoji', async () => {
  const { index } = await loadContent(path.join(import.meta.dirname, '../../data'));
  const base = index.all('vi').find((a) => !a.cover)!;
  const headlines = [
    '#HaNoiMuaThuVangRucRoTrongNangSangMotNgayCuoiThuVaDauDong',
    'W'.repeat(60),
    'Giá <b>vàng</b> & "đô la": <span>',
    'Hà Nội\u0000\u0007 đón 🎉 năm mới',
    'Một tiêu đề rất dài '.repeat(12),
  ];
  for (const title of headlines) {
    const image = await renderPreview({ kind: 'article', article: { ...base, title }, site: index.site });
    assert.ok(image, title);
    const meta = await sharp(image).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['jpeg', 1200, 630], title);
  }
});
