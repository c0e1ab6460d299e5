import { z } from 'zod';

/**
 * JSON-LD as a crawler reads it: every <script type="application/ld+json"> in
 * the raw HTML, parsed, then checked against zod schemas that encode Google's
 * NewsArticle and BreadcrumbList requirements
 * (developers.google.com/search/docs/appearance/structured-data/article,
 * …/breadcrumb) plus the concrete values this site must print.
 */

const LD_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LD_TYPE = /\btype\s*=\s*(["']?)application\/ld\+json\1/i;

/**
 * The text of every JSON-LD script in an HTML document, JSON-parsed. A block
 * that is not valid JSON throws, naming the block: a raw `</script` inside the
 * data would end the element early and leave truncated JSON, so it fails here.
 */
export function ldJsonBlocks(html: string): unknown[] {
  const blocks: unknown[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(LD_SCRIPT)) {
    if (!LD_TYPE.test(attributes)) continue;
    try {
      blocks.push(JSON.parse(text));
    } catch (error) {
      throw new Error(`JSON-LD block #${blocks.length + 1} is not valid JSON (${String(error)}): ${text.slice(0, 200)}…`);
    }
  }
  return blocks;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The top-level entities of the blocks: a block may be one entity, an array of
 * them, or an `@graph` (whose nodes inherit the block's `@context`).
 */
export function ldJsonNodes(blocks: unknown[]): Node[] {
  return blocks.flatMap((block): Node[] => {
    if (Array.isArray(block)) return ldJsonNodes(block);
    if (!isNode(block)) return [];
    const graph = block['@graph'];
    if (Array.isArray(graph)) return graph.filter(isNode).map((node) => ({ '@context': block['@context'], ...node }));
    return [block];
  });
}

/** The nodes of one `@type` (a node may carry an array of types). */
export function nodesOfType(nodes: Node[], type: string): Node[] {
  return nodes.filter((node) => {
    const t = node['@type'];
    return t === type || (Array.isArray(t) && t.includes(type));
  });
}

/** Parses `value` with `schema`, or throws with zod's readable report and the value itself. */
export function parseOrExplain<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(`${what} does not match the schema:\n${z.prettifyError(result.error)}\n\n${JSON.stringify(value, null, 2)}`);
  }
  return result.data;
}

// ---------------------------------------------------------------------------
// Building blocks

const SCHEMA_ORG = z.literal('https://schema.org');

/** A string equal to `expected`, with a message that shows what was expected. */
const exactly = (expected: string) =>
  z.string().refine((v) => v === expected, { message: `expected ${JSON.stringify(expected)}` });

/** An absolute http(s) URL on the site's own origin (SITE_URL, which the e2e server sets to baseURL). */
const onSite = (origin: string) =>
  z.url({ protocol: /^https?$/ }).refine((u) => u === origin || u.startsWith(`${origin}/`), {
    message: `expected an absolute URL on ${origin}`,
  });

/** ISO 8601 with an explicit offset, as Google asks for (a bare local time is ambiguous). */
const isoWithOffset = z.iso.datetime({ offset: true, local: false });

/** schema.org Distance: a JSON number or a string of digits (optionally "px"). */
const pixels = z.union([z.number().int().positive(), z.string().regex(/^[1-9]\d*(px)?$/)]);

// ---------------------------------------------------------------------------
// NewsArticle

export interface NewsArticleExpectation {
  /** The site's origin (baseURL). */
  origin: string;
  /** Absolute canonical URL of the desktop article. */
  canonical: string;
  headline: string;
  description: string;
  datePublished: string;
  /** Offset every date-time must carry, e.g. "+07:00". */
  offset: string;
  authors: { name: string; url: string }[];
  publisherName: string;
}

/** Google's NewsArticle requirements, with this article's values pinned. */
export function newsArticleSchema(e: NewsArticleExpectation) {
  const url = onSite(e.origin);
  const inZone = isoWithOffset.refine((v) => v.endsWith(e.offset), { message: `expected a time ending in ${e.offset}` });
  const person = z.object({ '@type': z.literal('Person'), name: z.string().min(1), url });

  return z.object({
    '@context': SCHEMA_ORG,
    '@type': z.literal('NewsArticle'),
    // Google truncates headlines over 110 characters.
    headline: z.string().min(1).max(110).pipe(exactly(e.headline)),
    description: exactly(e.description),
    // Google wants image URLs it can crawl; an array lets several crops be offered.
    image: z.array(url).min(1),
    datePublished: inZone.pipe(exactly(e.datePublished)),
    dateModified: inZone,
    author: z
      .array(person)
      .min(1)
      .refine(
        (authors) =>
          authors.length === e.authors.length && e.authors.every((want, i) => authors[i]?.name === want.name && authors[i]?.url === want.url),
        { message: `expected authors ${JSON.stringify(e.authors)}` },
      ),
    publisher: z.object({
      // NewsMediaOrganization is a schema.org subtype of Organization that Google also accepts.
      '@type': z.enum(['Organization', 'NewsMediaOrganization']),
      name: exactly(e.publisherName),
      url,
      logo: z.object({ '@type': z.literal('ImageObject'), url, width: pixels, height: pixels }),
    }),
    mainEntityOfPage: z.object({ '@type': z.literal('WebPage'), '@id': exactly(e.canonical) }),
  });
}

export type NewsArticleLd = z.infer<ReturnType<typeof newsArticleSchema>>;

// ---------------------------------------------------------------------------
// BreadcrumbList

/**
 * Google's BreadcrumbList: ListItems numbered 1..n, each with a name and an
 * absolute `item` URL (Google lets the last one, the page itself, omit it).
 */
export function breadcrumbListSchema(origin: string, namesStartWith: string[]) {
  const listItem = z.object({
    '@type': z.literal('ListItem'),
    position: z.number().int().positive(),
    name: z.string().min(1),
    item: onSite(origin).optional(),
  });
  return z.object({
    '@context': SCHEMA_ORG,
    '@type': z.literal('BreadcrumbList'),
    itemListElement: z
      .array(listItem)
      .min(namesStartWith.length)
      .refine((items) => items.every((it, i) => it.position === i + 1), { message: 'positions must run 1, 2, … n in order' })
      .refine((items) => items.slice(0, -1).every((it) => it.item !== undefined), { message: 'every ListItem but the last needs an item URL' })
      .refine((items) => namesStartWith.every((name, i) => items[i]?.name === name), {
        message: `names must start with ${JSON.stringify(namesStartWith)}`,
      }),
  });
}
