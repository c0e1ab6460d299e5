import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import path from 'node:path';
import { vietnamTime } from '../../hanoi-time';
import { LOCALES, type Locale } from '../../locale';
import type { ArticleSummary, Breaking, Editorial } from '../records/model';
import type { ContentProblem } from '../records/problems';
import { breakingRecordSchema, frontPageRecordSchema, type BreakingRecord, type FrontPageRecord } from '../records/schema';
import { issuesToProblems } from '../records/validate';
import { readJson } from './read-files';

/**
 * front-page.json and breaking.json: what the editors decide beside the articles. Both are
 * optional; a file that is absent, empty or only whitespace means "none" (an editor empties
 * breaking.json to take the banner down). Read and checked here for both stores: the in-memory
 * load and the PostgreSQL sync.
 */
export const FRONT_PAGE_FILE = 'front-page.json';
export const BREAKING_FILE = 'breaking.json';
export const EDITORIAL_FILES: readonly string[] = [FRONT_PAGE_FILE, BREAKING_FILE];

/** The two files as written (validated), before their article ids are looked up. */
export interface EditorialRecords {
  frontPage: FrontPageRecord;
  breaking: BreakingRecord;
}

/** An article as the editorial checks need it: scheduled or not, its edition, its URL's slug. */
export type Lookup = (id: number) => Pick<ArticleSummary, 'id' | 'slug' | 'locale' | 'publishedAt'> | undefined;

/** Both files of a content folder; a file with a problem counts as absent (and its problems are reported). */
export function readEditorial(root: string, problems: ContentProblem[]): EditorialRecords {
  return {
    frontPage: readOptional(root, FRONT_PAGE_FILE, frontPageRecordSchema, problems) ?? {},
    breaking: readOptional(root, BREAKING_FILE, breakingRecordSchema, problems) ?? {},
  };
}

function readOptional<S extends z.ZodType>(root: string, file: string, schema: S, problems: ContentProblem[]): z.infer<S> | undefined {
  const full = path.join(root, file);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    problems.push({ file, field: '', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    return undefined;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return undefined;
  const read = readJson(full);
  if (!read.ok) {
    problems.push({ file, field: '', message: read.message });
    return undefined;
  }
  const parsed = schema.safeParse(read.value);
  if (!parsed.success) {
    problems.push(...issuesToProblems(file, parsed.error));
    return undefined;
  }
  return parsed.data;
}

/**
 * The records with their article ids checked against the articles (`lookup`, scheduled ones
 * included) at `now`. An unknown id, or one of the other edition, is a problem; a scheduled one a
 * notice (the home page and the banner skip it until its time, then show it). The front page keeps
 * its ids as written (home skips what is not published when it renders); the banner's article is
 * resolved to what its link needs.
 */
export function resolveEditorial(records: EditorialRecords, lookup: Lookup, now: number, problems: ContentProblem[], notices: ContentProblem[]): Editorial {
  const editorial: Editorial = { frontPages: {}, breaking: {} };
  const check = (file: string, field: string, locale: Locale, id: number, skipped: string) => {
    const article = lookup(id);
    if (!article) problems.push({ file, field, message: `unknown article id ${id}: ${skipped}` });
    else if (article.locale !== locale) problems.push({ file, field, message: `article ${id} is in the ${article.locale} edition, not ${locale}: ${skipped}` });
    else {
      if (Date.parse(article.publishedAt) > now) notices.push({ file, field, message: `article ${id} is scheduled for ${hanoi(article.publishedAt)}: ${skipped} until then` });
      return article;
    }
    return undefined;
  };
  for (const locale of LOCALES) {
    const front = records.frontPage[locale];
    if (front) {
      const skipped = 'skipped, home shows the newest in its place';
      check(FRONT_PAGE_FILE, `${locale}.lead`, locale, front.lead, skipped);
      const seen = new Set([front.lead]);
      front.featured.forEach((id, i) => {
        if (seen.has(id)) problems.push({ file: FRONT_PAGE_FILE, field: `${locale}.featured.${i}`, message: `article ${id} is already on the front page: shown once` });
        else check(FRONT_PAGE_FILE, `${locale}.featured.${i}`, locale, id, skipped);
        seen.add(id);
      });
      if (front.until && Date.parse(front.until) <= now) notices.push({ file: FRONT_PAGE_FILE, field: `${locale}.until`, message: `${hanoi(front.until)} has passed: home shows the newest` });
      editorial.frontPages[locale] = front;
    }
    const banner = records.breaking[locale];
    if (banner) {
      const { text, until, url } = banner;
      const resolved: Breaking = { text, until, ...(url !== undefined && { url }) };
      if (banner.article !== undefined) {
        const article = check(BREAKING_FILE, `${locale}.article`, locale, banner.article, 'the banner is shown without a link');
        if (article) resolved.article = { id: article.id, slug: article.slug, locale: article.locale, publishedAt: article.publishedAt };
      }
      if (Date.parse(until) <= now) notices.push({ file: BREAKING_FILE, field: `${locale}.until`, message: `${hanoi(until)} has passed: no banner is shown` });
      editorial.breaking[locale] = resolved;
    }
  }
  return editorial;
}

/** "2027-01-05 08:00 (Hà Nội)" */
export function hanoi(iso: string): string {
  return `${vietnamTime(iso).slice(0, 16).replace('T', ' ')} (Hà Nội)`;
}
