/**
 * Hà Nội time, the newsroom's clock, whatever the server's TZ. Vietnam keeps UTC+7 all year (no
 * daylight saving), so the offset is fixed. This module imports nothing: the content layer, the
 * sitemaps and the link previews all stand on it.
 */
export const HANOI_OFFSET_MS = 7 * 60 * 60 * 1000;

/** An instant written in Hà Nội time with its offset, "2022-12-23T16:45:00+07:00", whatever offset the input used. */
export function vietnamTime(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return `${new Date(ms + HANOI_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The Hà Nội month an instant falls in, "YYYY-MM": what the sitemaps and the archive group by. */
export function monthOf(instant: string | Date): string {
  return vietnamTime(instant).slice(0, 7);
}
