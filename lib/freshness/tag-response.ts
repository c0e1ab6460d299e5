import { unstable_cache } from 'next/cache';

/** Next accepts at most 128 tags per cached call. */
const CHUNK = 100;

/**
 * Attaches cache tags to the response being rendered (an ISR page or route
 * handler): Next collects the tags of every cached call made during a render
 * into the response's cache entry, so a later revalidateTag of any of them
 * expires it. The cached call itself is a constant.
 */
export async function tagResponse(tags: readonly string[]): Promise<void> {
  for (let i = 0; i < tags.length; i += CHUNK) {
    const chunk = tags.slice(i, i + CHUNK);
    await unstable_cache(async () => true, ['response-tags', ...chunk], { tags: chunk })();
  }
}
