import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/locale';

/**
 * Vietnamese is the main edition and lives at the root (/thoi-su); English
 * lives under /en. The URL alone decides the language: no cookie, no
 * Accept-Language redirect, so every page stays cacheable by a CDN.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'as-needed',
  localeDetection: false,
});
