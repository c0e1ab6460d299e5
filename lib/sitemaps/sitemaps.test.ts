import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from '../content/load';
import { monthSitemap, newsSitemap, parseSitemapFile, sitemapIndex } from './sitemaps';

const load = async () => (await loadContent(path.join(import.meta.dirname, '../../data'))).index;
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

test('file names: pages, news and months; anything else is unknown', () => {
  assert.deepEqual(parseSitemapFile('articles-2022-12.xml'), { kind: 'month', month: '2022-12' });
  assert.deepEqual(parseSitemapFile('news.xml'), { kind: 'news' });
  for (const bad of ['articles-2022-13.xml', 'articles-22-12.xml', 'sitemap.xml', 'pages.xml.gz']) assert.equal(parseSitemapFile(bad), undefined, bad);
});

test('every article is in exactly one month file, and the index lists every month', async () => {
  const content = await load();
  const months = locs(sitemapIndex(content))
    .map((l) => /articles-(\d{4}-\d{2})\.xml$/.exec(l)?.[1])
    .filter((m) => m !== undefined);
  const listed = months.flatMap((m) => locs(monthSitemap(content, m)!).filter((l) => l.endsWith('.html')));
  assert.equal(listed.length, content.articleCount);
  assert.equal(new Set(listed).size, listed.length);
  assert.equal(monthSitemap(content, '1999-01'), undefined);
});

test("an article's entry carries its Hà Nội lastmod and its photo", async () => {
  const content = await load();
  const seed = monthSitemap(content, '2022-12')!;
  assert.match(seed, /-1000\.html<\/loc><lastmod>2022-12-23T16:45:00\+07:00<\/lastmod><image:image>/);
});

test('the news sitemap holds the last two days only, newest first', async () => {
  const content = await load();
  const seed = content.getArticle(1000)!;
  const now = Date.parse(seed.publishedAt) + 60 * 60 * 1000;
  const xml = newsSitemap(content, now);
  const expected = (['vi', 'en'] as const)
    .flatMap((l) => content.all(l))
    .filter((a) => Date.parse(a.publishedAt) <= now && Date.parse(a.publishedAt) >= now - 2 * 86_400_000)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .map((a) => a.id);
  assert.ok(expected.includes(1000));
  assert.deepEqual(locs(xml).map((u) => Number(/-(\d+)\.html$/.exec(u)?.[1])), expected);
  assert.match(xml, /<news:publication_date>2022-12-23T16:45:00\+07:00<\/news:publication_date><news:title>Hà Nội chủ động/);
  assert.equal(locs(newsSitemap(content, Date.parse('1990-01-01T00:00:00Z'))).length, 0);
});
