import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

const STALE_TMP_MS = 10 * 60_000;

/**
 * Files made on demand (resized photos) kept in one folder, bounded in bytes: when a new file
 * would take the folder over `maxBytes`, the least recently used files are deleted. The process
 * holds only names and sizes (about 100 bytes a file), never the files' bytes. A file is made
 * once however many readers ask for it at the same time: the others wait for the same promise.
 * Files are written under a temporary name and renamed, so a reader never sees half a file.
 * After a restart the folder is read again, oldest file first (its use order is not kept).
 */
export class DiskCache {
  /** File name → size in bytes, least recently used first (a Map keeps insertion order). */
  private readonly entries = new Map<string, number>();
  private readonly making = new Map<string, Promise<void>>();
  private bytes = 0;
  private ready: Promise<void> | undefined;

  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  /** How much the folder holds now. */
  stats(): { files: number; bytes: number } {
    return { files: this.entries.size, bytes: this.bytes };
  }

  /**
   * Opens the file `name` (a plain file name, no slashes), making it first with `make(tmpFile)`
   * when it is not there. The caller reads and closes the handle; deleting the file meanwhile
   * (eviction) does not disturb a reader that has it open.
   */
  async open(name: string, make: (tmpFile: string) => Promise<void>): Promise<{ handle: FileHandle; size: number }> {
    if (name.includes('/') || name.startsWith('.')) throw new Error(`disk cache: bad file name ${name}`);
    await (this.ready ??= this.scan());
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!this.entries.has(name)) await this.make(name, make);
      const size = this.entries.get(name);
      if (size === undefined) continue; // evicted by another copy before this reader got to it
      this.entries.delete(name);
      this.entries.set(name, size);
      try {
        return { handle: await open(path.join(this.dir, name)), size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        this.forget(name); // deleted from outside: make it again
      }
    }
    throw new Error(`disk cache: ${name} was evicted before it could be read (cache too small?)`);
  }

  private make(name: string, make: (tmpFile: string) => Promise<void>): Promise<void> {
    let pending = this.making.get(name);
    if (!pending) {
      pending = (async () => {
        const tmp = path.join(this.dir, `.tmp-${process.pid}-${randomUUID()}`);
        try {
          await make(tmp);
          const { size } = await stat(tmp);
          await rename(tmp, path.join(this.dir, name));
          this.add(name, size);
        } finally {
          await rm(tmp, { force: true });
        }
      })().finally(() => this.making.delete(name));
      this.making.set(name, pending);
    }
    return pending;
  }

  private add(name: string, size: number): void {
    this.forget(name);
    this.entries.set(name, size);
    this.bytes += size;
    for (const [old, oldSize] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      if (old === name) continue; // a single file larger than the cache is still served once
      this.entries.delete(old);
      this.bytes -= oldSize;
      void rm(path.join(this.dir, old), { force: true });
    }
  }

  private forget(name: string): void {
    const size = this.entries.get(name);
    if (size === undefined) return;
    this.entries.delete(name);
    this.bytes -= size;
  }

  /** Reads what an earlier run left (oldest first) and deletes temporary files that were never finished. */
  private async scan(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const found: { name: string; size: number; mtime: number }[] = [];
    for (const name of await readdir(this.dir)) {
      const file = path.join(this.dir, name);
      const info = await stat(file).catch(() => undefined);
      if (name.startsWith('.tmp-')) {
        // Another server may share the folder and be writing this one now: only old leftovers go.
        if (info && Date.now() - info.mtimeMs > STALE_TMP_MS) await rm(file, { force: true });
        continue;
      }
      if (info?.isFile()) found.push({ name, size: info.size, mtime: info.mtimeMs });
    }
    found.sort((a, b) => a.mtime - b.mtime);
    for (const { name, size } of found) this.add(name, size);
  }
}
