import assert from 'node:assert/strict';
import test from 'node:test';
import { FIRST_SLICE, monthStart, nextSliceSize, searchMonths, takeSlice, type MonthCount, type Slice } from './search-slices';

/** The slices a search takes when none finds anything: each twice the size of the one before. */
function emptySlices(months: MonthCount[], since?: Date): Slice[] {
  const ordered = searchMonths(months, since);
  const slices: Slice[] = [];
  for (let i = 0, size = FIRST_SLICE; i < ordered.length; size = nextSliceSize(size, 0, 0, 0)) {
    const taken = takeSlice(ordered, i, size);
    slices.push(taken.slice);
    i = taken.next;
  }
  return slices;
}

const months = (counts: Record<string, number>) => Object.entries(counts).map(([month, n]) => ({ month, n }));

test('slices go back from the newest month; finding nothing, each holds twice the articles of the one before', () => {
  const m = months({ '2026-09': 3_000, '2026-10': 4_000, '2026-11': 5_000, '2026-08': 8_000, '2026-07': 9_000, '2026-06': 2_000, '2024-01': 1 });
  const slices = emptySlices(m).map((s) => `${s.from}…${s.to}`);
  // 5,000 + 4,000 ≥ FIRST_SLICE; then 3,000 + 8,000 + 9,000 ≥ 2 × FIRST_SLICE; the rest.
  assert.equal(FIRST_SLICE, 6_000);
  assert.deepEqual(slices, ['2026-10…2026-11', '2026-07…2026-09', '2024-01…2026-06']);
  // The months that hold articles, as search_month() of migration 005: 2026-11 is 2026 × 12 + 10.
  assert.deepEqual(emptySlices(m)[0]?.numbers, [24322, 24321]);
  assert.deepEqual(emptySlices(m)[2]?.numbers, [24317, 24288]);
});

test('a slice spans its months in Hà Nội time; empty months and months before the time filter are left out', () => {
  const m = months({ '2026-12': 10, '2026-11': 0, '2026-10': 10, 'bad': 5 });
  const [slice, ...rest] = emptySlices(m);
  assert.equal(rest.length, 0);
  assert.equal(slice?.from, '2026-10');
  assert.equal(slice?.start.toISOString(), '2026-09-30T17:00:00.000Z');
  assert.equal(slice?.end.toISOString(), '2026-12-31T17:00:00.000Z');
  assert.deepEqual(emptySlices(m, new Date('2026-11-15T00:00:00Z')).map((s) => s.from), ['2026-12']);
  assert.equal(monthStart('2027-01').toISOString(), '2026-12-31T17:00:00.000Z');
  assert.deepEqual(emptySlices([]), []);
});

test('the next slice is sized from the rate the last one found hits at, or doubles when it found none', () => {
  // 500 hits in 8,000 articles, 501 still needed: 8,016 articles at that rate, a quarter more.
  assert.equal(nextSliceSize(6_000, 8_000, 500, 501), 10_020);
  assert.equal(nextSliceSize(6_000, 8_000, 0, 1_001), 12_000);
  const months = [
    { month: '2026-11', n: 9_000 },
    { month: '2026-10', n: 100 },
    { month: '2026-09', n: 100 },
  ];
  // A month bigger than the size is still taken whole, and a slice always holds a month.
  assert.deepEqual(takeSlice(months, 0, 10), { slice: takeSlice(months, 0, 1).slice, held: 9_000, next: 1 });
  assert.deepEqual(takeSlice(months, 1, 150).slice.numbers, [24321, 24320]);
});
