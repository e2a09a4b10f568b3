/**
 * The worker's side of the analysis the data build stored (src/data/load-stored.ts): the first analysis starts on
 * the stored area index, and a date the data build stored is answered from its stored figures. Anything stored that
 * cannot be used is a warning, and the worker computes instead: slower, the same figures.
 */
import type { CoverageService, ServiceInput, ServiceResults } from '../analysis/coverage-service.js';
import type { AreaIndex } from '../analysis/engine/area-index.js';
import type { DataSource } from '../data/load-layers.js';
import { hasStoredDate, loadStoredDate, loadStoredIndex } from '../data/load-stored.js';
import { errorMessage } from '../domain/errors.js';
import type { DataIssue, Manifest } from '../domain/report.js';

const warningOf = (err: unknown): DataIssue => ({
  severity: 'warning',
  rule: 'stored-analysis',
  file: 'analysis',
  index: null,
  key: null,
  message: `${errorMessage(err)} — the analysis is computed instead`,
  vi: `${errorMessage(err)} — số liệu được tính lại thay vì đọc từ bản dựng sẵn`,
});

/** The stored analysis of one data folder, for one service. */
export class StoredAnalysis {
  private readonly failedDates = new Set<string | null>();
  /** The stored index, read while the layers load; null when none is stored or it cannot be read (`issues`). */
  private readonly index: Promise<AreaIndex | null>;
  private readonly issues: DataIssue[] = [];

  constructor(
    private readonly service: CoverageService,
    private readonly source: DataSource,
    private readonly manifest: Manifest,
  ) {
    this.index = loadStoredIndex(source, manifest).catch((err: unknown) => {
      this.issues.push(warningOf(err));
      return null;
    });
  }

  /**
   * The service's first analysis of `input`, on the stored index when there is one that fits; its problems are
   * among the results' issues. `progress` is told each stage.
   */
  async init(input: ServiceInput, progress: (stage: string) => void): Promise<ServiceResults> {
    const index = await this.index;
    const issues = this.issues.splice(0);
    let results: ServiceResults;
    try {
      results = this.service.init(input, progress, index);
    } catch (err) {
      if (index === null) throw err;
      issues.push(warningOf(err));
      results = this.service.init(input, progress);
    }
    results.issues.push(...issues);
    return results;
  }

  /**
   * Gives the service the stored figures of `date` (null: all the data) when the data build stored them, so that
   * `setAsOf` answers from them; answers the problem, once per date, when the file cannot be read.
   */
  async prepareDate(date: string | null): Promise<DataIssue[]> {
    const stored = this.service.storedDates;
    if (!stored || stored.has(date) || !hasStoredDate(this.manifest, date) || this.failedDates.has(date)) return [];
    try {
      const snap = await loadStoredDate(this.source, this.manifest, date);
      if (snap) stored.add(snap);
      return [];
    } catch (err) {
      this.failedDates.add(date);
      return [warningOf(err)];
    }
  }
}
