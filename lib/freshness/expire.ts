import { revalidateSecret } from './secret';
import { config } from '../config';

/** Where this server's own revalidation route answers. */
export const REVALIDATE_PATH = '/internal/revalidate';

/**
 * Asks this server's revalidation route to expire the cached responses with these tags.
 * revalidateTag only works inside a request, so a file watcher or a database listener cannot call
 * it; they call the route. It clears this instance only: every instance hears of a change itself
 * (NOTIFY), and the tier in front keeps pages for seconds (decision 012).
 */
export async function expireTags(tags: readonly string[]): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${config.port}${REVALIDATE_PATH}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${revalidateSecret()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`revalidation answered ${response.status}`);
}
