import type { Article, ArticleSummary } from '../content/records/model';
import type { ParsedQuery } from './query';
import { bodyPassages, fold, tokenize, type Token } from './text';

/**
 * The passage that explains a hit: plain text plus the ranges of the matched
 * words. Components wrap the ranges in <mark>; the text is never HTML.
 */
export interface Snippet {
  text: string;
  /** [start, end) offsets into text, ascending, not overlapping. */
  marks: [number, number][];
}

export const SNIPPET_LENGTH = 220;
/** How much text to keep before the first match when a passage is cut. */
const LEAD = 60;

/**
 * The best passage of the sapo and the body (paragraphs, subheadings, quotes,
 * lists, captions) for a query: the first that holds a whole phrase, else the
 * one holding the most distinct query words (earlier wins ties). When only
 * the headline, tags or authors matched, it is the sapo. Any store can call
 * it on the article it fetched.
 */
export function makeSnippet(article: ArticleSummary & Partial<Pick<Article, 'body'>>, query: ParsedQuery, maxLength = SNIPPET_LENGTH): Snippet {
  const wanted = new Set(query.required);
  const phrases = query.groups.filter((g) => g.words.length > 1).map((g) => g.words.map((w) => w.folded));
  // Passages are chosen on their folded text with whole-word patterns (a word between non-word
  // characters, a phrase's words with only non-word characters between them: what adjacent tokens
  // are); only the chosen passage is cut into tokens. Tokenising every passage that merely held
  // "tin" inside "tính" cost ~0.5 ms a snippet.
  const wordPatterns = query.required.map((w) => wholeWords([w]));
  const phrasePatterns = phrases.map(wholeWords);
  const best = { passage: article.sapo, score: 0 };
  const most = (phrases.length > 0 ? 1000 : 0) + wanted.size;
  for (const passage of [article.sapo, ...bodyPassages(article)]) {
    const folded = fold(passage);
    const score = (phrasePatterns.some((p) => p.test(folded)) ? 1000 : 0) + wordPatterns.filter((p) => p.test(folded)).length;
    if (score > best.score) {
      best.passage = passage;
      best.score = score;
      // Nothing later can do better: the first passage with every word (and a phrase, if any) wins.
      if (score >= most) break;
    }
  }
  const all = tokenize(best.passage);
  const foldedWords = all.map((t) => fold(t.word));
  const tokens = all.filter((_, i) => wanted.has(foldedWords[i] as string));
  const phraseAt = phrases.map((p) => findPhrase(foldedWords, p)).find((i) => i >= 0);
  const first = phraseAt !== undefined ? (all[phraseAt]?.start ?? 0) : (tokens[0]?.start ?? 0);
  return cut(best.passage, tokens, first, maxLength);
}

/** Folded words as whole, adjacent words of a folded text (letters and digits around them are not). */
function wholeWords(words: string[]): RegExp {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

function findPhrase(words: string[], phrase: string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/** At most maxLength characters of passage around `focus`, cut between words, with "…" where text was left out. */
function cut(passage: string, tokens: Token[], focus: number, maxLength: number): Snippet {
  let start = 0;
  let end = passage.length;
  if (passage.length > maxLength) {
    start = focus > LEAD ? passage.indexOf(' ', focus - LEAD) + 1 : 0;
    if (start <= 0 || start > focus) start = focus > LEAD ? focus : 0;
    end = Math.min(passage.length, start + maxLength);
    if (end < passage.length) {
      const space = passage.lastIndexOf(' ', end);
      if (space > focus) end = space;
    }
  }
  const before = start > 0 ? '…' : '';
  const after = end < passage.length ? '…' : '';
  const shift = before.length - start;
  const marks = tokens.filter((t) => t.start >= start && t.end <= end).map((t): [number, number] => [t.start + shift, t.end + shift]);
  return { text: `${before}${passage.slice(start, end).trim()}${after}`, marks: trimmed(marks, passage.slice(start, end)) };
}

/** Marks stay valid after the slice is trimmed of leading spaces. */
function trimmed(marks: [number, number][], slice: string): [number, number][] {
  const lead = slice.length - slice.trimStart().length;
  return lead === 0 ? marks : marks.map(([a, b]) => [a - lead, b - lead]);
}
