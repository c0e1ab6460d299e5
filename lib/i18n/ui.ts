import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '../content/schema';
import { mobilePath } from '../urls';

/**
 * Everything components need to speak the reader's language, as plain values
 * and functions: components stay pure (props in, markup out), so the same
 * components render inside Next pages and in the zero-JS mobile renderer.
 */
export async function getUi(locale: Locale, options: { mobile?: boolean } = {}) {
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  return {
    locale,
    t,
    /** Every site link goes through here: on the mobile site it points at the mobile twin. */
    href: (path: string) => (options.mobile && path.startsWith('/') ? mobilePath(path) : path),
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
