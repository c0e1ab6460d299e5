import { rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { nowWithOffset, writeArticle } from './lib/publish';
import { PAIR_DIR, PAIR_URLS, SAVED_WHILE_DOWN } from './lib/servers';

/**
 * Two `next start` instances on one PostgreSQL database (e2e/lib/postgres-servers.ts). Only the
 * first watches the content folder and syncs it; the second learns of each publish through
 * PostgreSQL's NOTIFY. Both must agree within 10 s, on cached pages too, with no restart.
 */
const [A = '', B = ''] = PAIR_URLS;

async function body(request: APIRequestContext, url: string): Promise<{ status: number; text: string }> {
  const response = await request.get(url, { maxRedirects: 0 });
  return { status: response.status(), text: await response.text() };
}

// In order: the first test must see the state the servers started with, before any publish
// here makes the watching instance sync the whole folder.
test.describe.configure({ mode: 'serial' });

test('an article saved while no server watched is published when the watching instance starts', async ({ request }) => {
  const { id, slug, title } = SAVED_WHILE_DOWN.article;
  for (const origin of [A, B]) {
    await expect
      .poll(async () => (await body(request, `${origin}/${slug}-${id}.html`)).text.includes(`<h1>${title}</h1>`), { message: `${origin} serves it`, timeout: 10_000, intervals: [250] })
      .toBe(true);
  }
});

test('a publish and a removal are seen by both instances within 10 s', async ({ request }) => {
  test.setTimeout(60_000);
  const id = 9401;
  const slug = 'hai-may-chu-mot-co-so-du-lieu';
  const articleUrl = `/${slug}-${id}.html`;
  const file = path.join(PAIR_DIR, 'articles/2031/05', `${id}-${slug}.json`);
  // Cache home and the section on both instances first.
  for (const origin of [A, B]) {
    for (const p of ['/', '/thoi-su']) expect((await body(request, `${origin}${p}`)).status, `${origin}${p}`).toBe(200);
    expect((await body(request, `${origin}${articleUrl}`)).status).toBe(404);
  }

  await writeArticle(file, { id, slug, title: 'Hai máy chủ, một cơ sở dữ liệu', category: 'thoi-su', publishedAt: nowWithOffset() });
  for (const origin of [A, B]) {
    await expect.poll(async () => (await body(request, `${origin}${articleUrl}`)).status, { message: `${origin} serves the article`, timeout: 10_000, intervals: [250] }).toBe(200);
    for (const p of ['/', '/thoi-su']) {
      await expect.poll(async () => (await body(request, `${origin}${p}`)).text.includes(articleUrl), { message: `${origin}${p} lists it`, timeout: 10_000, intervals: [250] }).toBe(true);
    }
  }
  expect((await body(request, `${B}${articleUrl}`)).text).toContain('<h1>Hai máy chủ, một cơ sở dữ liệu</h1>');

  await rm(file);
  for (const origin of [A, B]) {
    await expect.poll(async () => (await body(request, `${origin}${articleUrl}`)).status, { message: `${origin} unpublishes it`, timeout: 10_000, intervals: [250] }).toBe(404);
    await expect.poll(async () => (await body(request, `${origin}/`)).text.includes(articleUrl), { message: `${origin} home drops it`, timeout: 10_000, intervals: [250] }).toBe(false);
  }
});

test('a broken edit keeps the last good version on both instances', async ({ request }) => {
  test.setTimeout(60_000);
  const id = 9402;
  const slug = 'ban-sua-hong-van-con-ban-cu';
  const file = path.join(PAIR_DIR, 'articles/2031/05', `${id}-${slug}.json`);
  const good = { id, slug, title: 'Bản tốt còn nguyên', publishedAt: '2031-05-02T08:00:00+07:00' };
  await writeArticle(file, good);
  for (const origin of [A, B]) {
    await expect.poll(async () => (await body(request, `${origin}/${slug}-${id}.html`)).text.includes('Bản tốt còn nguyên'), { timeout: 10_000 }).toBe(true);
  }
  await writeArticle(file, { ...good, title: 'Bản hỏng', publishedAt: 'không phải ngày' });
  // Another publish next to it proves the broken edit has been synced (and refused).
  const witness = path.join(PAIR_DIR, 'articles/2031/05', '9403-bai-lam-chung.json');
  await writeArticle(witness, { ...good, id: 9403, slug: 'bai-lam-chung', title: 'Bài làm chứng' });
  await expect.poll(async () => (await body(request, `${B}/bai-lam-chung-9403.html`)).status, { timeout: 10_000 }).toBe(200);
  for (const origin of [A, B]) {
    const page = await body(request, `${origin}/${slug}-${id}.html`);
    expect(page.status, origin).toBe(200);
    expect(page.text, origin).toContain('Bản tốt còn nguyên');
    expect(page.text, origin).not.toContain('Bản hỏng');
  }
  await rm(file);
  await rm(witness);
});
