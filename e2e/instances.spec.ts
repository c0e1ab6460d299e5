import { expect, test, type APIRequestContext } from '@playwright/test';
import { TestArticle } from './lib/publish';
import { PAIR_DIR, PAIR_URLS, SAVED_WHILE_DOWN } from './lib/servers';
import { expectBrokenEditKeepsLastGood, expectGone, expectListed, expectServed, expectUnlisted } from './lib/stories';

/**
 * Two `next start` instances on one PostgreSQL database (e2e/lib/postgres-servers.ts). Only the
 * first watches the content folder and syncs it; the second learns of each publish through
 * PostgreSQL's NOTIFY. Both must agree within 10 s, on cached pages too, with no restart.
 */
const [A = '', B = ''] = PAIR_URLS;
const origins = [A, B];

async function status(request: APIRequestContext, url: string): Promise<number> {
  return (await request.get(url, { maxRedirects: 0 })).status();
}

// In order, each test on its own articles: the first test checks the state the servers started
// with, so it must run before any other test here saves into the folder (a save makes the
// watching instance sync, which would publish the article it looks for even if the catch-up at
// start-up had missed it). 'default', not 'serial': a failure does not skip the tests after it.
test.describe.configure({ mode: 'default' });

test('an article saved while no server watched is published when the watching instance starts', async ({ request }) => {
  // postgres-servers.ts saved it after the last sync and before the pair started.
  await expectServed(request, new TestArticle(PAIR_DIR, SAVED_WHILE_DOWN), { origins, within: 10_000 });
});

test('a publish and a removal are seen by both instances within 10 s', async ({ request }) => {
  test.setTimeout(60_000);
  const article = new TestArticle(PAIR_DIR, { id: 9401, slug: 'hai-may-chu-mot-co-so-du-lieu', month: '2031/05', title: 'Hai máy chủ, một cơ sở dữ liệu', category: 'thoi-su' });
  const listings = origins.flatMap((origin) => ['/', '/thoi-su'].map((p) => `${origin}${p}`));
  // Cache home and the section on both instances first.
  for (const p of listings) expect(await status(request, p), p).toBe(200);
  for (const origin of origins) expect(await status(request, `${origin}${article.path}`)).toBe(404);

  await article.publish();
  await expectServed(request, article, { origins, within: 10_000 });
  await expectListed(request, article, listings, { within: 10_000 });

  await article.remove();
  await expectGone(request, article, { origins, within: 10_000 });
  await expectUnlisted(request, article, origins.map((origin) => `${origin}/`), { within: 10_000 });
});

test('a broken edit keeps the last good version on both instances', async ({ request }) => {
  test.setTimeout(60_000);
  // In the past: a publishedAt still to come would schedule it (e2e/newsroom.spec.ts).
  const publishedAt = '2026-05-02T08:00:00+07:00';
  const article = new TestArticle(PAIR_DIR, { id: 9402, slug: 'ban-sua-hong-van-con-ban-cu', month: '2031/05', title: 'Bản tốt còn nguyên', publishedAt });
  // Another publish after it proves the broken edit has been synced (and refused).
  const witness = new TestArticle(PAIR_DIR, { id: 9403, slug: 'bai-lam-chung', month: '2031/05', title: 'Bài làm chứng', publishedAt });
  await article.publish();
  await expectServed(request, article, { origins, within: 10_000 });
  await expectBrokenEditKeepsLastGood(request, article, { title: 'Bản hỏng', publishedAt: 'không phải ngày' }, witness, { origins, within: 10_000 });
  await Promise.all([article.remove(), witness.remove()]);
});
