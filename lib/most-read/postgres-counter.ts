import type { Sql } from 'postgres';
import { KEEP_MS, hourOf, type ViewCounter } from './counter';

/**
 * Counts in the content database (table article_views, migration 003): each
 * instance keeps its new views in memory and adds them in one upsert every
 * few seconds, so several instances add up and a burst costs one statement.
 */
export class PostgresViewCounter implements ViewCounter {
  private pending = new Map<string, { hour: number; id: number; n: number }>();

  constructor(private readonly sql: Sql) {}

  add(articleId: number, at: Date): void {
    const hour = hourOf(at);
    const key = `${hour}:${articleId}`;
    const entry = this.pending.get(key);
    if (entry) entry.n++;
    else this.pending.set(key, { hour, id: articleId, n: 1 });
  }

  async top(since: Date, limit: number): Promise<{ id: number; views: number }[]> {
    const rows = await this.sql<{ id: string; views: number }[]>`
      SELECT article_id AS id, sum(views)::int AS views FROM article_views
      WHERE hour >= ${new Date(hourOf(since))}
      GROUP BY article_id ORDER BY views DESC, article_id DESC LIMIT ${limit}`;
    return rows.map((r) => ({ id: Number(r.id), views: r.views }));
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const rows = [...this.pending.values()];
    this.pending = new Map();
    await this.sql`
      INSERT INTO article_views (hour, article_id, views)
      SELECT to_timestamp(r.hour / 1000.0), r.id, r.n
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) AS r(hour bigint, id bigint, n int)
      ON CONFLICT (hour, article_id) DO UPDATE SET views = article_views.views + excluded.views`;
    await this.sql`DELETE FROM article_views WHERE hour < ${new Date(Date.now() - KEEP_MS)}`;
  }
}
