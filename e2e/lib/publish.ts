import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_DIR } from './content';
import { SEED_ARTICLE } from './site';

/** The seed article's record as stored in data/: the template every published test article starts from. */
export async function seedRecord(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(DATA_DIR, SEED_ARTICLE.file), 'utf8')) as Record<string, unknown>;
}

/** Now, as an ISO 8601 time with an offset (what the schema asks for). */
export const nowWithOffset = () => new Date().toISOString().replace('Z', '+00:00');

/** Saves an article file the way an editor does: the seed's record with `fields` changed, its folder made if needed. */
export async function writeArticle(file: string, fields: Record<string, unknown>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ ...(await seedRecord()), ...fields }));
}
