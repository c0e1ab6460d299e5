import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '../content/schema';

/**
 * Everything components need to speak the reader's language, as plain values
 * and functions: components stay pure (props in, markup out), so the same
 * components render inside Next pages and in the zero-JS mobile renderer.
 */
export async function getUi(locale: Locale) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  return {
    locale,
    t,
    /** "Thứ Sáu, 23/12/2022 16:45", in Hà Nội time. */
    dateTime: (iso: string) => {
      const date = new Date(iso);
      return t('Article.dateTime', { date: format.dateTime(date, 'long'), time: format.dateTime(date, 'time') });
    },
    /** "23/12/2022" */
    shortDate: (iso: string) => format.dateTime(new Date(iso), 'short'),
    number: (n: number) => format.number(n),
  };
}

export type Ui = Awaited<ReturnType<typeof getUi>>;
