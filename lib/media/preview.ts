import { createHash } from 'node:crypto';
import type { ArticleSummary, Site } from '../content';
import { LOCALES, type Locale } from '../locale';

/**
 * Link preview images (og:image, twitter:image): 1200×630, the size Facebook,
 * Zalo and X draw full-width. An article with a photo gets a crop of it; one
 * without gets a card with its headline (lib/media/preview-image.ts). Home and
 * section pages share one card per edition.
 *
 * The URL carries a stamp of everything the picture is made from, so a
 * corrected headline or a new photo gets a new URL and the old one can be
 * cached for a year: /media/og/{id}-{stamp}.jpg, /media/og/{locale}-{stamp}.jpg.
 */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Bump when the card design changes: every stamp changes with it. */
const DESIGN = 1;

export type PreviewSubject = { kind: 'article'; article: ArticleSummary; site: Site } | { kind: 'edition'; locale: Locale; site: Site };

function stamp(subject: PreviewSubject): string {
  const edition = subject.site.editions[subject.kind === 'article' ? subject.article.locale : subject.locale];
  const { article } = subject.kind === 'article' ? subject : { article: undefined };
  // A photo replaced under the same file name is not seen here: give a new photo a new name.
  const parts = article
    ? [article.title, article.category.name, article.cover?.src ?? '', article.cover?.width ?? 0, article.cover?.height ?? 0, article.updatedAt ?? article.publishedAt]
    : [];
  return createHash('sha1')
    .update(JSON.stringify([DESIGN, edition.name, edition.tagline, ...parts]))
    .digest('hex')
    .slice(0, 10);
}

export function previewImagePath(subject: PreviewSubject): string {
  const key = subject.kind === 'article' ? String(subject.article.id) : subject.locale;
  return `/media/og/${key}-${stamp(subject)}.jpg`;
}

/** "1000-3f2a9c01de.jpg" → { key: "1000", stamp }; "vi-….jpg" → { key: "vi", stamp }. */
export function parsePreviewFile(file: string): { key: string; stamp: string } | undefined {
  const match = new RegExp(`^(\\d{1,15}|${LOCALES.join('|')})-([0-9a-f]{10})\\.jpg$`).exec(file);
  return match ? { key: match[1] as string, stamp: match[2] as string } : undefined;
}
