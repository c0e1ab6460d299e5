/**
 * Vietnamese-aware text folding: used for slugs (URLs) and for search, so that
 * "Đô thị", "do thi" and "ĐÔ THỊ" all meet. The folding itself lives with
 * search (lib/search/text.ts); slugs reuse it.
 */
import { fold } from '../../search/text';

/** Lower-case, strip diacritics (NFD + remove combining marks), đ→d. */
export const foldVietnamese = fold;

/** "Hà Nội: Cập nhật dữ liệu" → "ha-noi-cap-nhat-du-lieu". */
export function slugify(input: string): string {
  return foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
