import { watch, type FSWatcher } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from './index';
import { listFolders } from './list-folders';

/**
 * Publishing without a restart: when anything under CONTENT_DIR changes, the
 * store takes the change in (onChange: the in-memory index reads the folder
 * again, the PostgreSQL store syncs what changed). Changes arriving together
 * (an article and its photos) are taken in one go, QUIET_MS after the last.
 *
 * Every folder is watched on its own (one inotify watch per folder, ~130 for
 * 100,000 articles), not each file: Node's recursive watch on Linux (20 and 24 alike) puts a
 * watch on every file and loses files that editors save atomically (write a
 * temporary file, rename it over). A folder sees creations, edits, renames
 * and deletions of its entries. After each reload the entries that changed
 * are looked at (a new folder is watched, a removed one forgotten; the whole
 * tree is listed again only when a watch could not say what changed), and
 * every CHECK_MS the folder's real path is compared,
 * so a deploy that swaps CONTENT_DIR (symlink or rename) is picked up.
 *
 * Off with CONTENT_WATCH=0.
 */
const QUIET_MS = 500;
const CHECK_MS = 10_000;
/** Editors' scratch files: vim's swap and write-test files, emacs locks, backups. */
const SCRATCH = /(^\.#|\.sw[a-p]x?$|~$|^4913$)/;

/**
 * What to do once the folder has been quiet for QUIET_MS after a change: the
 * in-memory store reloads the folder (reloadMemoryIndex), the PostgreSQL store
 * syncs what changed into the database. Never run twice at once.
 */
type OnChange = (changed: ChangedPaths) => Promise<unknown>;

/**
 * What changed since the last call, relative to CONTENT_DIR ("articles/2031/01/x.json"), or
 * `everything` when the watcher cannot tell (the folder was replaced, a watch failed).
 */
export type ChangedPaths = { everything: true } | { everything: false; paths: string[] };
const KEY = Symbol.for('tin-thu-do.content-watcher');
const holder = globalThis as typeof globalThis & { [KEY]?: () => void };

export interface ContentWatcher {
  /** Resolves once every folder is watched, with every folder of CONTENT_DIR as listed (the catch-up walks them). */
  ready: Promise<string[]>;
  stop: () => void;
}

/** Starts the one watcher of this process (a second call replaces the first). */
export function watchContent(onChange: OnChange): ContentWatcher {
  holder[KEY]?.();
  const dir = contentDir();
  const watchers = new Map<string, FSWatcher>();
  let root = '';
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending = false;
  let stopped = false;
  const changed = new Set<string>();
  let everything = false;

  /** Something changed: `file` (relative to CONTENT_DIR) when the watch said which entry. */
  const note = (file?: string) => {
    if (file === undefined) everything = true;
    else changed.add(file);
  };
  const arm = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), QUIET_MS);
  };
  const schedule = (file?: string) => {
    note(file);
    arm();
  };

  const reload = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    const batch: ChangedPaths = everything ? { everything: true } : { everything: false, paths: [...changed] };
    changed.clear();
    everything = false;
    try {
      await onChange(batch);
      // Files saved into a new folder before its watch started would go unseen: take them too.
      const added = batch.everything ? await syncFolders() : await followFolders(batch.paths);
      for (const folder of added) {
        for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
          if (entry.isFile()) note(path.relative(dir, path.join(folder, entry.name)).split(path.sep).join('/'));
        }
      }
      if (added.length > 0 && changed.size > 0) pending = true;
    } catch (error) {
      console.error(`[content] reload failed: ${(error as Error).message}`);
    } finally {
      running = false;
      if (pending) {
        pending = false;
        arm();
      }
    }
  };

  /** Watches every folder that exists now; forgets the ones that are gone. Answers the folders it started watching. */
  const syncFolders = async (): Promise<string[]> => {
    if (stopped) return [];
    const folders = new Set(await listFolders(dir));
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    return watchFolders(folders);
  };

  /**
   * After a change the watches said which entries changed: only those are looked at. A new folder
   * (and what is below it) is watched, a folder gone is forgotten. Listing the whole tree instead
   * read a million directory entries after every publish at 1,000,000 articles (~1 s).
   */
  const followFolders = async (paths: string[]): Promise<string[]> => {
    if (stopped) return [];
    const added: string[] = [];
    for (const changed of new Set(paths)) {
      const full = path.join(dir, changed);
      const info = await stat(full).catch(() => undefined);
      if (!info) {
        for (const [folder, watcher] of watchers) {
          if (folder === full || folder.startsWith(full + path.sep)) {
            watcher.close();
            watchers.delete(folder);
          }
        }
      } else if (info.isDirectory() && !watchers.has(full)) {
        added.push(...watchFolders(await listFolders(full)));
      }
    }
    return added;
  };

  /** Starts a watch on each folder not watched yet; answers those. */
  const watchFolders = (folders: Iterable<string>): string[] => {
    const added: string[] = [];
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => {
          if (!name) schedule();
          else if (!SCRATCH.test(path.basename(String(name)))) schedule(path.relative(dir, path.join(folder, String(name))).split(path.sep).join('/'));
        });
        // A folder removed under us: drop it and let the next reload look again.
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
          schedule();
        });
        watchers.set(folder, watcher);
        added.push(folder);
      } catch (error) {
        console.error(`[content] cannot watch ${folder}: ${(error as Error).message}; restart the server to publish changes there`);
      }
    }
    return added;
  };

  /** CONTENT_DIR replaced (symlink swapped, folder renamed): watch the new one and reload. */
  const checkRoot = async () => {
    const current = await realpath(dir).catch(() => '');
    if (current === root) return;
    root = current;
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
    await syncFolders();
    schedule();
  };

  const ready = realpath(dir)
    .catch(() => '')
    .then(async (real) => {
      root = real;
      const folders = await listFolders(dir);
      if (!stopped) watchFolders(folders);
      return folders;
    });
  const interval = setInterval(() => void checkRoot(), CHECK_MS);
  interval.unref();

  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(interval);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
    if (holder[KEY] === stop) delete holder[KEY];
  };
  holder[KEY] = stop;
  return { ready, stop };
}
