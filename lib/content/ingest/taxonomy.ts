import path from 'node:path';
import type { ContentProblem } from '../records/problems';
import type { Site } from '../records/model';
import { buildLookups, parseSite, type Lookups } from '../records/validate';
import { isDirectory, listFiles, readJson } from './read-files';

const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'] as const;
/** Files a body block may point at under images/: photos, and videos under images/media. */
const MEDIA_EXTENSIONS = [...IMAGE_EXTENSIONS, '.mp4'] as const;

/**
 * site.json, categories.json, authors.json and the image list of a content folder: what every
 * article is checked against. The in-memory load and the PostgreSQL sync both start here.
 */
export async function loadTaxonomy(root: string, problems: ContentProblem[]): Promise<{ site: Site; lookups: Lookups }> {
  const site = parseSite(readJson(path.join(root, 'site.json')));
  const images = new Set((await isDirectory(path.join(root, 'images'))) ? await listFiles(path.join(root, 'images'), MEDIA_EXTENSIONS) : []);
  const lookups = buildLookups(readJson(path.join(root, 'categories.json')), readJson(path.join(root, 'authors.json')), images, problems);
  if (!images.has(site.publisher.logo.src)) {
    problems.push({ file: 'site.json', field: 'publisher.logo.src', message: `image file images/${site.publisher.logo.src} not found` });
  }
  return { site, lookups };
}
