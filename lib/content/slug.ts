/**
 * Vietnamese-aware text folding: used for slugs (URLs) and for search, so that
 * "Đô thị", "do thi" and "ĐÔ THỊ" all meet.
 */

/** Lower-case, strip diacritics (NFD + remove combining marks), đ→d. */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** "Hà Nội: Cập nhật dữ liệu" → "ha-noi-cap-nhat-du-lieu". */
export function slugify(input: string): string {
  return foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
