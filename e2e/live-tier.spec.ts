import { expect, test } from '@playwright/test';
import { TestArticle } from './lib/publish';
import { PUBLISH_DIR } from './lib/servers';

/**
 * Live coverage (issue 24) through the nginx cache tier (the `tier` project: deploy/nginx/tier.conf
 * in front of the publishing server, whose content folder this spec writes a live article into).
 * An update saved is on the page within 10 s, plus the tier's 5 s; the live check the desktop
 * script asks is one cache entry for every reader.
 */

const DESKTOP = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36' };
const BEGAN = Date.now() - 60 * 60 * 1000;
const update = (i: number) => ({
  id: `qua-tier-${i}`,
  at: new Date(BEGAN + i * 60_000).toISOString().replace('Z', '+00:00'),
  body: [{ type: 'paragraph', content: `Cập nhật qua tầng đệm số ${i}.` }],
});
const updates = (n: number) => Array.from({ length: n }, (_, i) => update(i + 1));

test('an update saved during the test reaches readers through the tier within 10 s plus its 5 s: the page, its mobile twin, the section’s card', async ({ request }) => {
  const article = new TestArticle(PUBLISH_DIR, { id: 9611, slug: 'truc-tiep-qua-tang-dem', title: 'Trực tiếp qua tầng đệm', category: 'thoi-su', publishedAt: new Date(BEGAN).toISOString().replace('Z', '+00:00') });
  await article.publish({ live: { status: 'live', updates: updates(3) } });
  const pages = [article.path, `/m${article.path}`];
  await expect.poll(async () => Promise.all(pages.map(async (p) => (await request.get(p, { headers: DESKTOP })).status())), { timeout: 20_000 }).toEqual([200, 200]);
  await article.edit({ live: { status: 'live', updates: updates(4) } });
  // The page shows the update; its section's list shows the card with the update's time.
  const shown = async () => [
    ...(await Promise.all(pages.map(async (p) => (await (await request.get(p, { headers: DESKTOP })).text()).includes('id="cap-nhat-qua-tier-4"')))),
    (await (await request.get('/thoi-su', { headers: DESKTOP })).text()).includes(`dateTime="${update(4).at}"`),
  ];
  await expect.poll(shown, { timeout: 15_000, intervals: [250] }).toEqual([true, true, true]);
  await article.remove();
});

test('the live check is one cache entry for every reader, kept 5 s, and brings a new update', async ({ request }) => {
  const article = new TestArticle(PUBLISH_DIR, { id: 9612, slug: 'truc-tiep-kiem-tra-qua-tang-dem', title: 'Trực tiếp kiểm tra qua tầng đệm', publishedAt: new Date(BEGAN).toISOString().replace('Z', '+00:00') });
  await article.publish({ live: { status: 'live', updates: updates(2) } });
  const check = `/live/9612/qua-tier-2`;
  await expect.poll(async () => (await request.get(check)).status(), { timeout: 20_000 }).toBe(200);
  const first = await request.get(check, { headers: DESKTOP });
  expect(first.headers()['cache-control']).toBe('public, max-age=5, s-maxage=5, stale-while-revalidate=5');
  expect(first.headers()['content-type']).toMatch(/^application\/json/);
  const phone = await request.get(check, { headers: { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1' } });
  expect(phone.headers()['x-cache-status'], 'a phone shares the desktop reader’s entry').toMatch(/^(HIT|STALE|UPDATING)$/);
  expect(await phone.json()).toEqual({ status: 'live', newest: 'qua-tier-2', count: 0, html: '' });
  await article.edit({ live: { status: 'live', updates: updates(3) } });
  const answer = async () => (await (await request.get(check)).json()) as { count: number; newest?: string; html?: string };
  await expect.poll(async () => (await answer()).newest, { timeout: 15_000, intervals: [250] }).toBe('qua-tier-3');
  const fresh = await answer();
  expect(fresh.count).toBe(1);
  expect(fresh.html).toContain('id="cap-nhat-qua-tier-3"');
  await article.remove();
});
