/**
 * Search on PostgreSQL looks for the newest hits a few months at a time (decision 018): the GIN
 * index holds (month, search), so one slice of months costs what its own articles hold, not what
 * the whole archive holds. Slices widen as they go back: the first holds at least FIRST_SLICE
 * articles, each next one twice as many, so a word in most articles is answered by the first
 * slice, a word in a few per cent by two or three, and a rare word by a dozen small look-ups.
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
   * month_number() of each month of the slice that holds articles (migration 005). The query asks
   * for these values (= ANY), not a range: GIN answers a range condition on btree_gin by reading
   * every entry on its side of the bound, so `BETWEEN` read the whole archive's months (77 ms for
   * one month) where equal values cost what they hold.
   */
  numbers: number[];
}

/** month_number(): 2026-11 → 2026 × 12 + 10, as migration 005 defines it in SQL. */
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

/**
 * The months that hold articles, newest first, cut into widening slices. Months that end before
 * `since` (the reader's time filter) are left out. Months with no articles are skipped.
 */
export function timeSlices(months: MonthCount[], since?: Date): Slice[] {
  const ordered = months
    .filter((m) => m.n > 0 && /^\d{4}-\d{2}$/.test(m.month) && (!since || monthEnd(m.month) > since))
    .sort((a, b) => b.month.localeCompare(a.month));
  const slices: Slice[] = [];
  let size = FIRST_SLICE;
  let i = 0;
  while (i < ordered.length) {
    const to = ordered[i]!.month;
    let held = 0;
    let from = to;
    const numbers: number[] = [];
    while (i < ordered.length && held < size) {
      held += ordered[i]!.n;
      from = ordered[i]!.month;
      numbers.push(monthNumber(from));
      i++;
    }
    slices.push({ from, to, start: monthStart(from), end: monthEnd(to), numbers });
    size *= 2;
  }
  return slices;
}
