import { getRequestConfig } from 'next-intl/server';
import { formatsFor, timeZone } from './formats';
import { isLocale } from '@/lib/locale';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = requested && isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone,
    formats: formatsFor(locale),
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
