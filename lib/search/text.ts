/**
 * Vietnamese text for search, shared by every store: NFC, case, folding
 * (diacritics and đ), syllable tokens with their offsets, and the text of an
 * article's fields in the order search weighs them.
 */
import type { ArticleSummary, Article, ArticleBlock } from '../content/records/model';

/** Lower-case, strip diacritics (NFD + remove combining marks), đ→d. */
export function fold(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** The form exact-diacritic matching compares: NFC, lower case. */
export function exact(input: string): string {
  return input.normalize('NFC').toLowerCase();
}

/** A word of a text (a Vietnamese syllable, an English word, a number) and where it is. */
export interface Token {
  /** Lower case, NFC, diacritics kept. */
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of an NFC text, with offsets into it. Punctuation separates words and is dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The words alone (lower case, NFC), for indexing: no offsets kept. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Where a word was found, in the order search weighs them: headline beats
 * sapo, sapo beats tags, author names and the body (paragraphs, subheadings,
 * quotes, lists, captions).
 */
export const FIELDS = ['title', 'sapo', 'tags', 'authors', 'body'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_WEIGHT: Record<Field, number> = { title: 3, sapo: 2, tags: 1, authors: 1, body: 1 };

/** One field of an article as passages: each passage is searched on its own (a phrase never spans two). */
export type FieldText = { field: Field; passages: string[] };

/** The searchable text of an article, field by field, passage by passage. */
export function searchableText(article: ArticleSummary & Partial<Pick<Article, 'body' | 'updates'>>): FieldText[] {
  return [
    { field: 'title', passages: [article.title] },
    { field: 'sapo', passages: [article.sapo] },
    { field: 'tags', passages: article.tags.map((t) => t.name) },
    { field: 'authors', passages: article.authors.map((a) => a.name) },
    { field: 'body', passages: bodyPassages(article) },
  ];
}

function inline(content: string | readonly { text: string }[]): string {
  return typeof content === 'string' ? content : content.map((run) => run.text).join('');
}

/** Paragraphs, subheadings, quotes, list items and captions (the cover's first), in reading order. */
export function bodyPassages(article: ArticleSummary & Partial<Pick<Article, 'body' | 'updates'>>): string[] {
  const out: string[] = [];
  if (article.cover?.caption) out.push(article.cover.caption);
  out.push(...blockPassages(article.body ?? []));
  // A live article's updates are searched as its body.
  for (const update of article.updates ?? []) {
    if (update.title) out.push(update.title);
    out.push(...blockPassages(update.body));
  }
  return out;
}

/** The text of body blocks, a passage each: paragraphs, subheadings, quotes, list items, captions. */
export function blockPassages(blocks: readonly ArticleBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(inline(block.content));
        break;
      case 'heading':
        out.push(block.text);
        break;
      case 'quote':
        out.push(block.attribution ? `${block.text} ${block.attribution}` : block.text);
        break;
      case 'list':
        out.push(...block.items.map(inline));
        break;
      case 'image':
        if (block.caption) out.push(block.caption);
        break;
      case 'related':
        break;
    }
  }
  return out;
}
