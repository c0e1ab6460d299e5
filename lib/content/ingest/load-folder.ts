import path from 'node:path';
import type { Article, ArticleSummary } from '../records/model';
import { ContentConfigError, type ContentProblem } from '../records/problems';
import type { ArticleRecord } from '../records/schema';
import { categoryKey, resolveArticle, validateArticle, type Located, type Lookups } from '../records/validate';
import { MemoryIndex } from '../memory/memory-index';
import { LOCALES } from '../../locale';
import { noPause, pauseEvery, type Pace } from '../memory/pacer';
import type { Clock } from '../store/contract';
import type { Editorial } from '../records/model';
import { readEditorial, resolveEditorial } from './editorial';
import { isDirectory, listFiles, readJson } from './read-files';
import { loadTaxonomy } from './taxonomy';

export interface LoadResult {
  index: MemoryIndex;
  problems: ContentProblem[];
  /** Worth saying, not wrong: a front page or banner that names an article still scheduled, an `until` already past. */
  notices: ContentProblem[];
  /** False when there is no articles/ folder at all (a site with nothing to serve, or a deploy in progress). */
  hasArticlesFolder: boolean;
}

export interface LoadOptions {
  /**
   * Read and index in slices of 500 articles, letting requests through in
   * between: for reloading while the server answers requests. Start-up, with
   * nothing to serve yet, goes flat out.
   */
  background?: boolean;
  /**
   * The content being served. An article whose file is now broken (a
   * half-saved edit, a typo in a field) keeps this last good version online
   * until the file is fixed; a deleted file unpublishes its article.
   */
  previous?: MemoryIndex;
  /** The index's clock (scheduled articles are hidden until their time): Date.now unless a test sets one. */
  clock?: Clock;
}

/**
 * Reads and validates the whole content folder in one pass and builds the
 * in-memory index. Bad records are reported and skipped; only a missing folder
 * or unusable site settings throw (the site cannot run without them).
 */
export async function loadContent(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const root = path.resolve(contentDir);
  if (!(await isDirectory(root))) {
    throw new ContentConfigError(
      `The content folder "${root}" does not exist or is not a readable folder: set CONTENT_DIR to the folder that holds site.json, categories.json, authors.json and articles/.`,
    );
  }
  const problems: ContentProblem[] = [];
  const { site, lookups } = await loadTaxonomy(root, problems);

  const pace = options.background === true ? pauseEvery() : noPause;
  const records = await readArticles(root, problems, pace);
  const hasArticlesFolder = records !== undefined;
  const resolved = await resolveArticles(records ?? [], lookups, problems, pace);
  const articles = options.previous ? keepLastGood(resolved, options.previous, problems, lookups) : resolved;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const clock = options.clock ?? Date.now;
  const notices: ContentProblem[] = [];
  const editorial = resolveEditorial(readEditorial(root, problems), (id) => byId.get(id), clock(), problems, notices);
  const index = await MemoryIndex.build(site, [...lookups.categories.values()], [...lookups.authors.values()], articles, pace, { clock, editorial });
  return { index, problems, notices, hasArticlesFolder };
}

/**
 * front-page.json and breaking.json read again over the articles already indexed: a save of
 * either swaps them in without reading the rest of the folder (at 100,000 articles a full reload
 * takes 18 s; this takes a millisecond).
 */
export function loadEditorial(contentDir: string, index: MemoryIndex, clock: Clock = Date.now): { editorial: Editorial; problems: ContentProblem[]; notices: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const editorial = resolveEditorial(readEditorial(path.resolve(contentDir), problems), (id) => index.article(id), clock(), problems, notices);
  return { editorial, problems, notices };
}

/** Every valid article record; undefined when there is no articles/ folder. */
async function readArticles(root: string, problems: ContentProblem[], pace: Pace): Promise<Located<ArticleRecord>[] | undefined> {
  const dir = path.join(root, 'articles');
  if (!(await isDirectory(dir))) {
    problems.push({ file: 'articles/', field: '', message: 'folder not found: no articles to serve' });
    return undefined;
  }
  const files = await listFiles(dir, ['.json']);
  const records: Located<ArticleRecord>[] = [];
  for (const name of files) {
    await pace();
    const record = validateArticle(`articles/${name}`, readJson(path.join(dir, name)));
    if (Array.isArray(record)) problems.push(...record);
    else records.push(record);
  }
  return records;
}

/** Cross-record checks, then the records become Articles with their references resolved. */
async function resolveArticles(records: Located<ArticleRecord>[], lookups: Lookups, problems: ContentProblem[], pace: Pace): Promise<Article[]> {
  const byId = new Map<number, Article>();
  const slugs = new Map<string, string>();
  const pendingRelated: { article: Article; blocks: { index: number; ids: number[] }[] }[] = [];

  for (const located of records) {
    await pace();
    const resolved = resolveArticle(located, lookups, { id: (id) => byId.get(id)?.file, slug: (key) => slugs.get(key) });
    if ('problems' in resolved) {
      problems.push(...resolved.problems);
      continue;
    }
    const { article, related } = resolved;
    byId.set(article.id, article);
    slugs.set(`${article.locale}/${article.slug}`, article.file);
    if (related.length > 0) pendingRelated.push({ article, blocks: related });
  }

  // Related links resolve against the articles that survived: a missing one is reported and left out.
  for (const { article, blocks } of pendingRelated) {
    await pace();
    for (const { index, ids } of blocks) {
      const items: ArticleSummary[] = [];
      ids.forEach((id, i) => {
        const target = byId.get(id);
        if (!target) problems.push({ file: article.file, field: `body.${index}.ids.${i}`, message: `unknown article id ${id}` });
        else if (target.id !== article.id) items.push(target);
      });
      article.body[index] = { type: 'related', items };
    }
    article.body = article.body.filter((b) => b.type !== 'related' || b.items.length > 0);
  }
  return [...byId.values()];
}

/**
 * Articles whose file has a problem now but was served before stay online as
 * they were (their category and authors taken from the new lists; an article
 * whose category is gone is dropped). The problems are still reported.
 */
function keepLastGood(articles: Article[], previous: MemoryIndex, problems: ContentProblem[], lookups: Lookups): Article[] {
  const broken = new Set(problems.map((p) => p.file).filter((file) => file.startsWith('articles/')));
  if (broken.size === 0) return articles;
  const ids = new Set(articles.map((a) => a.id));
  const kept: Article[] = [];
  for (const locale of LOCALES) {
    for (const old of previous.all(locale)) {
      if (!broken.has(old.file) || ids.has(old.id)) continue;
      const category = lookups.categories.get(categoryKey(old.locale, old.category.slug));
      if (!category) continue;
      const authors = old.authors.map((a) => lookups.authors.get(a.slug) ?? a);
      kept.push({ ...old, category, authors });
      ids.add(old.id);
    }
  }
  if (kept.length > 0) console.error(`[content] ${kept.length} article(s) with a broken file stay online in their last good version: ${kept.map((a) => a.file).join(', ')}`);
  return kept.length > 0 ? [...articles, ...kept] : articles;
}
