import { LOCALES, type Locale } from '../../locale';
import type { Breaking, Editorial } from '../records/model';
import type { FrontEdition } from '../records/schema';

/**
 * What both stores answer for front-page.json and breaking.json at a given time (ContentStore's
 * frontPage and breaking): each store holds the records in memory, the clock decides.
 */

/** The curated front page while it lasts (until its `until`). */
export function frontPageAt(editorial: Editorial, locale: Locale, now: number): FrontEdition | undefined {
  const curated = editorial.frontPages[locale];
  return curated && (curated.until === undefined || Date.parse(curated.until) > now) ? curated : undefined;
}

/** The banner until its `until`; its article is linked once published. */
export function breakingAt(editorial: Editorial, locale: Locale, now: number): Breaking | undefined {
  const banner = editorial.breaking[locale];
  if (!banner || Date.parse(banner.until) <= now) return undefined;
  if (banner.article && Date.parse(banner.article.publishedAt) > now) return { text: banner.text, until: banner.until };
  return banner;
}

/** When front pages and banners end (ms). */
export function editorialEnds(editorial: Editorial): number[] {
  return LOCALES.flatMap((locale) => [editorial.frontPages[locale]?.until, editorial.breaking[locale]?.until]).flatMap((iso) => (iso ? [Date.parse(iso)] : []));
}
