/**
 * Search words as the in-memory index cuts them (memory-index.ts): runs of
 * letters and digits. Cutting here, and folding in PostgreSQL with
 * unaccent(lower()), keeps "COVID-19" two words (covid, 19) and "23/12" two
 * (23, 12) on both stores, where PostgreSQL's own parser would keep
 * "-19" and "23/12" as single tokens.
 */
export function searchWords(text: string): string[] {
  return text.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

