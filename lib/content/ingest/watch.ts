import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { peekSingleton, setSingleton } from '../../singletons';
import { FolderWatches } from './folder-watches';
import { contentDir } from '../runtime';

/**
 * Publishing without a restart: when anything under CONTENT_DIR is saved, the store takes it in
 * (the in-memory store reads the folder again, the PostgreSQL store syncs the files saved).
 * Saves arriving together (an article and its photos) are taken in one go, QUIET_MS after the
 * last, and never two at once. Every folder is watched on its own (folder-watches.ts); every
 * CHECK_MS the folder's real path is compared, so a deploy that swaps CONTENT_DIR (symlink or
 * rename) is picked up. Off with CONTENT_WATCH=0.
 */
const QUIET_MS = 500;
const CHECK_MS = 10_000;

/**
 * What was saved since the last batch, relative to CONTENT_DIR ("articles/2031/01/x.json"), or
 * `everything` when the watches cannot tell (the folder was replaced, a watch failed). These are
 * file paths, not a content change: the store reads them and reports the ContentChange.
 */
export type SavedFiles = { everything: true } | { everything: false; paths: string[] };

/** What the store does with a batch of saved files. Never called twice at once. */
export type OnSaved = (saved: SavedFiles) => Promise<unknown>;

export interface ContentWatcher {
  /** Resolves once every folder is watched, with every folder of CONTENT_DIR as listed (the catch-up walks them). */
  ready: Promise<string[]>;
  stop: () => void;
}

/** The saves noted since the last batch. */
class SavedSinceLastBatch {
  private readonly paths = new Set<string>();
  private everything = false;

  /** `file` relative to CONTENT_DIR, or undefined when a watch could not say which entry. */
  note(file?: string): void {
    if (file === undefined) this.everything = true;
    else this.paths.add(file);
  }

  get empty(): boolean {
    return !this.everything && this.paths.size === 0;
  }

  take(): SavedFiles {
    const batch: SavedFiles = this.everything ? { everything: true } : { everything: false, paths: [...this.paths] };
    this.paths.clear();
    this.everything = false;
    return batch;
  }
}

/** Debounces saves into batches, hands each to the store, and keeps the folder watches in line with the tree. */
class Watcher implements ContentWatcher {
  readonly ready: Promise<string[]>;
  private readonly saved = new SavedSinceLastBatch();
  private readonly folders: FolderWatches;
  private readonly interval: NodeJS.Timeout;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private stopped = false;
  private root = '';

  constructor(
    private readonly dir: string,
    private readonly onSaved: OnSaved,
  ) {
    this.folders = new FolderWatches(dir, (file) => this.noteSave(file));
    this.ready = this.watchTree();
    this.interval = setInterval(() => void this.checkRoot(), CHECK_MS);
    this.interval.unref();
  }

  stop = (): void => {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.interval);
    this.folders.closeAll();
  };

  /** The first listing: every folder watched, and the listing kept for the catch-up. */
  private async watchTree(): Promise<string[]> {
    this.root = await realpath(this.dir).catch(() => '');
    const folders = await this.folders.list();
    if (!this.stopped) this.folders.watch(folders);
    return folders;
  }

  private noteSave(file?: string): void {
    this.saved.note(file);
    this.armTimer();
  }

  private armTimer(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runBatch(), QUIET_MS);
  }

  /** One batch: the store takes the saves in, then the watches follow the folders that came or went. */
  private async runBatch(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    const batch = this.saved.take();
    try {
      await this.onSaved(batch);
      const added = this.stopped ? [] : batch.everything ? await this.folders.resync() : await this.folders.follow(batch.paths);
      await this.noteFilesIn(added);
    } catch (error) {
      console.error(`[content] taking saved files in failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
      if (this.again || !this.saved.empty) {
        this.again = false;
        this.armTimer();
      }
    }
  }

  /** Files saved into a new folder before its watch started would go unseen: they join the next batch. */
  private async noteFilesIn(folders: string[]): Promise<void> {
    for (const folder of folders) {
      for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
        if (entry.isFile()) this.saved.note(path.relative(this.dir, path.join(folder, entry.name)).split(path.sep).join('/'));
      }
    }
  }

  /** CONTENT_DIR replaced (symlink swapped, folder renamed): watch the new one and take everything in. */
  private async checkRoot(): Promise<void> {
    const current = await realpath(this.dir).catch(() => '');
    if (current === this.root) return;
    this.root = current;
    this.folders.closeAll();
    await this.folders.resync();
    this.noteSave();
  }
}

const WATCHER = 'content-watcher';

/** Starts the one watcher of this process (a second call replaces the first). */
export function watchContent(onSaved: OnSaved): ContentWatcher {
  peekSingleton<ContentWatcher>(WATCHER)?.stop();
  const watcher = new Watcher(contentDir(), onSaved);
  setSingleton(WATCHER, watcher);
  return watcher;
}
