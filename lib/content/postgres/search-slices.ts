/**
 * Search on PostgreSQL looks for the newest hits a few months at a time (decision 018): the GIN
 * index holds (search_month(month), search), so one slice of months costs what its own articles
 * hold, not what the whole archive holds. The first slice holds at least FIRST_SLICE articles; the
 * next is sized from the rate at which the last found hits (doubling when it found none), so a
 * word in most articles is answered by the first slice, a word in a few per cent by two, and a
 * rare word by a handful of widening look-ups.
 */
export const FIRST_SLICE = 6_000;

/** One archive month and how many articles it holds (list_counts, kind 'month'). */
export interface MonthCount {
  month: string;
  n: number;
}

/** Months `from`…`to` ('YYYY-MM', Hà Nội time), the instants they span: [start, end), and the months as numbers. */
export interface Slice {
  from: string;
  to: string;
  start: Date;
  end: Date;
  /**
   * search_month() of each month of the slice that holds articles (migrations 005, 007). The query asks
   * for these values (= ANY), not a range: GIN answers a range condition on btree_gin by reading
   * every entry on its side of the bound, so `BETWEEN` read the whole archive's months (77 ms for
   * one month) where equal values cost what they hold.
   */
  numbers: number[];
}

/** search_month() and month_number(): 2026-11 → 2026 × 12 + 10, as migrations 005 and 007 define them in SQL. */
export function monthNumber(month: string): number {
  const [year = 0, m = 1] = month.split('-').map(Number);
  return year * 12 + m - 1;
}

/** The first instant of a 'YYYY-MM' month in Hà Nội time (UTC+7, no daylight saving). */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00+07:00`);
}

/** The first instant of the month after `month`. */
function monthEnd(month: string): Date {
  const [year = 0, m = 1] = month.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return monthStart(next);
}

/** The months that hold articles, newest first; months that end before `since` (the reader's time filter) left out. */
export function searchMonths(months: MonthCount[], since?: Date): MonthCount[] {
  return months
    .filter((m) => m.n > 0 && /^\d{4}-\d{2}$/.test(m.month) && (!since || monthEnd(m.month) > since))
    .sort((a, b) => b.month.localeCompare(a.month));
}

/** The next slice: `ordered[from]` and the months after it until they hold `size` articles (at least one month). */
export function takeSlice(ordered: MonthCount[], from: number, size: number): { slice: Slice; held: number; next: number } {
  let i = from;
  let held = 0;
  const numbers: number[] = [];
  while (i < ordered.length && (i === from || held < size)) {
    held += ordered[i]!.n;
    numbers.push(monthNumber(ordered[i]!.month));
    i++;
  }
  const to = ordered[from]?.month ?? '';
  const first = ordered[i - 1]?.month ?? to;
  return { slice: { from: first, to, start: monthStart(first), end: monthEnd(to), numbers }, held, next: i };
}

/**
 * How many articles the next slice should hold: as many as should give the hits still needed at
 * the rate the last slice found them (a quarter more, so that one more slice usually does), or
 * twice the last when it found none.
 */
export function nextSliceSize(size: number, held: number, found: number, need: number): number {
  if (found === 0) return size * 2;
  return Math.max(1, Math.ceil(((need * held) / found) * 1.25));
}
