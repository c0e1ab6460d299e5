import { z } from 'zod';
import { LOCALES } from '../../locale';

/**
 * The shape of every record read from the content folder. Types used by the
 * rest of the app are derived from these schemas (z.infer) or built from them
 * at load time (see model.ts); nothing is ever cast from JSON.
 */

const localeSchema = z.enum(LOCALES);

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugSchema = z
  .string()
  .regex(slugPattern, 'must be lower-case a-z, 0-9 and single hyphens');

const text = z.string().trim().min(1, 'must not be empty');

/** ISO 8601 with an explicit offset, e.g. 2022-12-23T15:30:00+07:00. */
const isoDateTime = z.iso.datetime({ offset: true, local: false });

/** Only http(s) links or site-internal paths ("/…", not "//host"). */
const hrefSchema = z
  .string()
  .refine(
    (href) => /^https?:\/\/[^\s]+$/i.test(href) || /^\/(?!\/)[^\s]*$/.test(href),
    'must be an http(s) URL or a site path starting with "/"',
  );

/** Image files live under {CONTENT_DIR}/images; src is relative to that folder. */
const imageSrc = z
  .string()
  .regex(/^(?:[a-z0-9_-]+\/)*[a-z0-9_-]+\.(?:jpe?g|png|webp)$/i, 'must be a relative path like 2022/12/photo.jpg');

const imageSchema = z.object({
  src: imageSrc,
  alt: text,
  caption: text.optional(),
  credit: text.optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** Video files live under {CONTENT_DIR}/images/media, next to their posters: src is "media/….mp4". */
const videoSrc = z
  .string()
  .regex(/^media\/(?:[a-z0-9_-]+\/)*[a-z0-9_-]+\.mp4$/i, 'must be an MP4 file under media/, like media/2022/12/clip.mp4');

/** A YouTube video id: 11 characters of A-Z, a-z, 0-9, "-" and "_". */
const youtubeId = z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'must be an 11-character YouTube video id');

/** A photo story: at least two photos, each with its own caption and credit. */
const gallerySchema = z.strictObject({
  type: z.literal('gallery'),
  title: text.optional(),
  photos: z.array(imageSchema.strict()).min(2, 'a gallery needs at least two photos'),
});

/** A video: our own MP4 file with a poster, or a YouTube id (shown as a click-to-load facade). */
const videoSchema = z.discriminatedUnion('source', [
  z.strictObject({
    type: z.literal('video'),
    source: z.literal('file'),
    src: videoSrc,
    poster: imageSchema.strict(),
    caption: text.optional(),
    /** Length in seconds. */
    duration: z.number().int().positive().optional(),
  }),
  z.strictObject({
    type: z.literal('video'),
    source: z.literal('youtube'),
    id: youtubeId,
    title: text,
    poster: imageSchema.strict().optional(),
    caption: text.optional(),
  }),
]);

/** One run of inline text in a paragraph. */
const inlineSchema = z.strictObject({
  text: z.string().min(1),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: hrefSchema.optional(),
});

/** A paragraph may be written as a plain string or as a list of runs. */
const inlineContent = z.union([text.transform((t) => [{ text: t }]), z.array(inlineSchema).min(1)]);

/** Every block but `related`: what a live update may hold too. */
const textAndMediaBlocks = [
  z.strictObject({ type: z.literal('paragraph'), content: inlineContent }),
  z.strictObject({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), text }),
  imageSchema.extend({ type: z.literal('image') }).strict(),
  z.strictObject({ type: z.literal('quote'), text, attribution: text.optional() }),
  z.strictObject({ type: z.literal('list'), ordered: z.boolean().default(false), items: z.array(inlineContent).min(1) }),
  gallerySchema,
  videoSchema,
] as const;

const blockSchema = z.discriminatedUnion('type', [
  ...textAndMediaBlocks,
  z.strictObject({ type: z.literal('related'), ids: z.array(z.number().int().positive()).min(1) }),
]);

/**
 * One update of a live article ("Trực tiếp"). Its blocks are the article's, without `related`
 * (a live update links with an ordinary paragraph link). `id` names it in URLs
 * (`#cap-nhat-{id}`, `/a/{articleId}/{id}`): slug-like, unique within the article, never reused.
 */
const liveUpdateSchema = z.strictObject({
  id: z.string().max(60, 'at most 60 characters').regex(slugPattern, 'must be lower-case a-z, 0-9 and single hyphens'),
  at: isoDateTime,
  title: text.optional(),
  body: z.array(z.discriminatedUnion('type', [...textAndMediaBlocks])).min(1, 'needs at least one block'),
  /** Listed among the key events (the newest 7 key updates). */
  key: z.boolean().optional(),
  /** Shown first, folded, on page 1. At most one update of an article is pinned. */
  pinned: z.boolean().optional(),
});

/** A live article's coverage: whether it goes on, and its updates in any order (shown newest first). */
const liveSchema = z
  .strictObject({
    status: z.enum(['live', 'ended']),
    updates: z.array(liveUpdateSchema),
  })
  .superRefine((live, ctx) => {
    const seen = new Set<string>();
    let pinned: string | undefined;
    live.updates.forEach((update, i) => {
      if (seen.has(update.id)) ctx.addIssue({ code: 'custom', path: ['updates', i, 'id'], message: `duplicate update id "${update.id}"` });
      seen.add(update.id);
      if (update.pinned) {
        if (pinned !== undefined) ctx.addIssue({ code: 'custom', path: ['updates', i, 'pinned'], message: `only one update may be pinned ("${pinned}" already is)` });
        else pinned = update.id;
      }
    });
  });

/** A correction the newsroom owes its readers: when it was made and what was wrong. */
const correctionSchema = z.strictObject({
  at: isoDateTime,
  text,
});

export const articleRecordSchema = z.strictObject({
  id: z.number().int().positive(),
  /** Optional: derived from the title when absent. */
  slug: slugSchema.optional(),
  locale: localeSchema.default('vi'),
  title: text,
  sapo: text,
  category: slugSchema,
  tags: z.array(text).default([]),
  authors: z.array(slugSchema).min(1, 'needs at least one author'),
  /** Photographer shown as "Ảnh: …" in the byline. */
  photoCredit: text.optional(),
  publishedAt: isoDateTime,
  updatedAt: isoDateTime.optional(),
  cover: imageSchema.optional(),
  body: z.array(blockSchema).min(1, 'needs at least one block'),
  /** Shown as "Đính chính" at the end of the article, newest first. */
  corrections: z.array(correctionSchema).optional(),
  /** A live article ("Trực tiếp"): its updates, newest first on the page (decision 025). */
  live: liveSchema.optional(),
});

export const categoryRecordSchema = z.strictObject({
  slug: slugSchema,
  locale: localeSchema.default('vi'),
  name: text,
  description: text,
  order: z.number().int(),
  parent: slugSchema.optional(),
});

export const authorRecordSchema = z.strictObject({
  slug: slugSchema,
  name: text,
  bio: text,
});

const localeSiteSchema = z.strictObject({
  name: text,
  tagline: text,
  description: text,
});

export const siteRecordSchema = z.strictObject({
  /** Per-edition names and descriptions. */
  editions: z.strictObject({ vi: localeSiteSchema, en: localeSiteSchema }),
  publisher: z.strictObject({
    name: text,
    address: text,
    phone: text,
    email: z.email(),
    /** Logo under images/, used by structured data. */
    logo: imageSchema.pick({ src: true, width: true, height: true }),
  }),
});

const articleId = z.number().int().positive();

/** MAX_FEATURED articles at most come after the lead on the home page. */
export const MAX_FEATURED = 4;

/** One edition's curated front page: the lead on top, up to four featured after it, until a time. */
const frontEditionSchema = z.strictObject({
  lead: articleId,
  featured: z.array(articleId).max(MAX_FEATURED, `at most ${MAX_FEATURED} featured articles`).default([]),
  /** The curation ends at this time and home shows the newest again. */
  until: isoDateTime.optional(),
});

/** front-page.json: each edition's curated home page; an edition left out shows the newest. */
export const frontPageRecordSchema = z.strictObject({
  vi: frontEditionSchema.optional(),
  en: frontEditionSchema.optional(),
});

/** One edition's breaking-news banner: a line of text, leading to an article or a URL, until a time. */
const breakingEditionSchema = z
  .strictObject({
    text,
    article: articleId.optional(),
    url: hrefSchema.optional(),
    until: isoDateTime,
  })
  .refine((b) => b.article === undefined || b.url === undefined, { message: 'give "article" or "url", not both', path: ['url'] });

/** breaking.json: each edition's banner; an edition left out (or the file emptied or removed) has none. */
export const breakingRecordSchema = z.strictObject({
  vi: breakingEditionSchema.optional(),
  en: breakingEditionSchema.optional(),
});

export type { Locale } from '../../locale';
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type LiveRecord = z.infer<typeof liveSchema>;
export type LiveUpdateRecord = z.infer<typeof liveUpdateSchema>;
/** A block of a live update (every article block but `related`). */
export type UpdateBlock = LiveUpdateRecord['body'][number];
export type FrontPageRecord = z.infer<typeof frontPageRecordSchema>;
export type FrontEdition = z.infer<typeof frontEditionSchema>;
export type BreakingRecord = z.infer<typeof breakingRecordSchema>;
export type BreakingEdition = z.infer<typeof breakingEditionSchema>;
export type Image = z.infer<typeof imageSchema>;
export type VideoBlock = z.infer<typeof videoSchema>;
export type GalleryBlock = z.infer<typeof gallerySchema>;
