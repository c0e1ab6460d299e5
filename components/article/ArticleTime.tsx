import type { Ui } from '@/lib/i18n/ui';

/** <time datetime="2022-12-23T16:45:00+07:00">Thứ Sáu, 23/12/2022 16:45</time> */
export function ArticleTime({ iso, ui, short = false }: { iso: string; ui: Ui; short?: boolean }) {
  return <time dateTime={iso}>{short ? ui.shortDate(iso) : ui.dateTime(iso)}</time>;
}
