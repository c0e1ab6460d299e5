import { cacheLife } from 'next/cache';
import { DESKTOP_BODY_IMAGE_SIZES } from '@/components/article/ArticleView';
import { LiveUpdateItem } from '@/components/live/LiveUpdateItem';
import { renderFragment } from '@/components/document/renderDocument';
import { getContent, type Article } from '@/lib/content';
import { tagCachedResult } from '@/lib/freshness/cache-tag';
import { SITE_TAG, articleTag } from '@/lib/freshness/tags';
import { CACHE_LIFE, cacheControl } from '@/lib/http/cache-policy';
import { getUi } from '@/lib/i18n/ui';
import { liveCheck } from '@/lib/page-model/live';
import { parseArticleId, SLUG_PATTERN } from '@/lib/routing/route';

/**
 * The live check (issue 24, decision 025): what a desktop live page's script asks every 15 s,
 * `/live/{articleId}/{since}` → JSON `{ status, newest, count, html? }`, where `html` is the
 * updates newer than `since` drawn as the page draws them (absent: too many or `since` gone, the
 * page offers a reload). One answer per (article, since), kept by the server's page cache and
 * tagged with the article (an edit expires it at once), and by the tier 5 s: 10,000 readers of
 * one live page ask one URL, which costs the app about one answer per 5 s.
 */
export async function liveCheckResponse(idText: string, since: string): Promise<Response> {
  const id = parseArticleId(idText);
  if (id === undefined || (since !== '-' && (since.length > 60 || !SLUG_PATTERN.test(since)))) return json(404, { error: 'not a live article' }, 'missingFile');
  // Only a known `since` gets an entry of its own in the page cache (one per update at most): any
  // other string is answered from the article's list of ids, so made-up URLs cannot fill it.
  const known = await cachedIds(id);
  if (known.status === 200 && since !== '-' && !known.ids.includes(since)) {
    return new Response(JSON.stringify({ status: known.live, ...(known.ids[0] && { newest: known.ids[0] }), count: known.ids.length }), { headers: headers('liveCheck') });
  }
  const answer = known.status === 200 ? await cachedCheck(id, since) : known;
  if (answer.status === 503) return json(503, { error: 'unavailable' }, 'unavailable');
  return new Response(answer.body, { status: answer.status, headers: headers(answer.status === 200 ? 'liveCheck' : 'missingFile') });
}

type Failed = { status: 404 | 503; body: string };
type Answer = { status: 200; body: string } | Failed;
type Ids = { status: 200; live: string; ids: string[] } | Failed;

/**
 * What `answer` makes of a live article (inside a cached function): kept 5 minutes and tagged with the
 * article, so a save expires it; 404 when it is not a live article; 503, kept by nothing, when the
 * store failed.
 */
async function fromLiveArticle<T>(id: number, answer: (article: Article) => T): Promise<T | Failed> {
  try {
    const article = await (await getContent()).getArticle(id);
    cacheLife(CACHE_LIFE.page);
    tagCachedResult([SITE_TAG, articleTag(id)]);
    return article?.live ? answer(article) : { status: 404, body: JSON.stringify({ error: 'not a live article' }) };
  } catch (error) {
    console.error(`[live-check] ${id}: ${(error as Error).message}`);
    cacheLife(CACHE_LIFE.none);
    return { status: 503, body: '' };
  }
}

/** A live article's status and update ids, newest first. */
async function cachedIds(id: number): Promise<Ids> {
  'use cache';
  return fromLiveArticle(id, (article) => ({ status: 200 as const, live: article.live?.status ?? 'ended', ids: (article.updates ?? []).map((u) => u.id) }));
}

/** The answer for one (article, since): the updates newer than `since`, drawn as the page draws them. */
async function cachedCheck(id: number, since: string): Promise<Answer> {
  'use cache';
  return fromLiveArticle(id, (article) => {
    const ui = getUi(article.locale);
    const { updates, ...check } = liveCheck(article, since, ui, Date.now());
    const html = updates?.map((view) => renderFragment(<LiveUpdateItem view={view} ui={ui} layout="desktop" imageSizes={DESKTOP_BODY_IMAGE_SIZES} />)).join('');
    return { status: 200 as const, body: JSON.stringify({ ...check, ...(html !== undefined && { html }) }) };
  });
}

function headers(policy: Parameters<typeof cacheControl>[0]): Record<string, string> {
  return { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': cacheControl(policy) };
}

function json(status: number, value: unknown, policy: Parameters<typeof cacheControl>[0]): Response {
  return new Response(JSON.stringify(value), { status, headers: headers(policy) });
}
