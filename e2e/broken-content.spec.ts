import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { REPO_ROOT } from './lib/content';
import { brokenUrl } from './lib/servers';

const VALID = [
  { path: '/ha-noi-nhan-rong-mo-hinh-giao-duc-stem-o-cap-tieu-hoc-1001.html', title: 'Hà Nội nhân rộng mô hình giáo dục STEM ở cấp tiểu học' },
  {
    path: '/ha-noi-cap-nhat-du-lieu-thuong-xuyen-phuc-vu-cong-tac-chi-dao-dieu-hanh-cua-chinh-phu-1002.html',
    title: 'Hà Nội: Cập nhật dữ liệu thường xuyên, phục vụ công tác chỉ đạo, điều hành của Chính phủ',
  },
];

test.describe('a content folder with broken records', () => {
  test('the home page still answers and lists the two valid articles', async ({ page }) => {
    const response = await page.goto(brokenUrl('/'));
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    for (const { path, title } of VALID) {
      await expect(main.getByRole('link', { name: title, exact: true }).first()).toHaveAttribute('href', path);
    }
    await expect(main.getByText('Bài viết hỏng')).toHaveCount(0);
  });

  test('a valid article is served', async ({ page }) => {
    const response = await page.goto(brokenUrl(VALID[0]!.path));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(VALID[0]!.title);
  });

  test('the invalid records are 404s, not 500s', async ({ page }) => {
    for (const path of ['/x-1500.html', '/x-1501.html']) {
      const response = await page.goto(brokenUrl(path));
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    }
  });
});

function checkContent(folder: string) {
  const run = spawnSync('npm', ['run', '--silent', 'check-content', '--', folder], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

test('check-content names every broken record and exits 1', () => {
  const { status, output } = checkContent('e2e/fixtures/broken-content');
  expect(status, output).toBe(1);
  expect(output).toContain('articles/1500-bai-viet-hong.json: sapo');
  expect(output).toContain('articles/1500-bai-viet-hong.json: publishedAt');
  expect(output).toContain('articles/1501-not-json.json');
  expect(output).toMatch(/2 valid articles/);
  // front-page.json and breaking.json: by file and field, zod's and the article ids.
  expect(output).toContain('front-page.json: vi.lead — unknown article id 424242: skipped, home shows the newest in its place');
  expect(output).toContain('front-page.json: vi.featured.1 — unknown article id 1500');
  expect(output).toContain('breaking.json: vi.text — must not be empty');
  expect(output).toContain('breaking.json: vi.until — Invalid ISO datetime');
  expect(output).toContain('breaking.json: en.url — give "article" or "url", not both');
});

test('check-content accepts the bundled newsroom content (exit 0) and lists its scheduled article with its time', () => {
  const { status, output } = checkContent('data');
  expect(status, output).toBe(0);
  expect(output).toContain('No problems found.');
  expect(output).toContain('1 scheduled article(s), published at their time:');
  expect(output).toContain('2027-03-26 08:00 (Hà Nội)  articles/2027/03/1075-cau-tu-lien-hop-long-nhip-chinh.json (1075, vi)');
});
