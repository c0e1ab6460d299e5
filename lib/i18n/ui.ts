import { getFormatter, getTranslations } from 'next-intl/server';
import type { createFormatter, createTranslator } from 'next-intl';
import type { Locale } from '../locale';
import { mobilePath } from '../urls';

type Translate = ReturnType<typeof createTranslator<IntlMessages>>;
type Format = ReturnType<typeof createFormatter>;
type IntlMessages = typeof import('../../messages/vi.json');

/**
 * Everything components need to speak the reader's language, as plain values
 * and functions: components stay pure (props in, markup out), so the same
 * components render inside Next pages and in the zero-JS mobile renderer.
 */
export async function getUi(locale: Locale, options: { mobile?: boolean } = {}) {
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  return makeUi(locale, t, format, options);
}

/** The Ui from a translator and a formatter: getUi's inside Next, next-intl's createTranslator in unit tests. */
export function makeUi(locale: Locale, t: Translate, format: Format, options: { mobile?: boolean } = {}) {
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
    /** "16:45 23/12/2022", in Hà Nội time: an update's or a correction's time. */
    timeDate: (iso: string) => {
      const date = new Date(iso);
      return t('Article.timeDate', { time: format.dateTime(date, 'time'), date: format.dateTime(date, 'short') });
    },
    number: (n: number) => format.number(n),
  };
}

export type Ui = ReturnType<typeof makeUi>;
