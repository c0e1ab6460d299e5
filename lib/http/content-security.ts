/** The mobile site runs no script at all: styles are inline, images same-origin. */
export const MOBILE_CSP =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
