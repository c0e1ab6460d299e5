import { expect, test, type Page } from '@playwright/test';
import { articlePath, articles, foldedWords, newestFirst, searchHits, type RawArticle } from './lib/content';
import { SEED, mainCards } from './lib/site';

const PAGE_SIZE = 20;

/** The first page of a list: exactly these articles' headlines, in this order, each linking to its article. */
async function expectFirstPage(page: Page, listed: RawArticle[]) {
  const shown = listed.slice(0, PAGE_SIZE);
  const links = mainCards(page).getByRole('heading').getByRole('link');
  await expect(links).toHaveText(shown.map((a) => a.title));
  for (const [i, a] of shown.entries()) await expect(links.nth(i), a.title).toHaveAttribute('href', articlePath(a));
}

/** A Vietnamese results page for `query`: its heading, the count it announces, and the first page of `hits`. */
async function expectSearchResults(page: Page, query: string, hits: RawArticle[]) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kết quả tìm kiếm: ${query}`);
  await expect(page.getByRole('status')).toHaveText(
    hits.length === 0 ? `Không tìm thấy bài viết nào cho “${query}”.` : `Tìm thấy ${hits.length} bài viết cho “${query}”.`,
  );
  await expectFirstPage(page, hits);
}

test.describe('search', () => {
  test('"ha noi" without accents finds stories about Hà Nội', async ({ page }) => {
    const response = await page.goto('/tim-kiem?q=ha+noi');
    expect(response?.status()).toBe(200);
    const hits = searchHits('vi', 'ha noi');
    expect(hits.length, 'articles about Hà Nội in data/').toBeGreaterThan(PAGE_SIZE);
    await expectSearchResults(page, 'ha noi', hits);
    await expect(page.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' })).toHaveValue('ha noi');

    const titles = (await mainCards(page).getByRole('heading').allTextContents()).map((t) => t.trim());
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => t.includes('Hà Nội')).length).toBeGreaterThanOrEqual(5);
    // The newest Vietnamese article with "Hà Nội" in its title is on the first page of results.
    const newest = articles()
      .filter((a) => a.locale === 'vi' && a.title.includes('Hà Nội'))
      .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))[0]!;
    expect(titles).toContain(newest.title);
  });

  test('"ha noi" matches the words, not letters inside other words', async ({ page }) => {
    // Nothing in this story's title, sapo or tags says Hà Nội; it only contains
    // "chạy" (…ha…) and "kết nối" (…noi…). It must not be a result for "ha noi".
    const unrelated = 'Thêm tuyến xe buýt điện nhỏ kết nối khu phố cổ với ga đường sắt đô thị';
    const story = articles().find((a) => a.title === unrelated);
    expect(story, 'the unrelated story is in data/').toBeDefined();
    const hits = searchHits('vi', 'ha noi');
    expect(hits, 'the unrelated story is no whole-word match').not.toContain(story);
    await page.goto('/tim-kiem?q=ha+noi');
    await expect(page.getByRole('main').getByRole('link', { name: unrelated })).toHaveCount(0);
    // …nor on a later page: the announced count is that of the whole-word matches.
    await expect(page.getByRole('status')).toHaveText(`Tìm thấy ${hits.length} bài viết cho “ha noi”.`);
  });

  test('a word from a few headlines, typed without accents, finds exactly those stories, newest first', async ({ page }) => {
    // "ngập" (flooded) is in these titles and in no other title, sapo or tag.
    const inTitles = newestFirst(articles().filter((a) => a.locale === 'vi' && foldedWords(a.title).has('ngap')));
    expect(inTitles.length, 'titles with "ngập" in data/').toBeGreaterThan(1);
    expect(searchHits('vi', 'ngap'), 'what "ngap" must find').toEqual(inTitles);

    const response = await page.goto('/tim-kiem?q=ngap');
    expect(response?.status()).toBe(200);
    await expectSearchResults(page, 'ngap', inTitles);
    for (const a of inTitles) await expect(page.getByRole('main').getByRole('link', { name: a.title, exact: true })).toBeVisible();
  });

  test('a query that matches nothing says so and lists no article', async ({ page }) => {
    const nonsense = 'xqzvbk';
    expect(searchHits('vi', nonsense)).toEqual([]);
    const response = await page.goto(`/tim-kiem?q=${nonsense}`);
    expect(response?.status()).toBe(200);
    await expectSearchResults(page, nonsense, []);
    await expect(mainCards(page)).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Phân trang' })).toHaveCount(0);
  });

  test('an empty query shows the hint instead of results', async ({ page }) => {
    const response = await page.goto('/tim-kiem?q=');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm kiếm');
    await expect(page.getByRole('status')).toHaveText('Nhập từ khóa, có dấu hoặc không dấu, ví dụ: “ha noi” hoặc “giáo dục”.');
    await expect(mainCards(page)).toHaveCount(0);
  });
});

test('a tag from the seed article lists the seed article', async ({ page }) => {
  await page.goto(SEED.path);
  const tag = page.getByRole('navigation', { name: 'Từ khóa' }).getByRole('link', { name: 'Thành ủy Hà Nội' });
  await tag.click();
  await expect(page).toHaveURL('/chu-de/thanh-uy-ha-noi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chủ đề: Thành ủy Hà Nội');

  const tagged = articles().filter((a) => a.locale === 'vi' && a.tags.includes('Thành ủy Hà Nội'));
  await expect(page.getByText(`${tagged.length} bài viết`, { exact: true })).toBeVisible();
  await expect(mainCards(page)).toHaveCount(Math.min(tagged.length, PAGE_SIZE));
  await expect(page.getByRole('main').getByRole('link', { name: SEED.title })).toHaveAttribute('href', SEED.path);
  await expectFirstPage(page, newestFirst(tagged));
});

test('the author page lists Tú Linh\'s articles and paginates past 20', async ({ page, request }) => {
  const own = articles().filter((a) => a.locale === 'vi' && a.authors.includes('tu-linh'));
  const response = await page.goto('/tac-gia/tu-linh');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tác giả Tú Linh');
  await expect(page.getByText(`${own.length} bài viết`, { exact: true })).toBeVisible();
  await expect(mainCards(page)).toHaveCount(Math.min(own.length, PAGE_SIZE));

  const listed = mainCards(page).getByRole('heading').getByRole('link');
  const expectedTitles = new Set(own.map((a) => a.title));
  for (const title of await listed.allTextContents()) expect(expectedTitles, title).toContain(title.trim());
  await expectFirstPage(page, newestFirst(own));
  // Open each listed story: its byline names Tú Linh.
  for (const href of await listed.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    const html = await (await request.get(href)).text();
    expect(html, href).toContain('<a href="/tac-gia/tu-linh" rel="author"><strong>Tú Linh</strong></a>');
  }

  const pagination = page.getByRole('navigation', { name: 'Phân trang' });
  if (own.length > PAGE_SIZE) {
    await pagination.getByRole('link', { name: 'Trang 2', exact: true }).click();
    await expect(page).toHaveURL('/tac-gia/tu-linh?page=2');
    await expect(mainCards(page)).toHaveCount(Math.min(own.length - PAGE_SIZE, PAGE_SIZE));
  } else {
    await expect(pagination).toHaveCount(0);
    expect((await request.get('/tac-gia/tu-linh?page=2')).status()).toBe(404);
  }
});
