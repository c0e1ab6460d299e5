/**
 * The one escaper for text written into HTML or XML by hand (document titles,
 * RSS, sitemaps): & < > " ' become character references, so no text can close
 * an element or an attribute.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
