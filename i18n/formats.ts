import type { DateTimeFormatOptions } from 'next-intl';
import type { Locale } from '@/lib/locale';

/** The named formats components use (ui.dateTime, ui.shortDate); each edition fills them its way. */
type NewsroomFormats = { dateTime: Record<'long' | 'short' | 'time', DateTimeFormatOptions> };

/** Every newsroom time is shown in Hà Nội time, whatever the server's TZ. */
export const timeZone = 'Asia/Ho_Chi_Minh';

/** Vietnamese readers expect numeric day/month: "Thứ Sáu, 23/12/2022", "23/12/2022", "15:30". */
export const formats: NewsroomFormats = {
  dateTime: {
    long: { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' },
    short: { day: '2-digit', month: '2-digit', year: 'numeric' },
    time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  },
};

/**
 * English spells the month ("Thursday, October 15, 2026", "Oct 15, 2026"):
 * 10/15/2026 reads as the 10th of month 15 to anyone used to day-first dates.
 */
const english: NewsroomFormats = {
  dateTime: {
    long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    short: { day: 'numeric', month: 'short', year: 'numeric' },
    time: formats.dateTime.time,
  },
};

export function formatsFor(locale: Locale): NewsroomFormats {
  return locale === 'en' ? english : formats;
}
