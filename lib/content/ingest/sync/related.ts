import type { Sql } from 'postgres';
import type { ContentProblem } from '../../records/problems';
import type { PendingRelated } from '../../records/validate';

/** "body.3.ids.1 — unknown article id 42": the link is left out when the article is read. */
export async function unknownRelated(sql: Sql, pending: { file: string; related: PendingRelated[] }[]): Promise<ContentProblem[]> {
  const ids = [...new Set(pending.flatMap((p) => p.related.flatMap((r) => r.ids)))];
  if (ids.length === 0) return [];
  const found = new Set((await sql<{ id: number }[]>`SELECT id FROM articles WHERE id = ANY(${ids}::int[])`).map((r) => r.id));
  const out: ContentProblem[] = [];
  for (const { file, related } of pending) {
    for (const { index, ids: named } of related) {
      named.forEach((id, i) => {
        if (!found.has(id)) out.push({ file, field: `body.${index}.ids.${i}`, message: `unknown article id ${id}` });
      });
    }
  }
  return out;
}
