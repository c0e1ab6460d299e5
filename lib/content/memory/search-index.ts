import type { ParsedQuery } from '../../search/query';
import type { Pace } from './pacer';
import { FIELD_WEIGHT, FIELDS, fold, words, type FieldText } from '../../search/text';

/**
 * The in-memory store's full-text index (decision 015): an inverted index of
 * folded words whose postings keep, per article, the fields and the
 * positions of every occurrence and which spelling (diacritics) it had.
 * Positions answer phrases and adjacency; spellings answer exact-diacritic
 * ranking; fields answer headline > sapo > tags, authors and body.
 *
 * Articles are numbered by their place in the edition's newest-first list, so
 * every posting list is in that order too: filtering by time is a prefix,
 * and newest-first sorting is free.
 *
 * One posting list is a growable Uint32Array of entries
 *   [article, count << 5 | fieldMask, position × count]
 * and a position packs (spelling << 24 | field << 21 | offset): offsets run
 * across the whole article with a gap between passages, so a phrase never
 * spans two paragraphs or two fields.
 */
const OFFSET_BITS = 21;
const OFFSET_MASK = (1 << OFFSET_BITS) - 1;
const MAX_OFFSET = OFFSET_MASK - 1;
const FIELD_MASK = 7;
const SPELLING_SHIFT = 24;
/** Spellings past 254 of one folded word share this id (never an exact match). */
const OTHER_SPELLING = 255;

class Postings {
  data = new Uint32Array(8);
  length = 0;
  articles = 0;
  readonly spellings = new Map<string, number>();

  spelling(word: string): number {
    let id = this.spellings.get(word);
    if (id === undefined) {
      id = Math.min(this.spellings.size, OTHER_SPELLING);
      if (id < OTHER_SPELLING) this.spellings.set(word, id);
    }
    return id;
  }

  add(article: number, positions: number[]): void {
    const needed = this.length + 2 + positions.length;
    if (needed > this.data.length) {
      const grown = new Uint32Array(Math.max(needed, this.data.length * 2));
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    let mask = 0;
    for (const p of positions) mask |= 1 << ((p >>> OFFSET_BITS) & FIELD_MASK);
    this.data[this.length++] = article;
    this.data[this.length++] = (positions.length << 5) | mask;
    this.data.set(positions, this.length);
    this.length += positions.length;
    this.articles++;
  }

  /** Drops the spare capacity once the index is built. */
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, this.length);
  }
}

interface Entry {
  postings: Postings;
  spelling: number;
}

export interface SearchOptions {
  sort: 'relevance' | 'newest';
  /** Articles numbered below `from` are left out (scheduled: newest first, they come first). */
  from: number;
  /** Articles numbered `limit` and above are left out (older than the time filter). */
  limit: number;
  /** Keeps an article (the section filter); absent keeps all. */
  keep?: (article: number) => boolean;
  /** How many of the best hits to rank (page × perPage). */
  top: number;
  /**
   * Only the newest `hits` hits are ranked (SEARCH_LIMIT, as PostgreSQL does); the count goes on
   * to the end without a quoted phrase, and stops at `hits + 1` with one.
   */
  hits: number;
}

export interface SearchAnswer {
  total: number;
  /** The best `top` article numbers, best first. */
  ranked: number[];
}

const FIELD_WEIGHTS = FIELDS.map((f) => FIELD_WEIGHT[f]);

export class SearchIndex {
  private readonly postings = new Map<string, Postings>();
  /** Exact (lower-case NFC) word → its folded posting list and spelling id: folding runs once per distinct word. */
  private readonly entries = new Map<string, Entry>();
  /** `times`: publication time (ms) of each article number, newest first; recency is measured from the newest. */
  constructor(private readonly times: Float64Array) {}

  /** Indexes article number `article` (call in ascending order). */
  add(article: number, fields: FieldText[]): void {
    const local = new Map<Postings, number[]>();
    let offset = 0;
    fields.forEach(({ field, passages }) => {
      const fieldBits = FIELDS.indexOf(field) << OFFSET_BITS;
      for (const passage of passages) {
        for (const word of words(passage)) {
          if (offset > MAX_OFFSET) break;
          const entry = this.entry(word);
          const position = ((entry.spelling << SPELLING_SHIFT) | fieldBits | offset) >>> 0;
          const list = local.get(entry.postings);
          if (list) list.push(position);
          else local.set(entry.postings, [position]);
          offset++;
        }
        offset++;
      }
    });
    for (const [postings, positions] of local) postings.add(article, positions);
  }

  /** Drops spare capacity once every article is in (paced: at 100,000 articles it copies hundreds of MB). */
  async finish(pace: Pace): Promise<void> {
    this.entries.clear();
    for (const p of this.postings.values()) {
      p.trim();
      await pace();
    }
  }

  /** Bytes held by the posting lists (the index's memory cost, without the Map overhead). */
  bytes(): number {
    let total = 0;
    for (const p of this.postings.values()) total += p.data.byteLength;
    return total;
  }

  private entry(word: string): Entry {
    let entry = this.entries.get(word);
    if (!entry) {
      const folded = fold(word);
      let postings = this.postings.get(folded);
      if (!postings) {
        postings = new Postings();
        this.postings.set(folded, postings);
      }
      entry = { postings, spelling: postings.spelling(word) };
      this.entries.set(word, entry);
    }
    return entry;
  }

  search(query: ParsedQuery, options: SearchOptions): SearchAnswer {
    const lists = query.required.map((w) => this.postings.get(w));
    if (lists.length === 0 || lists.some((l) => l === undefined)) return { total: 0, ranked: [] };
    const required = lists as Postings[];
    const slot = new Map(query.required.map((w, i) => [w, i]));
    const { articles, offsets } = intersect(required, options);
    const n = required.length;
    const groups = query.groups.map((g) => ({ quoted: g.quoted, slots: g.words.map((w) => slot.get(w.folded) as number) }));
    const marked = query.groups.flatMap((g) => g.words).filter((w) => w.marked);
    const exact = marked.map((w) => {
      const s = slot.get(w.folded) as number;
      return { slot: s, id: required[s]?.spellings.get(w.exact) ?? -1 };
    });
    const quoted = groups.some((g) => g.quoted);
    const phrased = groups.some((g) => !g.quoted && g.slots.length > 1);

    if (options.sort === 'newest' && !quoted) return { total: articles.length, ranked: Array.from(articles.subarray(0, options.top)) };

    // Where each word's entry of the current candidate is: reused, nothing allocated per candidate.
    const view: Positions = { data: [], start: new Int32Array(n), end: new Int32Array(n), mask: new Int32Array(n), cursor: new Int32Array(n) };
    view.data = required.map((p) => p.data);
    const newest = this.times[options.from] ?? 0;
    const recency = (article: number) => 1 / (1 + (newest - (this.times[article] ?? newest)) / (365 * 86_400_000));
    const heap = new TopK(options.top);
    // Without a quoted phrase every candidate is a hit, and scores are bounded: once the heap is
    // full and even a perfect score at this age cannot enter it, no older article can.
    const best = (phrased ? 200 : 0) + 30 + (marked.length > 0 ? 5 : 0);
    let total = quoted ? 0 : articles.length;
    const candidates = quoted ? articles.length : Math.min(articles.length, options.hits);
    for (let c = 0; c < candidates; c++) {
      const article = articles[c] as number;
      if (!quoted && heap.full() && best + 2 * recency(article) < heap.threshold()) break;
      let common = 31;
      let any = 0;
      for (let s = 0; s < n; s++) {
        const data = view.data[s] as Uint32Array;
        const off = offsets[c * n + s] as number;
        const header = data[off + 1] as number;
        view.start[s] = off + 2;
        view.end[s] = off + 2 + (header >>> 5);
        view.mask[s] = header & 31;
        common &= header & 31;
        any |= header & 31;
      }
      // Its best possible score (from the fields alone) cannot enter the page: count it, skip the positions.
      if (!quoted && heap.full() && best - 30 + 10 * bestField(any) + 2 * recency(article) < heap.threshold()) continue;
      let rejected = false;
      let phraseField = 0;
      let adjacency = 0;
      for (const group of groups) {
        if (group.slots.length < 2) continue;
        const field = common === 0 ? 0 : phraseField0(view, group.slots);
        if (group.quoted) {
          if (field === 0) {
            rejected = true;
            break;
          }
          phraseField = Math.max(phraseField, field);
        } else if (field > 0) {
          phraseField = Math.max(phraseField, field);
          adjacency = 2;
        } else {
          let pairs = 0;
          for (let k = 1; k < group.slots.length; k++) if (phraseField0(view, group.slots, k - 1, k + 1) > 0) pairs++;
          adjacency = Math.max(adjacency, pairs / (group.slots.length - 1));
        }
      }
      if (rejected) continue;
      if (quoted && ++total > options.hits) break;
      if (options.sort === 'newest') {
        heap.push(-article, article);
        continue;
      }
      let field = phraseField;
      if (field === 0) {
        let sum = 0;
        for (let s = 0; s < n; s++) sum += bestField(view.mask[s] as number);
        field = sum / n;
      }
      let exactCount = 0;
      for (const { slot: s, id } of exact) if (id >= 0 && hasSpelling(view, s, id)) exactCount++;
      const exactScore = marked.length > 0 ? exactCount / marked.length : 0;
      heap.push(adjacency * 100 + field * 10 + exactScore * 5 + recency(article) * 2, article);
    }
    return { total, ranked: heap.sorted() };
  }

}

/** The current candidate's entry in each word's posting list (index = the word's slot). */
interface Positions {
  data: Uint32Array[];
  start: Int32Array;
  end: Int32Array;
  mask: Int32Array;
  cursor: Int32Array;
}

/**
 * The highest field weight (1–3) where the words of `slots[from…to)` occur
 * adjacent and in order in the current candidate; 0 if nowhere.
 */
function phraseField0(view: Positions, slots: number[], from = 0, to = slots.length): number {
  const first = slots[from] as number;
  const firstData = view.data[first] as Uint32Array;
  for (let k = from + 1; k < to; k++) view.cursor[k] = view.start[slots[k] as number] as number;
  let best = 0;
  for (let i = view.start[first] as number; i < (view.end[first] as number); i++) {
    const p = firstData[i] as number;
    const base = p & OFFSET_MASK;
    let ok = true;
    for (let k = from + 1; k < to; k++) {
      const s = slots[k] as number;
      const data = view.data[s] as Uint32Array;
      const end = view.end[s] as number;
      const want = base + k - from;
      let j = view.cursor[k] as number;
      while (j < end && ((data[j] as number) & OFFSET_MASK) < want) j++;
      view.cursor[k] = j;
      if (j >= end || ((data[j] as number) & OFFSET_MASK) !== want) {
        ok = false;
        break;
      }
    }
    if (ok) {
      best = Math.max(best, FIELD_WEIGHTS[(p >>> OFFSET_BITS) & FIELD_MASK] ?? 1);
      if (best === 3) break;
    }
  }
  return best;
}

function bestField(mask: number): number {
  let best = 0;
  for (let f = 0; f < FIELDS.length; f++) if (mask & (1 << f)) best = Math.max(best, FIELD_WEIGHTS[f] ?? 1);
  return best;
}

function hasSpelling(view: Positions, slot: number, id: number): boolean {
  const data = view.data[slot] as Uint32Array;
  for (let i = view.start[slot] as number; i < (view.end[slot] as number); i++) if ((data[i] as number) >>> SPELLING_SHIFT === id) return true;
  return false;
}

/**
 * The articles holding every list's word, newest first, with where each
 * list's entry for it starts. Walks the rarest list and skips through the
 * others, so a query costs its rarest word, not the archive.
 */
function intersect(lists: Postings[], options: SearchOptions): { articles: Int32Array; offsets: Int32Array } {
  const order = lists.map((_, i) => i).sort((a, b) => (lists[a] as Postings).articles - (lists[b] as Postings).articles);
  const rarest = lists[order[0] as number] as Postings;
  const n = lists.length;
  const cursors = new Int32Array(n);
  // At most the rarest list's length: typed arrays, so a common word costs no garbage per hit.
  const articles = new Int32Array(rarest.articles);
  const offsets = new Int32Array(rarest.articles * n);
  let count = 0;
  const { data, length } = rarest;
  for (let off = 0; off < length; off += 2 + ((data[off + 1] as number) >>> 5)) {
    const article = data[off] as number;
    if (article >= options.limit) break;
    if (article < options.from || (options.keep && !options.keep(article))) continue;
    let all = true;
    for (const i of order) {
      const l = lists[i] as Postings;
      let j = l === rarest ? off : (cursors[i] as number);
      while (j < l.length && (l.data[j] as number) < article) j += 2 + ((l.data[j + 1] as number) >>> 5);
      cursors[i] = j;
      if (j >= l.length || l.data[j] !== article) {
        all = false;
        break;
      }
      offsets[count * n + i] = j;
    }
    if (all) articles[count++] = article;
  }
  return { articles: articles.subarray(0, count), offsets };
}

/** The k best (score, then lower article number = newer) of a stream, as a min-heap. */
class TopK {
  private readonly scores: number[] = [];
  private readonly items: number[] = [];

  constructor(private readonly k: number) {}

  full(): boolean {
    return this.k > 0 && this.items.length >= this.k;
  }

  /** The worst score kept (the one to beat). */
  threshold(): number {
    return this.scores[0] ?? -Infinity;
  }

  /** a is worse than b */
  private worse(i: number, j: number): boolean {
    const si = this.scores[i] as number;
    const sj = this.scores[j] as number;
    return si < sj || (si === sj && (this.items[i] as number) > (this.items[j] as number));
  }

  push(score: number, item: number): void {
    if (this.k <= 0) return;
    if (this.items.length < this.k) {
      this.scores.push(score);
      this.items.push(item);
      this.up(this.items.length - 1);
      return;
    }
    const rootScore = this.scores[0] as number;
    if (score < rootScore || (score === rootScore && item > (this.items[0] as number))) return;
    this.scores[0] = score;
    this.items[0] = item;
    this.down(0);
  }

  sorted(): number[] {
    return this.items
      .map((item, i) => ({ item, score: this.scores[i] as number }))
      .sort((a, b) => b.score - a.score || a.item - b.item)
      .map((e) => e.item);
  }

  private swap(i: number, j: number): void {
    [this.scores[i], this.scores[j]] = [this.scores[j] as number, this.scores[i] as number];
    [this.items[i], this.items[j]] = [this.items[j] as number, this.items[i] as number];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < this.items.length && this.worse(l, smallest)) smallest = l;
      if (r < this.items.length && this.worse(r, smallest)) smallest = r;
      if (smallest === i) break;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}
