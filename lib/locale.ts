/**
 * The editions the newsroom publishes. The one list every other module builds
 * on: the zod schema (lib/content/schema.ts), the translations (lib/i18n/ui.ts),
 * the URL contract and the sitemaps.
 */
export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Vietnamese is the main edition: it lives at the root of the site. */
export const DEFAULT_LOCALE: Locale = 'vi';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** A locale from an untrusted string (a route parameter): unknown values fall back to the main edition. */
export function toLocale(value: string | undefined): Locale {
  return value !== undefined && isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The edition a reader switches to from this one. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'vi' ? 'en' : 'vi';
}
