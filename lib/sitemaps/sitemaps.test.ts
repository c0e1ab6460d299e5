import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadContent } from '../content/ingest/load-folder';
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
  const months = locs(await sitemapIndex(content))
    .map((l) => /articles-(\d{4}-\d{2})\.xml$/.exec(l)?.[1])
    .filter((m) => m !== undefined);
  const listed = (await Promise.all(months.map(async (m) => locs((await monthSitemap(content, m))!)))).flat().filter((l) => l.endsWith('.html'));
  assert.equal(listed.length, await content.articleCount());
  assert.equal(new Set(listed).size, listed.length);
  assert.equal(await monthSitemap(content, '1999-01'), undefined);
});

test("an article's entry carries its Hà Nội lastmod and its photo", async () => {
  const content = await load();
  const seed = (await monthSitemap(content, '2022-12'))!;
  assert.match(seed, /-1000\.html<\/loc><lastmod>2022-12-23T16:45:00\+07:00<\/lastmod><image:image>/);
});

test('the news sitemap holds the last two days only, newest first', async () => {
  const content = await load();
  const ids = async (now: string) => locs(await newsSitemap(content, Date.parse(now))).map((u) => Number(/-(\d+)\.html$/.exec(u)?.[1]));
  // 1000 was published 2022-12-23 16:45, 1003 on 2022-12-20 17:10 (Hà Nội time).
  assert.deepEqual(await ids('2022-12-23T17:00:00+07:00'), [1000]);
  assert.deepEqual(await ids('2022-12-22T17:05:00+07:00'), [1003]);
  assert.deepEqual(await ids('2022-12-22T17:15:00+07:00'), []);
  assert.deepEqual(await ids('2022-12-23T16:44:00+07:00'), [], 'not before it is published');
  assert.deepEqual(await ids('1990-01-01T00:00:00Z'), []);
  const xml = await newsSitemap(content, Date.parse('2022-12-23T17:00:00+07:00'));
  assert.match(xml, /<news:publication_date>2022-12-23T16:45:00\+07:00<\/news:publication_date><news:title>Hà Nội chủ động/);
});
