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

/** The search results (not the latest news shown when nothing is found). */
const resultCards = (page: Page) => page.getByRole('main').locator('.search-results').getByRole('article');

/**
 * A Vietnamese results page for `query`: its heading, the count it announces, and its first page:
 * 20 of `hits` (ranked by relevance), or with `newest` exactly the first 20 of `hits` in order.
 */
async function expectSearchResults(page: Page, query: string, hits: RawArticle[], { newest = false } = {}) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Kết quả tìm kiếm: ${query}`);
  await expect(page.getByRole('status')).toHaveText(
    hits.length === 0 ? `Không tìm thấy bài viết nào cho “${query}”.` : `Tìm thấy ${hits.length} bài viết cho “${query}”.`,
  );
  if (newest) return hits.length === 0 ? expect(resultCards(page)).toHaveCount(0) : expectFirstPage(page, hits);
  const titles = (await resultCards(page).getByRole('heading').allTextContents()).map((t) => t.trim());
  expect(titles).toHaveLength(Math.min(hits.length, PAGE_SIZE));
  const all = hits.map((a) => a.title);
  for (const title of titles) expect(all, 'every result holds every word').toContain(title);
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

  test('a query matches whole words, not letters inside other words', async ({ page }) => {
    // This story holds "tuyến" (…uyen…) but not the word "uyên": it must not be a result for "uyen".
    const unrelated = 'Thêm tuyến xe buýt điện nhỏ kết nối khu phố cổ với ga đường sắt đô thị';
    const story = articles().find((a) => a.title === unrelated);
    expect(story, 'the unrelated story is in data/').toBeDefined();
    const hits = searchHits('vi', 'uyen');
    expect(hits, 'the unrelated story is no whole-word match').not.toContain(story);
    await page.goto('/tim-kiem?q=uyen&sort=newest');
    await expect(resultCards(page).getByRole('link', { name: unrelated })).toHaveCount(0);
    await expectSearchResults(page, 'uyen', hits, { newest: true });
  });

  test('a word from a few stories, typed without accents, finds exactly those stories; "Mới nhất" lists them newest first', async ({ page }) => {
    // "ngập" (flooded) is in a few stories, headline or body.
    const found = searchHits('vi', 'ngap');
    expect(found.length, 'stories with "ngập" in data/').toBeGreaterThan(1);
    expect(found.filter((a) => foldedWords(a.title).has('ngap')).length, 'some in the headline').toBeGreaterThan(0);

    const response = await page.goto('/tim-kiem?q=ngap');
    expect(response?.status()).toBe(200);
    await expectSearchResults(page, 'ngap', found);
    for (const a of found) await expect(page.getByRole('main').getByRole('link', { name: a.title, exact: true })).toBeVisible();
    // Relevance: the headlines holding the word come before the stories that hold it only further down.
    const titles = (await resultCards(page).getByRole('heading').allTextContents()).map((t) => t.trim());
    const inTitle = titles.map((t) => foldedWords(t).has('ngap'));
    expect(inTitle, 'headline matches first').toEqual([...inTitle].sort((a, b) => Number(b) - Number(a)));

    await page.getByRole('navigation', { name: 'Sắp xếp kết quả' }).getByRole('link', { name: 'Mới nhất' }).click();
    await expect(page).toHaveURL('/tim-kiem?q=ngap&sort=newest');
    await expectSearchResults(page, 'ngap', found, { newest: true });
  });

  test('a query that matches nothing says so and lists no article', async ({ page }) => {
    const nonsense = 'xqzvbk';
    expect(searchHits('vi', nonsense)).toEqual([]);
    const response = await page.goto(`/tim-kiem?q=${nonsense}`);
    expect(response?.status()).toBe(200);
    await expectSearchResults(page, nonsense, []);
    await expect(resultCards(page)).toHaveCount(0);
    // Instead: the latest news.
    await expect(page.getByRole('heading', { level: 2, name: 'Tin mới nhất' })).toBeVisible();
    await expect(mainCards(page)).toHaveCount(6);
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
