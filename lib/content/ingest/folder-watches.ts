import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { listFolders } from './list-folders';

/** Editors' scratch files: vim's swap and write-test files, emacs locks, backups. */
const SCRATCH = /(^\.#|\.sw[a-p]x?$|~$|^4913$)/;

/**
 * One fs watch per folder of the content folder (~130 for 100,000 articles), not one per file:
 * Node's recursive watch on Linux puts a watch on every file and loses files that editors save
 * atomically (write a temporary file, rename it over). A folder's watch sees creations, edits,
 * renames and deletions of its entries and reports each through `onSave` (relative to the
 * content folder), or with no path when it cannot say which.
 */
export class FolderWatches {
  private readonly watchers = new Map<string, FSWatcher>();

  constructor(
    private readonly dir: string,
    private readonly onSave: (file?: string) => void,
  ) {}

  /** The content folder and every folder below it (listed on a worker thread). */
  list(): Promise<string[]> {
    return listFolders(this.dir);
  }

  /** Starts a watch on each folder not watched yet; answers those. */
  watch(folders: Iterable<string>): string[] {
    const added: string[] = [];
    for (const folder of folders) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => {
          if (!name) this.onSave();
          else if (!SCRATCH.test(path.basename(String(name)))) this.onSave(path.relative(this.dir, path.join(folder, String(name))).split(path.sep).join('/'));
        });
        // A folder removed under us: drop it and let the next batch look again.
        watcher.on('error', () => {
          this.forget(folder);
          this.onSave();
        });
        this.watchers.set(folder, watcher);
        added.push(folder);
      } catch (error) {
        console.error(`[content] cannot watch ${folder}: ${(error as Error).message}; restart the server to publish changes there`);
      }
    }
    return added;
  }

  /** Lists the whole tree again: folders gone are forgotten, new ones watched (and answered). */
  async resync(): Promise<string[]> {
    const folders = new Set(await this.list());
    for (const folder of [...this.watchers.keys()]) if (!folders.has(folder)) this.forget(folder);
    return this.watch(folders);
  }

  /**
   * After a batch whose saves the watches named: only those entries are looked at. A new folder
   * (and what is below it) is watched, a folder gone is forgotten. Listing the whole tree instead
   * read a million directory entries after every publish at 1,000,000 articles (~1 s).
   */
  async follow(paths: string[]): Promise<string[]> {
    const added: string[] = [];
    for (const saved of new Set(paths)) {
      const full = path.join(this.dir, saved);
      const info = await stat(full).catch(() => undefined);
      if (!info) {
        for (const folder of [...this.watchers.keys()]) if (folder === full || folder.startsWith(full + path.sep)) this.forget(folder);
      } else if (info.isDirectory() && !this.watchers.has(full)) {
        added.push(...this.watch(await listFolders(full)));
      }
    }
    return added;
  }

  closeAll(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private forget(folder: string): void {
    this.watchers.get(folder)?.close();
    this.watchers.delete(folder);
  }
}
