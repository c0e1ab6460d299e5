import type { Sql } from 'postgres';

/** The channel a sync announces on; the payload is {"tags": [...]}: the cache tags to expire (decision 010). */
export const CONTENT_CHANNEL = 'content_changed';

/** The payload of one NOTIFY, as the sync writes it. */
export function changeMessage(tags: string[]): string {
  return JSON.stringify({ tags });
}

/**
 * Calls `onChange` with the cache tags of every sync that changed something,
 * on any instance. postgres.js re-listens after a reconnect; `onListen` runs
 * each time (a reconnect may have missed a sync: expire `site` then).
 * Returns a function that stops listening.
 */
export async function listenForChanges(sql: Sql, onChange: (tags: string[]) => void, onListen?: () => void): Promise<() => Promise<void>> {
  const { unlisten } = await sql.listen(
    CONTENT_CHANNEL,
    (payload) => {
      const tags = parseTags(payload);
      if (tags) onChange(tags);
      else console.error(`[content] ignored a ${CONTENT_CHANNEL} message that is not {"tags": [...]}: ${payload.slice(0, 200)}`);
    },
    onListen,
  );
  return unlisten;
}

function parseTags(payload: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== 'object' || value === null || !('tags' in value) || !Array.isArray(value.tags)) return undefined;
    const tags: unknown[] = value.tags;
    return tags.every((t): t is string => typeof t === 'string') ? tags : undefined;
  } catch {
    return undefined;
  }
}
