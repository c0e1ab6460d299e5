import type { ContentStore } from '../content';
import type { ContentChanges } from '../content/changes';
import { revalidateSecret } from './secret';
import { staleTags } from './tags';

/** Where this server's own revalidation route answers. */
export const REVALIDATE_PATH = '/internal/revalidate';

/**
 * After a reload of the in-memory store: works out which cached responses
 * show what changed and expires them.
 */
export async function announceChanges(changes: ContentChanges, before: ContentStore, after: ContentStore): Promise<string[]> {
  const tags = staleTags(changes, before, after);
  if (tags.length === 0) return tags;
  await expireTags(tags);
  console.log(`[content] ${changes.articles.length} article(s) changed; expired ${tags.length} cache tag(s)`);
  return tags;
}

/**
 * Asks this server's revalidation route to expire the cached responses with
 * these tags. revalidateTag only works inside a request, so a file watcher or
 * a database listener cannot call it; they call the route.
 */
export async function expireTags(tags: readonly string[]): Promise<void> {
  const port = process.env.PORT || '3000';
  const response = await fetch(`http://127.0.0.1:${port}${REVALIDATE_PATH}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${revalidateSecret()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
}
