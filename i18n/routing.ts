import { defineRouting } from 'next-intl/routing';

/**
 * Vietnamese is the main edition and lives at the root (/thoi-su); English
 * lives under /en. The URL alone decides the language: no cookie, no
 * Accept-Language redirect, so every page stays cacheable by a CDN.
 */
export const routing = defineRouting({
  locales: ['vi', 'en'],
  defaultLocale: 'vi',
  localePrefix: 'as-needed',
  localeDetection: false,
});

export type AppLocale = (typeof routing.locales)[number];

export function isLocale(value: string): value is AppLocale {
  return (routing.locales as readonly string[]).includes(value);
}
