import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldVietnamese, slugify } from './slug';

test('slugify folds Vietnamese diacritics and đ', () => {
  assert.equal(
    slugify('Hà Nội chủ động xử lý kịp thời những tình huống phức tạp phát sinh từ sớm, từ xa'),
    'ha-noi-chu-dong-xu-ly-kip-thoi-nhung-tinh-huong-phuc-tap-phat-sinh-tu-som-tu-xa',
  );
  assert.equal(slugify('Đường Đê La Thành'), 'duong-de-la-thanh');
  assert.equal(slugify('Hội thánh Tin lành Việt Nam (miền Bắc)'), 'hoi-thanh-tin-lanh-viet-nam-mien-bac');
});

test('slugify handles decomposed (NFD) input the same as composed', () => {
  assert.equal(slugify('Thời sự'.normalize('NFD')), slugify('Thời sự'));
});

test('slugify trims separators and punctuation', () => {
  assert.equal(slugify('  "Tết" 2026: ưu tiên!  '), 'tet-2026-uu-tien');
});

test('foldVietnamese keeps spaces for search', () => {
  assert.equal(foldVietnamese('ĐÔ THỊ Hà Nội'), 'do thi ha noi');
});
