import { exact, fold, tokenize } from './text';

/**
 * A reader's query, parsed once for every store. Words are Vietnamese
 * syllables (or English words); `"…"` groups words into an exact phrase.
 */
export interface QueryWord {
  /** Lower case, NFC, diacritics kept: what an exact-diacritic match compares. */
  exact: string;
  /** Folded (no diacritics, đ→d): what a match requires. */
  folded: string;
  /** The reader typed diacritics (or đ) in this word: exact matches rank higher. */
  marked: boolean;
}

export interface QueryGroup {
  words: QueryWord[];
  /** A quoted phrase: its words must be adjacent and in order. Otherwise adjacency only ranks higher. */
  quoted: boolean;
}

export interface ParsedQuery {
  /** The loose words first (one group, in the query's order), then each quoted phrase. */
  groups: QueryGroup[];
  /** Every distinct folded word: an article must hold them all. */
  required: string[];
  /** No word of the query carried a diacritic (the page may suggest typing them). */
  unmarked: boolean;
}

/** More words than this are ignored: no reader types them, and each costs a posting list. */
export const MAX_QUERY_WORDS = 12;

const QUOTES = /["“”„]/g;

export function parseQuery(text: string): ParsedQuery {
  const input = exact(text);
  const loose: QueryWord[] = [];
  const phrases: QueryWord[][] = [];
  let budget = MAX_QUERY_WORDS;
  const take = (part: string): QueryWord[] => {
    const out = tokenize(part)
      .slice(0, Math.max(0, budget))
      .map(({ word }) => ({ exact: word, folded: fold(word), marked: fold(word) !== word }));
    budget -= out.length;
    return out;
  };
  // Split on quote marks: odd pieces are inside quotes, an unclosed quote is loose text.
  const pieces = input.split(QUOTES);
  const closed = pieces.length % 2 === 1 ? pieces.length : pieces.length - 1;
  pieces.forEach((piece, i) => {
    const inside = i % 2 === 1 && i < closed;
    const words = take(piece);
    if (inside && words.length > 1) phrases.push(words);
    else loose.push(...words);
  });
  const groups: QueryGroup[] = [];
  if (loose.length > 0) groups.push({ words: loose, quoted: false });
  for (const words of phrases) groups.push({ words, quoted: true });
  const all = groups.flatMap((g) => g.words);
  return {
    groups,
    required: [...new Set(all.map((w) => w.folded))],
    unmarked: all.length > 0 && all.every((w) => !w.marked),
  };
}
