import type { Sql } from 'postgres';
import { monthOf } from '../../../hanoi-time';
import { bodyPassages, exact } from '../../../search/text';
import type { PostgresStore, StoredBlock } from '../../postgres/store';
import { searchWords } from '../../postgres/words';
import type { Article, ArticleSummary } from '../../records/model';
import type { Locale } from '../../../locale';

/**
 * The sync's writes: articles with their search vectors, their list memberships (section with its
 * parents, tags, authors) and the counts kept per list. Always inside a transaction (on the sync's
 * reserved connection, postgres/transaction.ts): a batch is written whole or not at all. A
 * scheduled article (publishedAt still to come) is written unreleased, without list rows or
 * counts; release.ts lists it when its time comes.
 */

/** The sync's connection: the helpers below run inside its transaction. */
export type Db = Sql;

/** An article as the sync compares it: its summary and its file's fingerprint. */
export type Summary = ArticleSummary & { revision: string };

/** Counts kept per list (list_counts): +1 / -1 per membership. */
export class Deltas {
  private readonly map = new Map<string, { kind: string; locale: string; key: string; n: number }>();
  add(kind: string, locale: string, key: string, n: number): void {
    const id = `${kind}\u0000${locale}\u0000${key}`;
    const entry = this.map.get(id);
    if (entry) entry.n += n;
    else this.map.set(id, { kind, locale, key, n });
  }
  rows() {
    return [...this.map.values()].filter((r) => r.n !== 0);
  }
}

export function summaryOf(article: Article): Summary {
  const { id, slug, locale, title, sapo, category, tags, authors, photoCredit, publishedAt, updatedAt, cover, live, revision } = article;
  return { id, slug, locale, title, sapo, category, tags, authors, photoCredit, publishedAt, updatedAt, cover, live, revision };
}

/** An article row just deleted (RETURNING id, summary, revision, released). */
export type Gone = { id: number; summary: ArticleSummary; revision: string; released: boolean };

/** The list rows and counts of deleted articles go too; returns what they were, for the cache tags. */
export async function unpublished(tx: Db, gone: Gone[]): Promise<Summary[]> {
  const deltas = new Deltas();
  await removeMemberships(tx, gone.map((g) => g.id), deltas);
  for (const g of gone) if (g.released) uncount(g.summary, deltas);
  await applyDeltas(tx, deltas);
  return gone.map((g) => ({ ...g.summary, revision: g.revision }));
}

/** A released article leaves its edition's and its month's counts (its list rows say the rest). */
export function uncount(summary: ArticleSummary, deltas: Deltas): void {
  deltas.add('edition', summary.locale, '', -1);
  deltas.add('month', '', monthOf(summary.publishedAt), -1);
}

export async function removeMemberships(tx: Db, ids: number[], deltas: Deltas): Promise<void> {
  if (ids.length === 0) return;
  for (const r of await tx<{ locale: string; category: string }[]>`DELETE FROM article_categories WHERE id = ANY(${ids}::int[]) RETURNING locale, category`) {
    deltas.add('cat', r.locale, r.category, -1);
  }
  for (const r of await tx<{ locale: string; tag_slug: string }[]>`DELETE FROM article_tags WHERE id = ANY(${ids}::int[]) RETURNING locale, tag_slug`) {
    deltas.add('tag', r.locale, r.tag_slug, -1);
  }
  for (const r of await tx<{ locale: string; author_slug: string }[]>`DELETE FROM article_authors WHERE id = ANY(${ids}::int[]) RETURNING locale, author_slug`) {
    deltas.add('author', r.locale, r.author_slug, -1);
  }
}

/** Whether an article is listed now, or scheduled for later. */
export const releasedAt = (summary: ArticleSummary, now: number) => Date.parse(summary.publishedAt) <= now;

/** Writes the articles; those published by `now` are listed at once, the others wait for release.ts. */
export async function writeArticles(tx: Db, items: { article: Article; body: StoredBlock[] }[], store: PostgresStore, deltas: Deltas, now: number): Promise<void> {
  const articles = items.map((i) => i.article);
  const rows = items.map(({ article: a, body }) => {
    const { revision, ...summary } = summaryOf(a);
    return {
      id: a.id,
      locale: a.locale,
      slug: a.slug,
      category: a.category.slug,
      published_at: a.publishedAt,
      lastmod: a.updatedAt ?? a.publishedAt,
      month: monthOf(a.publishedAt),
      file: a.file,
      revision,
      summary,
      body,
      released: releasedAt(a, now),
      corrections: a.corrections ?? null,
      live_updates: a.updates ?? null,
      title_words: searchWords(a.title).join(' '),
      sapo_words: searchWords(a.sapo).join(' '),
      tag_words: [...a.tags.map((t) => t.name), ...a.authors.map((au) => au.name)].flatMap(searchWords).join(' '),
      body_words: bodyPassages(a).flatMap(searchWords).join(' '),
      // The same words lower-cased with their diacritics: an exact-spelling match ranks first.
      exact_words: [a.title, a.sapo, ...a.tags.map((t) => t.name), ...a.authors.map((au) => au.name), ...bodyPassages(a)].flatMap(searchWords).map((w) => exact(w)).join(' '),
    };
  });
  await tx`
    INSERT INTO articles (id, locale, slug, category, published_at, lastmod, month, file, revision, summary, body, released, corrections, live_updates, search, search_exact)
    SELECT r.id, r.locale, r.slug, r.category, r.published_at, r.lastmod, r.month, r.file, r.revision, r.summary, r.body, r.released, r.corrections, r.live_updates,
      setweight(to_tsvector('simple', content_fold(r.title_words)), 'A') ||
      setweight(to_tsvector('simple', content_fold(r.sapo_words)), 'B') ||
      setweight(to_tsvector('simple', content_fold(r.tag_words)), 'C') ||
      setweight(to_tsvector('simple', content_fold(r.body_words)), 'D'),
      to_tsvector('simple', r.exact_words)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) AS r(
      id int, locale text, slug text, category text, published_at timestamptz, lastmod timestamptz, month text,
      file text, revision text, summary jsonb, body jsonb, released boolean, corrections jsonb, live_updates jsonb, title_words text, sapo_words text, tag_words text, body_words text, exact_words text)
    ON CONFLICT (id) DO UPDATE SET locale = excluded.locale, slug = excluded.slug, category = excluded.category,
      published_at = excluded.published_at, lastmod = excluded.lastmod, month = excluded.month, file = excluded.file,
      revision = excluded.revision, summary = excluded.summary, body = excluded.body, released = excluded.released,
      corrections = excluded.corrections, live_updates = excluded.live_updates, search = excluded.search, search_exact = excluded.search_exact`;
  await listArticles(tx, articles.filter((a) => releasedAt(a, now)), (locale, slug) => store.getCategory(locale, slug)?.parent, deltas);
}

/**
 * An article's list rows (its section and every section above it, its tags, its authors) and its
 * counts (those lists, its edition, its month): written when it is published, at once or when
 * its time comes (release.ts).
 */
export async function listArticles(tx: Db, articles: ArticleSummary[], parentOf: (locale: Locale, slug: string) => string | undefined, deltas: Deltas): Promise<void> {
  if (articles.length === 0) return;
  const categories: { locale: string; category: string; published_at: string; id: number }[] = [];
  const tags: { locale: string; tag_slug: string; name: string; published_at: string; id: number }[] = [];
  const authors: { author_slug: string; locale: string; published_at: string; id: number }[] = [];
  for (const a of articles) {
    const base = { published_at: a.publishedAt, id: a.id };
    deltas.add('edition', a.locale, '', 1);
    deltas.add('month', '', monthOf(a.publishedAt), 1);
    // Listed in its category and every ancestor (Bóng đá → Thể thao).
    const seen = new Set<string>();
    for (let slug: string | undefined = a.category.slug; slug && !seen.has(slug); slug = parentOf(a.locale, slug)) {
      seen.add(slug);
      categories.push({ locale: a.locale, category: slug, ...base });
      deltas.add('cat', a.locale, slug, 1);
    }
    for (const t of a.tags) {
      tags.push({ locale: a.locale, tag_slug: t.slug, name: t.name, ...base });
      deltas.add('tag', a.locale, t.slug, 1);
    }
    for (const slug of new Set(a.authors.map((x) => x.slug))) {
      authors.push({ author_slug: slug, locale: a.locale, ...base });
      deltas.add('author', a.locale, slug, 1);
    }
  }
  await tx`
    INSERT INTO article_categories (locale, category, published_at, id)
    SELECT r.locale, r.category, r.published_at, r.id
    FROM jsonb_to_recordset(${JSON.stringify(categories)}::text::jsonb) AS r(locale text, category text, published_at timestamptz, id int)`;
  await tx`
    INSERT INTO article_tags (locale, tag_slug, name, published_at, id)
    SELECT r.locale, r.tag_slug, r.name, r.published_at, r.id
    FROM jsonb_to_recordset(${JSON.stringify(tags)}::text::jsonb) AS r(locale text, tag_slug text, name text, published_at timestamptz, id int)`;
  await tx`
    INSERT INTO article_authors (author_slug, locale, published_at, id)
    SELECT r.author_slug, r.locale, r.published_at, r.id
    FROM jsonb_to_recordset(${JSON.stringify(authors)}::text::jsonb) AS r(author_slug text, locale text, published_at timestamptz, id int)`;
}

export async function applyDeltas(tx: Db, deltas: Deltas): Promise<void> {
  const rows = deltas.rows();
  if (rows.length === 0) return;
  await tx`
    INSERT INTO list_counts (kind, locale, key, n)
    SELECT r.kind, r.locale, r.key, r.n FROM jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) AS r(kind text, locale text, key text, n int)
    ON CONFLICT (kind, locale, key) DO UPDATE SET n = list_counts.n + excluded.n`;
}
