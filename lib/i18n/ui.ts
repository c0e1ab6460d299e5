import { createFormatter, createTranslator } from 'next-intl';
import { formatsFor, timeZone } from '../../i18n/formats';
import en from '../../messages/en.json';
import vi from '../../messages/vi.json';
import type { Locale } from '../locale';
import { mobilePath } from '../urls';

type Translate = ReturnType<typeof createTranslator<IntlMessages>>;
type Format = ReturnType<typeof createFormatter>;
type IntlMessages = typeof vi;

/**
 * Everything components need to speak the reader's language, as plain values
 * and functions: components stay pure (props in, markup out). Built from
 * next-intl's translator and formatter with the edition's messages and
 * formats, outside any request (a page renders inside a cached function,
 * where request state does not reach), once per edition and frame.
 */
export function getUi(locale: Locale, options: { mobile?: boolean } = {}): Ui {
  const key = `${locale}:${options.mobile ? 'm' : 'd'}`;
  let ui = built.get(key);
  if (!ui) {
    const formats = formatsFor(locale);
    const t = createTranslator({ locale, messages: locale === 'en' ? en : vi, formats, timeZone });
    ui = makeUi(locale, t, createFormatter({ locale, formats, timeZone }), options);
    built.set(key, ui);
  }
  return ui;
}

const built = new Map<string, Ui>();

/** The Ui from a translator and a formatter. */
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
    /** "16:45", in Hà Nội time: a live update's time on its day. */
    clock: (iso: string) => format.dateTime(new Date(iso), 'time'),
    number: (n: number) => format.number(n),
  };
}

export type Ui = ReturnType<typeof makeUi>;
