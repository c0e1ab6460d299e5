import type { ReservedSql, Sql } from 'postgres';
import { transactionOn } from '../../postgres/transaction';
import { LOCALES } from '../../../locale';
import type { ArticleSummary, Editorial } from '../../records/model';
import type { ContentProblem } from '../../records/problems';
import { NO_CHANGE, editorialChange, isEmptyChange, type ContentChange } from '../../store/change';
import { readEditorial, resolveEditorial } from '../editorial';

/** Keys of the taxonomy table that hold front-page.json and breaking.json as the last sync read them. */
export const EDITORIAL_KEYS = { frontPages: 'front-page', breaking: 'breaking' } as const;

/**
 * front-page.json and breaking.json into PostgreSQL, like the taxonomy: read and checked (their
 * article ids against the articles, scheduled ones included), saved when they differ from what is
 * stored, and their ends (`until`) set as timers that the schedule announces (release.ts). Answers
 * the editions whose front page or banner changed.
 */
export async function syncEditorial(sql: Sql | ReservedSql, root: string, now: number, problems: ContentProblem[], notices: ContentProblem[]): Promise<ContentChange> {
  const records = readEditorial(root, problems);
  const ids = [
    ...new Set(LOCALES.flatMap((l) => [records.frontPage[l]?.lead, ...(records.frontPage[l]?.featured ?? []), records.breaking[l]?.article]).filter((id): id is number => id !== undefined)),
  ];
  const found = ids.length > 0 ? await sql<{ summary: ArticleSummary }[]>`SELECT summary FROM articles WHERE id = ANY(${ids}::int[])` : [];
  const byId = new Map(found.map((row) => [row.summary.id, row.summary]));
  const after = resolveEditorial(records, (id) => byId.get(id), now, problems, notices);
  const before = await storedEditorial(sql);
  const change = editorialChange(before, after);
  if (isEmptyChange(change)) return NO_CHANGE;
  await transactionOn(sql, async (tx) => {
    const rows = [
      { key: EDITORIAL_KEYS.frontPages, value: after.frontPages },
      { key: EDITORIAL_KEYS.breaking, value: after.breaking },
    ];
    await tx`
      INSERT INTO taxonomy (key, value)
      SELECT r.key, r.value FROM jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) AS r(key text, value jsonb)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
    const timers = [
      ...change.frontPages.map((locale) => ({ kind: 'front-page', locale, until: after.frontPages[locale]?.until })),
      ...change.breaking.map((locale) => ({ kind: 'breaking', locale, until: after.breaking[locale]?.until })),
    ];
    for (const { kind, locale, until } of timers) {
      await tx`DELETE FROM content_timers WHERE kind = ${kind} AND locale = ${locale}`;
      if (until !== undefined && Date.parse(until) > now) await tx`INSERT INTO content_timers (kind, locale, at) VALUES (${kind}, ${locale}, ${new Date(until)})`;
    }
  });
  return change;
}

/** The front pages and banners as stored (none before the first sync of this version). */
export async function storedEditorial(sql: Sql | ReservedSql): Promise<Editorial> {
  const rows = await sql<{ key: string; value: unknown }[]>`SELECT key, value FROM taxonomy WHERE key IN (${EDITORIAL_KEYS.frontPages}, ${EDITORIAL_KEYS.breaking})`;
  const value = (key: string) => (rows.find((r) => r.key === key)?.value ?? {}) as never;
  return { frontPages: value(EDITORIAL_KEYS.frontPages), breaking: value(EDITORIAL_KEYS.breaking) };
}
