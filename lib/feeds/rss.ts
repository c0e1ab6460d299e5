import type { ArticleSummary, Site } from '../content';
import type { Locale } from '../locale';
import { escapeMarkup } from '../text/escape';
import { absoluteUrl, articlePath, mediaPath } from '../urls';

interface Feed {
  site: Site;
  locale: Locale;
  title: string;
  description: string;
  /** Site path of the page the feed mirrors. */
  path: string;
  items: readonly ArticleSummary[];
}

/** RSS 2.0, absolute URLs from SITE_URL, newest first. */
export function renderRss({ site, locale, title, description, path, items }: Feed): string {
  const x = escapeMarkup;
  const entries = items
    .map((a) => {
      const url = absoluteUrl(articlePath(a));
      const image = a.cover ? `<enclosure url="${x(absoluteUrl(mediaPath(a.cover.src)))}" type="image/jpeg" length="0"/>` : '';
      return `<item><title>${x(a.title)}</title><link>${x(url)}</link><guid isPermaLink="true">${x(url)}</guid><description>${x(a.sapo)}</description><pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate><category>${x(a.category.name)}</category>${image}</item>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${x(title)}</title><link>${x(absoluteUrl(path))}</link><description>${x(description)}</description><language>${locale === 'vi' ? 'vi-VN' : 'en-US'}</language><copyright>${x(site.publisher.name)}</copyright>${entries}</channel></rss>`;
}
