import { z } from 'zod';
import { monthOf } from '../../hanoi-time';
import { LOCALES, type Locale } from '../../locale';
import type { ArticleSummary, Editorial } from '../records/model';

/**
 * What changed in the content, as plain data: the one change type of the content layer. The
 * in-memory reload, the PostgreSQL sync and the NOTIFY that carries a sync to every instance all
 * report it; lib/freshness alone decides which cached pages that expires. The content layer knows
 * nothing of pages or cache tags.
 */
export interface ContentChange {
  /** The site settings, categories or authors changed, or too much to list: every page may show it. */
  everything: boolean;
  /** Articles published, edited or unpublished. */
  articles: number[];
  /** Editions whose newest articles changed (home, feeds). */
  editions: Locale[];
  /** Sections whose lists changed, each with every section above it ("bong-da" and "the-thao"). */
  sections: { locale: Locale; slug: string }[];
  tags: { locale: Locale; slug: string }[];
  /** Author slugs (an author's page lists both editions). */
  authors: string[];
  /** Hà Nội months ("YYYY-MM") whose archive changed. */
  months: string[];
  /** Editions whose curated front page (front-page.json) changed or ended. */
  frontPages: Locale[];
  /** Editions whose breaking-news banner (breaking.json) changed, ended, or got its link (its article was published). */
  breaking: Locale[];
}

/** An article as it was and as it is now, each with the fingerprint of its file: before is absent for a new article, after for a removed one. */
export interface ArticlePair {
  before?: ArticleSummary & { revision: string };
  after?: ArticleSummary & { revision: string };
}

export const NO_CHANGE: ContentChange = { everything: false, articles: [], editions: [], sections: [], tags: [], authors: [], months: [], frontPages: [], breaking: [] };
export const EVERYTHING: ContentChange = { ...NO_CHANGE, everything: true };

export function isEmptyChange(change: ContentChange): boolean {
  return !change.everything && change.articles.length === 0 && change.frontPages.length === 0 && change.breaking.length === 0;
}

/** Two changes as one (a sync's and the schedule's, a reload's and its front page's). */
export function mergeChanges(a: ContentChange, b: ContentChange): ContentChange {
  if (a.everything || b.everything) return EVERYTHING;
  const keyed = <T>(list: T[], key: (item: T) => string) => [...new Map(list.map((item) => [key(item), item])).values()];
  const place = (x: { locale: Locale; slug: string }) => `${x.locale}/${x.slug}`;
  return {
    everything: false,
    articles: [...new Set([...a.articles, ...b.articles])],
    editions: LOCALES.filter((l) => a.editions.includes(l) || b.editions.includes(l)),
    sections: keyed([...a.sections, ...b.sections], place),
    tags: keyed([...a.tags, ...b.tags], place),
    authors: [...new Set([...a.authors, ...b.authors])],
    months: [...new Set([...a.months, ...b.months])].sort(),
    frontPages: LOCALES.filter((l) => a.frontPages.includes(l) || b.frontPages.includes(l)),
    breaking: LOCALES.filter((l) => a.breaking.includes(l) || b.breaking.includes(l)),
  };
}

/**
 * The change made by these before/after pairs: each pair whose file changed (revision or edition)
 * names its article and every list the article was or now is in. `parentOf` is the taxonomy's
 * parent of a section, so a section's lists carry their ancestors (Bóng đá is listed in Thể thao).
 * An article scheduled for later than `now` is in no list yet: a scheduled one saved or edited
 * names only itself, and its lists change when its time comes. Pairs that did not change are left
 * out; `everything` when the taxonomy changed.
 */
export function changeOf(
  pairs: Iterable<ArticlePair>,
  parentOf: (locale: Locale, slug: string) => string | undefined,
  options: { everything?: boolean; now?: number } = {},
): ContentChange {
  if (options.everything) return EVERYTHING;
  const articles = new Set<number>();
  const editions = new Set<Locale>();
  const sections = new Map<string, { locale: Locale; slug: string }>();
  const tags = new Map<string, { locale: Locale; slug: string }>();
  const authors = new Set<string>();
  const months = new Set<string>();
  const now = options.now ?? Date.now();
  const listed = (summary: ArticleSummary) => {
    if (Date.parse(summary.publishedAt) > now) return;
    const { locale } = summary;
    editions.add(locale);
    const seen = new Set<string>();
    for (let slug: string | undefined = summary.category.slug; slug && !seen.has(slug); slug = parentOf(locale, slug)) {
      seen.add(slug);
      sections.set(`${locale}/${slug}`, { locale, slug });
    }
    for (const tag of summary.tags) tags.set(`${locale}/${tag.slug}`, { locale, slug: tag.slug });
    for (const author of summary.authors) authors.add(author.slug);
    months.add(monthOf(summary.publishedAt));
  };
  for (const { before, after } of pairs) {
    if (before && after && before.revision === after.revision && before.locale === after.locale) continue;
    const id = (after ?? before)?.id;
    if (id === undefined) continue;
    articles.add(id);
    if (before) listed(before);
    if (after) listed(after);
  }
  return {
    everything: false,
    articles: [...articles],
    editions: LOCALES.filter((l) => editions.has(l)),
    sections: [...sections.values()],
    tags: [...tags.values()],
    authors: [...authors],
    months: [...months].sort(),
    frontPages: [],
    breaking: [],
  };
}

/** The editions whose curated front page or breaking banner differ between two states of the editorial files. */
export function editorialChange(before: Editorial, after: Editorial): ContentChange {
  // Keys sorted: PostgreSQL's jsonb gives them back in its own order.
  const canonical = (value: unknown) =>
    JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
  const differs = (a: unknown, b: unknown) => canonical(a) !== canonical(b);
  return {
    ...NO_CHANGE,
    frontPages: LOCALES.filter((l) => differs(before.frontPages[l], after.frontPages[l])),
    breaking: LOCALES.filter((l) => differs(before.breaking[l], after.breaking[l])),
  };
}

const localeSchema = z.enum(LOCALES);
const listSchema = z.array(z.object({ locale: localeSchema, slug: z.string() }));

/** A change as it travels between processes (NOTIFY's payload): checked like any record read from outside. */
export const contentChangeSchema = z.object({
  everything: z.boolean(),
  articles: z.array(z.number().int()),
  editions: z.array(localeSchema),
  sections: listSchema,
  tags: listSchema,
  authors: z.array(z.string()),
  months: z.array(z.string()),
  // Absent from an instance of the version before them (a rolling deploy): nothing of theirs changed.
  frontPages: z.array(localeSchema).default([]),
  breaking: z.array(localeSchema).default([]),
});

/** NOTIFY's payload must stay under 8000 bytes. */
const MAX_PAYLOAD = 7900;

/** The change as NOTIFY carries it; one too big to carry becomes "everything". */
export function encodeChange(change: ContentChange): string {
  const text = JSON.stringify(change);
  return Buffer.byteLength(text) <= MAX_PAYLOAD ? text : JSON.stringify(EVERYTHING);
}

/** A payload from another process: anything unreadable is taken as "everything" (a cache emptied is better than a stale page). */
export function decodeChange(payload: string): ContentChange {
  try {
    const parsed = contentChangeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : EVERYTHING;
  } catch {
    return EVERYTHING;
  }
}
