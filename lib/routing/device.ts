/**
 * Phone detection for the desktop → mobile redirect. Tablets stay on desktop
 * (they have the width), and so do crawlers: the desktop site is the
 * canonical one that search engines and link previews read. Readers inside
 * an app's browser (Zalo, Facebook's FB_IAB) are readers: they get the mobile
 * site, which carries the same link preview tags as the desktop page.
 */
const PHONE = /iPhone|iPod|Android.*Mobile|Windows Phone|Opera Mini|BlackBerry|IEMobile|Mobile Safari(?!.*iPad)/i;
const BOT = /bot|crawler|spider|slurp|facebookexternalhit|facebookcatalog|twitterbot|whatsapp|telegram|discord|skype|preview|lighthouse/i;

/** Crawlers and link-preview bots: no User-Agent at all counts as one. */
export function isBot(userAgent: string | null): boolean {
  return !userAgent || BOT.test(userAgent);
}

export function isPhone(userAgent: string | null): boolean {
  return !!userAgent && PHONE.test(userAgent) && !BOT.test(userAgent) && !/iPad|Tablet/i.test(userAgent);
}
