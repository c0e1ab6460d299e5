import type { ArticleSummary, Site } from '../content';
import type { Locale } from '../locale';
import { escapeMarkup } from '../text/escape';
import { absoluteUrl, articlePath, mediaPath } from '../urls';
import { vietnamTime } from '../hanoi-time';

interface Feed {
  site: Site;
  locale: Locale;
  title: string;
  description: string;
  /** Site path of the page the feed mirrors. */
  path: string;
  /** Site path of the feed itself (atom:link rel="self"). */
  self: string;
  items: readonly ArticleSummary[];
  /** Bytes of a cover photo's file, for the enclosure; undefined leaves the enclosure out. */
  fileSize: (src: string) => number | undefined;
}

const TYPES: Record<string, string> = { png: 'image/png', webp: 'image/webp' };
const typeOf = (src: string) => TYPES[src.split('.').pop()?.toLowerCase() ?? ''] ?? 'image/jpeg';

/**
 * RSS 2.0, absolute URLs from SITE_URL, newest first. An updated item carries
 * <atom:updated>, and <lastBuildDate> is the newest publication or update. Each item carries its
 * cover twice: as media:content (with its size in pixels, what feed readers
 * draw) and as an RSS enclosure (which needs the file's length in bytes).
 */
export function renderRss({ site, locale, title, description, path, self, items, fileSize }: Feed): string {
  const x = escapeMarkup;
  const entries = items
    .map((a) => {
      const url = absoluteUrl(articlePath(a));
      let image = '';
      if (a.cover) {
        const src = x(absoluteUrl(mediaPath(a.cover.src)));
        const type = typeOf(a.cover.src);
        const length = fileSize(a.cover.src);
        image =
          `<media:content url="${src}" medium="image" type="${type}" width="${a.cover.width}" height="${a.cover.height}"><media:description>${x(a.cover.alt)}</media:description></media:content>` +
          (length === undefined ? '' : `<enclosure url="${src}" type="${type}" length="${length}"/>`);
      }
      // An updated item says when (Atom's <updated>, which feed readers take to show it again).
      const updated = a.updatedAt && a.updatedAt !== a.publishedAt ? `<atom:updated>${vietnamTime(a.updatedAt)}</atom:updated>` : '';
      return `<item><title>${x(a.title)}</title><link>${x(url)}</link><guid isPermaLink="true">${x(url)}</guid><description>${x(a.sapo)}</description><pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>${updated}<category>${x(a.category.name)}</category>${image}</item>`;
    })
    .join('');
  // The feed changed when its newest publication or update did.
  const built = Math.max(0, ...items.map((a) => Date.parse(a.updatedAt ?? a.publishedAt)));
  const lastBuild = items.length > 0 ? `<lastBuildDate>${new Date(built).toUTCString()}</lastBuildDate>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel>` +
    `<title>${x(title)}</title><link>${x(absoluteUrl(path))}</link><atom:link href="${x(absoluteUrl(self))}" rel="self" type="application/rss+xml"/>` +
    `<description>${x(description)}</description><language>${locale === 'vi' ? 'vi-VN' : 'en-US'}</language><copyright>${x(site.publisher.name)}</copyright>${lastBuild}${entries}</channel></rss>`
  );
}
