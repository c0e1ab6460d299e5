import type { Locale, Site } from '../content';

/** "{title} | {site}", or "{site} - {tagline}" for the home page: the same on desktop, mobile and in previews. */
export function documentTitle(site: Site, locale: Locale, title?: string): string {
  const edition = site.editions[locale];
  return title ? `${title} | ${edition.name}` : `${edition.name} - ${edition.tagline}`;
}
