import type { ReservedSql, Sql } from 'postgres';
import { transactionOn } from '../../postgres/transaction';
import { LOCALES, type Locale } from '../../../locale';
import type { ArticleSummary, Breaking } from '../../records/model';
import { NO_CHANGE, changeOf, encodeChange, isEmptyChange, type ContentChange } from '../../store/change';
import { CONTENT_CHANNEL, SYNC_LOCK } from './channel';
import { Deltas, applyDeltas, listArticles } from './write';

export interface ReleaseOptions {
  /** The clock: what is due at or before this time (ms) is released. */
  now?: number;
  /** The caller holds the sync lock (a sync releases what came due as it ends). */
  locked?: boolean;
  /** NOTIFY the change from the same transaction (a sync announces it with its own instead). */
  notify?: boolean;
}

/**
 * Publishes what came due on PostgreSQL, once, whichever instance gets there first: the scheduled
 * articles whose time has come get their list rows and counts and become `released` (every getter
 * answers them from then on), and the front pages and banners whose `until` has passed lose their
 * timer. All in one transaction, with the NOTIFY in it: every instance (this one too) hears the
 * change once and expires exactly the pages it touches (decision 008). Another instance releasing,
 * or a sync running, holds the lock: then this one does nothing and answers undefined (the next
 * try finds nothing left).
 */
export async function releaseDue(sql: Sql | ReservedSql, parentOf: (locale: Locale, slug: string) => string | undefined, options: ReleaseOptions = {}): Promise<ContentChange | undefined> {
  const { now = Date.now(), locked = false, notify = true } = options;
  const at = new Date(now);
  return transactionOn(sql, async (tx) => {
    if (!locked) {
      const [lock] = await tx<{ got: boolean }[]>`SELECT pg_try_advisory_xact_lock(${SYNC_LOCK}) AS got`;
      if (!lock?.got) return undefined;
    }
    const due = await tx<{ summary: ArticleSummary; revision: string }[]>`
      SELECT summary, revision FROM articles WHERE NOT released AND published_at <= ${at} ORDER BY published_at, id`;
    const ended = await tx<{ kind: string; locale: Locale }[]>`DELETE FROM content_timers WHERE at <= ${at} RETURNING kind, locale`;
    if (due.length === 0 && ended.length === 0) return NO_CHANGE;
    const ids = due.map((row) => row.summary.id);
    if (ids.length > 0) {
      const deltas = new Deltas();
      await listArticles(tx, due.map((row) => row.summary), parentOf, deltas);
      await applyDeltas(tx, deltas);
      await tx`UPDATE articles SET released = true WHERE id = ANY(${ids}::int[])`;
    }
    // A banner that names an article just published now links to it.
    const [banners] = ids.length > 0 ? await tx<{ value: Partial<Record<Locale, Breaking>> }[]>`SELECT value FROM taxonomy WHERE key = 'breaking'` : [];
    const linked = (locale: Locale) => {
      const id = banners?.value[locale]?.article?.id;
      return id !== undefined && ids.includes(id);
    };
    const endedOf = (kind: string) => LOCALES.filter((locale) => ended.some((row) => row.kind === kind && row.locale === locale));
    const change: ContentChange = {
      ...changeOf(due.map((row) => ({ after: { ...row.summary, revision: row.revision } })), parentOf, { now }),
      frontPages: endedOf('front-page'),
      breaking: LOCALES.filter((locale) => linked(locale) || endedOf('breaking').includes(locale)),
    };
    if (notify && !isEmptyChange(change)) await tx`SELECT pg_notify(${CONTENT_CHANNEL}, ${encodeChange(change)})`;
    return change;
  });
}
