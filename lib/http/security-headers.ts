import { siteUrl, YOUTUBE_EMBED_ORIGIN } from '../urls';
import { config } from '../config';

/**
 * The security headers of every page, desktop and mobile (the proxy sets
 * them on each answer it gives; next.config.ts sets the static ones on files
 * the proxy does not see). Decision 009 explains the trade-offs.
 */

/** The mobile site runs no script at all: styles are inline, images and our own videos same-origin. */
export const MOBILE_CSP =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; media-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

/**
 * Desktop: the one script is a file of our own (client/enhance.js, decision 021), so scripts come
 * from this origin only: no inline script runs, no eval. Structured data stays inline: a JSON-LD
 * block is data, never executed, so script-src does not apply to it. Inline styles stay allowed
 * (the view beacon is a style attribute).
 */
const DESKTOP_CSP = [
  "default-src 'self'",
  `script-src 'self'${config.nodeEnv === 'development' ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  // The YouTube player, only after the reader clicks a video's poster (components/article/YouTubeFacade).
  `frame-src ${YOUTUBE_EMBED_ORIGIN}`,
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
].join('; ');

/** Headers every answer carries, whatever it is. */
export const BASE_SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
} as const;

/** The headers the proxy puts on a page answer, with the CSP of its frame. */
export function securityHeaders(options: { mobile: boolean }): Record<string, string> {
  const headers: Record<string, string> = { ...BASE_SECURITY_HEADERS };
  headers['Content-Security-Policy'] = options.mobile ? MOBILE_CSP : DESKTOP_CSP;
  // HSTS only where the public origin is https: sent over http it would be ignored, and on a test host it would stick.
  if (siteUrl().startsWith('https://')) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
