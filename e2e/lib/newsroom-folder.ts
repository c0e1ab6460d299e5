import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_DIR } from './content';
import { BOM } from './publish';

/**
 * A scratch copy of data/ for the newsroom servers (servers.ts), with site.json, categories.json
 * and authors.json saved with a byte-order mark as an editor on Windows saves them: a server that
 * starts on it has read all three. Run as `tsx e2e/lib/newsroom-folder.ts <folder>` by the
 * memory server's command, and imported by the PostgreSQL one.
 */
export async function newsroomFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await cp(DATA_DIR, folder, { recursive: true });
  for (const file of ['site.json', 'categories.json', 'authors.json']) {
    const full = path.join(folder, file);
    await writeFile(full, BOM + (await readFile(full, 'utf8')));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const folder = process.argv[2];
  if (!folder) throw new Error('usage: tsx e2e/lib/newsroom-folder.ts <folder>');
  void newsroomFolder(folder);
}
