import { parsePageParam } from '../routing/resolve';

export const MAX_QUERY_LENGTH = 100;

/** ?q=…&page=N from untrusted input: first value wins, trimmed, NFC, length-capped. Never throws. */
export function parseSearchQuery(params: Record<string, string | string[] | undefined>) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const raw = (first(params.q) ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const tooLong = raw.length > MAX_QUERY_LENGTH;
  return {
    query: tooLong ? raw.slice(0, MAX_QUERY_LENGTH) : raw,
    page: parsePageParam(first(params.page) ?? null),
    tooLong,
    max: MAX_QUERY_LENGTH,
  };
}
