import type { Locale } from '../locale';

/**
 * How the breaking-news banner reaches pages the cache already holds: the one place that decides
 * it (decision 023), so that it moves in one change.
 *
 * - `in-page` (now): the frames draw the banner into the page when it renders; every page of the
 *   edition carries the tag `breaking:{locale}`, and a change of the banner (saved, emptied,
 *   removed, ended, or its article published) expires that one tag. Pages stay cacheable, but
 *   each change costs one render of every cached page of the edition as readers ask for it.
 * - `per-request` (once the renderer's step after the page cache exists, issue 22 hook (b)):
 *   the frames draw only BANNER_SLOT, the cached page never holds a banner and no tag expires;
 *   the step reads the banner from the store (memory, no query) and puts it in each answer with
 *   `insertBanner`. A change then costs nothing but the next answer.
 */
export type BannerDelivery = 'in-page' | 'per-request';

export const BANNER_DELIVERY: BannerDelivery = 'in-page';

/** The cache tag of every page that shows an edition's banner (in-page delivery). */
export const bannerTag = (locale: Locale) => `breaking:${locale}`;

/** Whether the frames draw the banner themselves when a page renders. */
export const framesDrawBanner = (): boolean => BANNER_DELIVERY === 'in-page';

/** The tags a page of this edition carries for its banner. */
export function bannerPageTags(locale: Locale): string[] {
  return BANNER_DELIVERY === 'in-page' ? [bannerTag(locale)] : [];
}

/** The tags a change of these editions' banners expires. */
export function bannerChangeTags(locales: readonly Locale[]): string[] {
  return BANNER_DELIVERY === 'in-page' ? locales.map(bannerTag) : [];
}

/**
 * Where a per-request step puts the banner: the frames draw this empty element above the content
 * when they do not draw the banner themselves. It is hidden, so a page served without the step
 * shows nothing there.
 */
export const BANNER_SLOT = '<div hidden="" data-breaking-slot=""></div>';

/** The page with the banner's HTML in its slot (the first one), or the page as it was without a slot or a banner. */
export function insertBanner(html: string, bannerHtml: string | undefined): string {
  if (!bannerHtml) return html;
  const at = html.indexOf(BANNER_SLOT);
  return at < 0 ? html : html.slice(0, at) + bannerHtml + html.slice(at + BANNER_SLOT.length);
}

const SLOT_BYTES = Buffer.from(BANNER_SLOT);

/**
 * The same on bytes, for a step that holds the cached page as UTF-8 (what a response body is):
 * no string is built or encoded per answer, one copy of the page. Answers the page itself when it
 * has no slot or there is no banner.
 */
export function insertBannerBytes(page: Buffer, banner: Buffer | undefined): Buffer {
  if (!banner || banner.length === 0) return page;
  const at = page.indexOf(SLOT_BYTES);
  return at < 0 ? page : Buffer.concat([page.subarray(0, at), banner, page.subarray(at + SLOT_BYTES.length)]);
}
