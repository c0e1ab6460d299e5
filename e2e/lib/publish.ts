import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_DIR } from './content';
import { SEED_ARTICLE } from './site';

/** Fields of an article record, over the seed's. */
export type Fields = Record<string, unknown>;

/** The seed article's record as stored in data/: the template every published test article starts from. */
export async function seedRecord(): Promise<Fields> {
  return JSON.parse(await readFile(path.join(DATA_DIR, SEED_ARTICLE.file), 'utf8')) as Fields;
}

/** Now, as an ISO 8601 time with an offset (what the schema asks for). */
export const nowWithOffset = () => new Date().toISOString().replace('Z', '+00:00');

/**
 * A time `seconds` from now (or ago, negative), as an ISO 8601 time with an offset: a scheduled
 * publication, a front page's or banner's end made short for a test.
 */
export const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString().replace('Z', '+00:00');

/** How long a check has until `seconds` after `iso` (at least a second): "everywhere ≤ 10 s after its time". */
export const untilAfter = (iso: string, seconds: number) => Math.max(1000, Date.parse(iso) + seconds * 1000 - Date.now());

/** UTF-8's byte-order mark, as Windows editors (Notepad's "UTF-8 with BOM") write it at the start of a file. */
export const BOM = '\uFEFF';

export interface SaveOptions {
  /** Saved with a byte-order mark at the start. */
  bom?: boolean;
}

export type ArticleOptions = Fields & {
  id: number;
  slug: string;
  /** The folder under articles/ its file is saved in (yyyy/mm); 2031/01 unless said. */
  month?: string;
};

/**
 * An article a test publishes into a server's content folder the way an editor does: its file is
 * saved, saved again, saved broken, deleted. Its record is the seed article's with the
 * constructor's fields over it (id, slug and whatever every version shares: title, category…),
 * then each save's own fields. Nothing here waits for a server: the checks are in stories.ts.
 */
export class TestArticle {
  readonly id: number;
  readonly slug: string;
  /** Its file. */
  readonly file: string;
  /** Its URL path on the desktop site, /{slug}-{id}.html. */
  readonly path: string;
  private readonly fields: Fields;
  /** The fields of its last good save, undefined until published. */
  private good: Fields | undefined;

  constructor(contentDir: string, { month = '2031/01', ...fields }: ArticleOptions) {
    this.id = fields.id;
    this.slug = fields.slug;
    this.fields = fields;
    this.file = path.join(contentDir, 'articles', month, `${this.id}-${this.slug}.json`);
    this.path = `/${this.slug}-${this.id}.html`;
  }

  /** Its headline as last saved whole (or as given to the constructor), if it has one. */
  get title(): string | undefined {
    const title = (this.good ?? this.fields).title;
    return typeof title === 'string' ? title : undefined;
  }

  /** Whether it has been saved whole (and not removed since). */
  get published(): boolean {
    return this.good !== undefined;
  }

  /**
   * Saves it: published now unless `fields` or the constructor say when (a publishedAt still to
   * come schedules it: secondsFromNow).
   */
  async publish(fields: Fields = {}, options: SaveOptions = {}): Promise<void> {
    this.good = { publishedAt: nowWithOffset(), ...this.fields, ...fields };
    await this.save(JSON.stringify({ ...(await seedRecord()), ...this.good }), options);
  }

  /** Saves it again with `fields` changed (a corrected headline), the rest as last saved. */
  async edit(fields: Fields): Promise<void> {
    if (!this.good) throw new Error(`article ${this.id} is edited before it is published`);
    this.good = { ...this.good, ...fields };
    await this.save(JSON.stringify({ ...(await seedRecord()), ...this.good }));
  }

  /**
   * Saves a version the schema refuses: the last good one (or the constructor's fields) with
   * `invalid` over it, e.g. { publishedAt: 'không phải ngày' }; without `invalid`, a file cut off
   * half-way, as an editor's program leaves it while it is still writing. The last good version
   * stays what it was.
   */
  async break(invalid?: Fields): Promise<void> {
    const record = { ...(await seedRecord()), ...(this.good ?? this.fields) };
    if (invalid) await this.save(JSON.stringify({ ...record, ...invalid }));
    else {
      const text = JSON.stringify(record);
      await this.save(text.slice(0, text.length / 2));
    }
  }

  /** Deletes its file (unpublished). */
  async remove(): Promise<void> {
    await rm(this.file, { force: true });
    this.good = undefined;
  }

  private async save(text: string, { bom = false }: SaveOptions = {}): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFile(this.file, bom ? BOM + text : text);
  }
}

/**
 * front-page.json or breaking.json of a server's content folder, as an editor saves it: a record,
 * an emptied file, a removed one. `restore` puts back what the folder held before the test.
 */
export class EditorialFile {
  readonly file: string;
  private original: string | undefined | null = null;

  constructor(contentDir: string, name: 'front-page.json' | 'breaking.json') {
    this.file = path.join(contentDir, name);
  }

  /** Saves the record (as JSON, or the text as given). */
  async save(record: Fields | string, options: SaveOptions = {}): Promise<void> {
    await this.remember();
    const text = typeof record === 'string' ? record : JSON.stringify(record, null, 2);
    await writeFile(this.file, options.bom ? BOM + text : text);
  }

  /** Empties the file (an editor taking the banner down). */
  async empty(): Promise<void> {
    await this.save('');
  }

  async remove(): Promise<void> {
    await this.remember();
    await rm(this.file, { force: true });
  }

  /** The file as it was before the first save or removal. */
  async restore(): Promise<void> {
    if (this.original === null) return;
    if (this.original === undefined) await rm(this.file, { force: true });
    else await writeFile(this.file, this.original);
  }

  private async remember(): Promise<void> {
    if (this.original !== null) return;
    this.original = await readFile(this.file, 'utf8').catch(() => undefined);
  }
}
