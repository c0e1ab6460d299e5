import { expect, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { article, articlePath, author, category, DATA_DIR } from './content';

/** The seed article's record in data/ (the one the portal was built from). */
export const SEED_ARTICLE = article(1000);

/**
 * The seed article: where it lives, its title, section, time and author read
 * from its record in data/ (see e2e/lib/content.ts); the rest is its text as
 * reproduced from /work/shared/seed/000_a6b5e44898749cf5.txt, to be found on the page.
 */
export const SEED = {
  id: SEED_ARTICLE.id,
  path: articlePath(SEED_ARTICLE),
  title: SEED_ARTICLE.title,
  category: category(SEED_ARTICLE.locale, SEED_ARTICLE.category).name,
  datetime: SEED_ARTICLE.publishedAt,
  timeText: 'Thứ Sáu, 23/12/2022 16:45',
  sapoStart: 'Chiều 23/12, Đoàn kiểm tra số 3',
  related: [
    'Hà Nội nhân rộng mô hình giáo dục STEM ở cấp tiểu học',
    'Hà Nội: Cập nhật dữ liệu thường xuyên, phục vụ công tác chỉ đạo, điều hành của Chính phủ',
    'Hà Nội luôn ghi nhận sự đóng góp của Hội thánh Tin lành Việt Nam (miền Bắc)',
  ],
  captions: [
    'Quang cảnh hội nghị',
    'Đại tướng Lương Cường phát biểu tại buổi làm việc',
    'Bí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu tại buổi làm việc',
  ],
  subheadings: [
    'Đáp ứng tốt hơn yêu cầu của công tác xây dựng Đảng trong giai đoạn mới',
    'Cấp ủy Đảng có thẩm quyền chỉ đạo làm rõ nhiều vấn đề',
  ],
  quoteStart: 'Ban Thường vụ Thành ủy rất mong nhận được',
  author: author(SEED_ARTICLE.authors[0]!).name,
  photoCredit: 'Ảnh: Viết Thành',
} as const;

/** The sample articles with the media blocks: a photo story, our own video file, a YouTube video. */
const mediaArticle = (id: number) => ({ id, path: articlePath(article(id)) });

export interface MediaPhoto { src: string; alt: string; caption?: string; credit?: string; width: number; height: number }
export interface MediaBlock { type: string; photos?: MediaPhoto[]; source?: string; id?: string; src?: string; title?: string; poster?: MediaPhoto; caption?: string }

/** The first block of this type in the article's record in data/. */
export function bodyBlock(id: number, type: 'gallery' | 'video'): MediaBlock {
  const record = JSON.parse(readFileSync(path.join(DATA_DIR, article(id).file), 'utf8')) as { body: MediaBlock[] };
  const block = record.body.find((b) => b.type === type);
  if (!block) throw new Error(`article ${id} has no ${type} block`);
  return block;
}
export const GALLERY_ARTICLE = mediaArticle(1070);
export const VIDEO_FILE_ARTICLE = mediaArticle(1071);
export const YOUTUBE_ARTICLE = mediaArticle(1072);
/** The sample article with an update ("Cập nhật") and a correction ("Đính chính"). */
export const CORRECTED_ARTICLE = mediaArticle(1032);

export const NOT_FOUND_VI = 'Không tìm thấy trang';
export const NOT_FOUND_EN = 'Page not found';

/** The site header (banner landmark): brand, search, edition switch and the category menu. */
export function siteHeader(page: Page) {
  return page.getByRole('banner');
}

/** Article cards in the page's main content (each card is an <article>). */
export function mainCards(page: Page) {
  return page.getByRole('main').getByRole('article');
}

/** Asserts the reader got the Vietnamese 404 page: status, heading, a way home. */
export async function expectNotFoundPage(page: Page, response: Response | null, locale: 'vi' | 'en' = 'vi') {
  expect(response, 'navigation response').not.toBeNull();
  expect(response!.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'vi' ? NOT_FOUND_VI : NOT_FOUND_EN);
  const home = page.getByRole('main').getByRole('link', { name: locale === 'vi' ? 'Về trang chủ' : 'Back to the home page' });
  await expect(home).toHaveAttribute('href', locale === 'vi' ? '/' : '/en');
}
