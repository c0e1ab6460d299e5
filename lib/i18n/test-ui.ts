import { createFormatter, createTranslator } from 'next-intl';
import en from '../../messages/en.json';
import vi from '../../messages/vi.json';
import { formatsFor, timeZone } from '../../i18n/formats';
import type { Locale } from '../locale';
import { makeUi, type Ui } from './ui';

/** The real messages and formats outside a Next request: for unit tests of page models. */
export function testUi(locale: Locale, options: { mobile?: boolean } = {}): Ui {
  const formats = formatsFor(locale);
  const t = createTranslator({ locale, messages: locale === 'vi' ? vi : en, formats, timeZone });
  const format = createFormatter({ locale, formats, timeZone });
  return makeUi(locale, t, format, options);
}
