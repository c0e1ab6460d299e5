import type { Locale } from '../locale';
import { getUi, type Ui } from './ui';

/** The real messages and formats, for unit tests of page models: the same Ui the pages use. */
export function testUi(locale: Locale, options: { mobile?: boolean } = {}): Ui {
  return getUi(locale, options);
}
