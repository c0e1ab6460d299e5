import { cacheTag } from 'next/cache';

/** Next accepts at most 128 tags per call. */
const CHUNK = 100;

/**
 * Tags the cached result being made (inside a `'use cache'` function): Next stores the tags with
 * the entry, and a later revalidateTag of any of them expires it (decision 008). Pages, their
 * existence answers, feeds and sitemaps are tagged this way.
 */
export function tagCachedResult(tags: readonly string[]): void {
  for (let i = 0; i < tags.length; i += CHUNK) cacheTag(...tags.slice(i, i + CHUNK));
}
