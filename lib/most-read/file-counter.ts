import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KEEP_MS, hourOf, type ViewCounter } from './counter';

/** { "hours": { "<epoch ms of the hour>": { "<article id>": views } } } */
const stateSchema = z.object({ hours: z.record(z.string().regex(/^\d+$/), z.record(z.string().regex(/^\d+$/), z.number().int().nonnegative())) });

/**
 * Counts in memory, written to `{STATE_DIR}/most-read.json` every few
 * seconds with an atomic rename (write a temporary file, rename it over), so
 * a crash or restart loses at most the last few seconds and never leaves half
 * a file. A file that cannot be read or parsed starts the counts afresh (and
 * says so): a lost ranking is not worth refusing to start.
 */
export class FileViewCounter implements ViewCounter {
  private readonly hours = new Map<number, Map<number, number>>();
  private dirty = false;

  constructor(private readonly file: string) {
    try {
      const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'invalid');
      for (const [hour, counts] of Object.entries(parsed.data.hours)) {
        this.hours.set(Number(hour), new Map(Object.entries(counts).map(([id, n]) => [Number(id), n])));
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.error(`[most-read] ${file}: ${(error as Error).message}; counting afresh`);
    }
  }

  add(articleId: number, at: Date): void {
    const hour = hourOf(at);
    let counts = this.hours.get(hour);
    if (!counts) this.hours.set(hour, (counts = new Map()));
    counts.set(articleId, (counts.get(articleId) ?? 0) + 1);
    this.dirty = true;
  }

  async top(since: Date, limit: number): Promise<{ id: number; views: number }[]> {
    const totals = new Map<number, number>();
    for (const [hour, counts] of this.hours) {
      if (hour < hourOf(since)) continue;
      for (const [id, n] of counts) totals.set(id, (totals.get(id) ?? 0) + n);
    }
    return [...totals]
      .map(([id, views]) => ({ id, views }))
      .sort((a, b) => b.views - a.views || b.id - a.id)
      .slice(0, limit);
  }

  async flush(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const oldest = hourOf(new Date(Date.now() - KEEP_MS));
    for (const hour of this.hours.keys()) if (hour < oldest) this.hours.delete(hour);
    const state = { hours: Object.fromEntries([...this.hours].map(([hour, counts]) => [String(hour), Object.fromEntries(counts)])) };
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(state));
    renameSync(temporary, this.file);
  }
}
