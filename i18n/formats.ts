import type { Formats } from 'next-intl';

/** Every newsroom time is shown in Hà Nội time, whatever the server's TZ. */
export const timeZone = 'Asia/Ho_Chi_Minh';

export const formats = {
  dateTime: {
    /** Thứ Sáu, 23/12/2022 */
    long: { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' },
    /** 23/12/2022 */
    short: { day: '2-digit', month: '2-digit', year: 'numeric' },
    /** 15:30 */
    time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  },
} satisfies Formats;
