/**
 * An instant written in Hà Nội time with its offset, "2022-12-23T16:45:00+07:00",
 * whatever offset the record used. Vietnam keeps UTC+7 all year (no daylight
 * saving), so the offset is fixed. Used for article:published_time and JSON-LD.
 */
const OFFSET_MS = 7 * 60 * 60 * 1000;

export function vietnamTime(iso: string): string {
  const local = new Date(Date.parse(iso) + OFFSET_MS);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}
