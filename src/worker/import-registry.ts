/**
 * The imported files, owned by the worker: the files read and not yet applied (the last few, by read number), and
 * the imports in use, kept in the browser's storage (IndexedDB is available in a worker). The page gets reports,
 * previews and the list of imports without their data, so a file of a million sites is parsed, kept, applied and
 * removed without ever crossing to the page's thread.
 */
import type { AppDb } from '../data/persist/app-db.js';
import { memoryAppDb } from '../data/persist/app-db.js';
import { deleteImport, listImports, saveImport } from '../data/persist/records.js';
import type { ImportMeta, StoredImport } from '../data/persist/schema.js';
import type { DataIssue } from '../domain/report.js';
import { errorMessage } from '../domain/errors.js';
import type { ImportedFile } from '../data/import/import-file.js';
import type { ApplyStamp } from './protocol.js';
import { importMetaOf, storedImportsOf } from '../data/import/import-parts.js';
import { baseOf } from '../data/import/base-data.js';
import { BilingualError } from '../domain/error-texts.js';

/** How many files read and not applied the worker keeps (the newest; a re-read is a new read). */
export const KEPT_READS = 3;

/**
 * The most imported sites the page analyses. Both coverage levels need about 1.9 GB at 100,000 sites in Node
 * (`npm run bench`), and a browser tab has less; 1,000,000 sites crashed Chromium's tab after "Áp dụng". Above
 * it the file is refused before it is saved (a saved import would crash every reload), pointing to `npm run
 * analyse`, which has no such limit.
 */
export const MAX_BROWSER_SITES = 150_000;

/** Opens the browser's storage; may reject (no IndexedDB), and the registry then keeps imports in memory. */
export type OpenDb = () => Promise<AppDb>;

export class ImportRegistry {
  private readonly reads = new Map<number, { fileName: string; imported: ImportedFile }>();
  private nextRead = 1;
  private list: StoredImport[] = [];
  private db: Promise<AppDb> | null = null;
  /** Warnings met opening the storage, told once with the next change. */
  private pending: DataIssue[] = [];

  constructor(private readonly open: OpenDb) {}

  private storage(): Promise<AppDb> {
    this.db ??= this.open().catch((err: unknown) => {
      const message = errorMessage(err);
      this.pending.push({
        severity: 'warning',
        rule: 'persist-unavailable',
        file: 'browser storage',
        index: null,
        key: null,
        message: `browser storage: ${message} — imported files are kept only until this page is closed`,
        vi: `bộ nhớ trình duyệt: ${message} — tệp đã nhập chỉ được giữ đến khi đóng trang này`,
      });
      return memoryAppDb();
    });
    return this.db;
  }

  /** Keeps a file read; answers its read number. The oldest reads beyond {@link KEPT_READS} are forgotten. */
  remember(fileName: string, imported: ImportedFile): number {
    const id = this.nextRead++;
    this.reads.set(id, { fileName, imported });
    for (const old of this.reads.keys()) if (this.reads.size > KEPT_READS) this.reads.delete(old);
    return id;
  }

  /** Reads the imports saved earlier back into use; answers the warnings about those that could not be read. */
  async restore(): Promise<DataIssue[]> {
    const saved = await listImports(await this.storage());
    this.list = saved.imports;
    return [...this.takeWarnings(), ...saved.issues];
  }

  /**
   * Saves the parts of a file read earlier that accepted something and puts them in use (an id already in use is
   * replaced). Rejects, naming the file, when the read is no longer kept; a part the storage refuses is used all
   * the same, with a warning that it will not survive a reload.
   */
  async apply(readId: number, stamp: ApplyStamp): Promise<StoredImport[]> {
    const read = this.reads.get(readId);
    if (!read) throw new Error(`import: the file read (number ${readId}) is no longer kept; choose the file again`);
    const items = storedImportsOf(read.imported, { ...stamp, fileName: read.fileName });
    const ids = new Set(items.map((i) => i.id));
    const next = [...this.list.filter((i) => !ids.has(i.id)), ...items];
    const sites = baseOf(next).sites;
    if (sites.mode !== 'sample' && sites.sites.length > MAX_BROWSER_SITES)
      throw tooManySites(read.fileName, sites.sites.length);
    const db = await this.storage();
    for (const item of items) {
      // Storage full (a browser's quota, a private window): the import is used all the same, and said unsaved.
      await saveImport(db, item).catch((err: unknown) => this.pending.push(unsavedWarning(item.fileName, err)));
    }
    this.list = next;
    this.reads.delete(readId);
    return items;
  }

  /** Forgets an import, in use and saved; nothing when there is none of that id. */
  async remove(id: string): Promise<void> {
    await deleteImport(await this.storage(), id);
    this.list = this.list.filter((i) => i.id !== id);
  }

  /** The imports in use, oldest first. */
  get imports(): readonly StoredImport[] {
    return this.list;
  }

  /** The imports in use without their data, for the page. */
  metas(): ImportMeta[] {
    return this.list.map(importMetaOf);
  }

  /** What the imports in use make of the base data. */
  base(): ReturnType<typeof baseOf> {
    return baseOf(this.list);
  }

  /** Warnings not told yet (the storage could not be opened), once. */
  takeWarnings(): DataIssue[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

/** The warning for an import the browser's storage refused to keep. */
function unsavedWarning(fileName: string, err: unknown): DataIssue {
  const reason = errorMessage(err);
  return {
    severity: 'warning',
    rule: 'persist-write',
    file: fileName,
    index: null,
    key: null,
    message: `browser storage: ${reason} — "${fileName}" is in use but will not be kept after this page is closed`,
    vi: `bộ nhớ trình duyệt: ${reason} — "${fileName}" đang được dùng nhưng sẽ không được giữ sau khi đóng trang này`,
  };
}

/** The refusal of a file that would put more than {@link MAX_BROWSER_SITES} imported sites in use. */
function tooManySites(fileName: string, count: number): BilingualError {
  const [n, max] = [count, MAX_BROWSER_SITES].map((v) => v.toLocaleString('en-US'));
  const [nVi, maxVi] = [count, MAX_BROWSER_SITES].map((v) => v.toLocaleString('vi-VN'));
  return new BilingualError(
    `${fileName}: with it ${n} imported sites would be in use, more than the ${max} this page can analyse ` +
      `(a browser tab runs out of memory) — nothing was applied; analyse it with \`npm run analyse -- ${fileName}\``,
    `${fileName}: nếu áp dụng, ${nVi} trạm đã nhập sẽ được dùng, vượt quá ${maxVi} trạm mà trang này phân tích được ` +
      `(thẻ trình duyệt hết bộ nhớ) — chưa áp dụng gì; hãy phân tích bằng \`npm run analyse -- ${fileName}\``,
  );
}
