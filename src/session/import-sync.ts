/**
 * The imported files, as the page sees them: the worker reads, keeps, applies and removes them (their data never
 * crosses to the page); this puts what comes back in place — the new figures, the list of imports and where the
 * data in use comes from in the store, the sites and cables to draw as the worker's tiles (a new tile URL each
 * change), and the sites' density when they are many (an object URL of the worker's GeoJSON).
 */
import type { AppStore } from '../state/store.js';
import type { ImportMode } from '../data/persist/schema.js';
import type { FileImportOptions, ImportKindChoice } from '../data/import/import-file.js';
import { tileUrl, type FileRead, type ImportProgress, type ImportsApplied } from '../worker/protocol.js';
import { errorMessage } from '../domain/errors.js';
import type { CoverageClient } from './client.js';
import type { DataLayers } from './data-layers.js';
import type { AnalysisSync } from './analysis-sync.js';

export class ImportSync {
  /** Object URL of the sites' density drawn, revoked when replaced. */
  private densityUrl: string | null = null;
  /** Changes of the imports so far: a new version of the worker's tiles each time. */
  private version = 0;

  constructor(
    private readonly store: AppStore,
    private readonly client: () => CoverageClient,
    private readonly layers: DataLayers,
    private readonly analysis: AnalysisSync,
    /** The sites' density to draw at city zoom (too many sites for dots), or null: dots at every zoom. */
    private readonly densityShown: (url: string | null) => void,
  ) {}

  /** The URL of the sites' density drawn now, or null. */
  density(): string | null {
    return this.densityUrl;
  }

  /** The imports saved in the browser (kept by the worker) are put back in use; after every (re)start. */
  restore(): void {
    this.client()
      .call('restoreImports', [])
      .then(
        ({ applied, issues }) => {
          if (issues.length > 0) this.store.getState().warningsAdded(issues);
          if (applied) this.applied(applied);
        },
        (err: unknown) =>
          this.store.getState().warningsAdded([
            {
              severity: 'warning',
              rule: 'import-restore',
              file: 'browser storage',
              index: null,
              key: null,
              message: `the imported files saved in this browser could not be read back: ${errorMessage(err)}`,
              vi: `không đọc lại được các tệp đã nhập lưu trong trình duyệt này: ${errorMessage(err)}`,
            },
          ]),
      );
  }

  /** Reads a file in the worker, which keeps it; answers the report and the read's number. */
  read(
    file: File,
    kind: ImportKindChoice,
    options: FileImportOptions,
    onProgress: (p: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<FileRead> {
    return this.client().call('importFile', [file, file.name, kind, options], {
      onProgress,
      ...(signal ? { signal } : {}),
    });
  }

  /** Applies a file read earlier, by its number; its import id is made of the time. */
  async add(readId: number, mode: ImportMode): Promise<void> {
    const now = new Date();
    const stamp = { id: `import-${now.getTime()}`, importedAt: now.toISOString(), mode };
    this.applied(await this.client().call('applyImport', [readId, stamp]));
  }

  /** Forgets an import, in use and saved. */
  async remove(id: string): Promise<void> {
    this.applied(await this.client().call('removeImport', [id]));
  }

  /** Lets the object URLs go. */
  destroy(): void {
    if (this.densityUrl) URL.revokeObjectURL(this.densityUrl);
    this.densityUrl = null;
  }

  /** The imports in use changed: new figures, the list and provenance in the store, their sites and cables drawn. */
  private applied(a: ImportsApplied): void {
    this.analysis.resultsReplaced(a.dated, true);
    const s = this.store.getState();
    s.importsApplied(a.imports, a.provenance);
    if (a.issues.length > 0) s.warningsAdded(a.issues);
    this.version++;
    for (const key of ['sites', 'cables'] as const)
      this.layers.show(key, a.shown[key] ? tileUrl(key, this.version) : null);
    const old = this.densityUrl;
    this.densityUrl = a.shown.density ? URL.createObjectURL(a.shown.density) : null;
    this.densityShown(this.densityUrl);
    if (old) URL.revokeObjectURL(old);
  }
}
