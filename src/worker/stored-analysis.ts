/**
 * The worker's side of the analysis the data build stored (src/data/load-stored.ts): the first analysis starts on
 * the stored area index, and a date the data build stored is answered from its stored figures. Anything stored that
 * cannot be used is a warning, and the worker computes instead: slower, the same figures. An index it must build (none
 * stored, or one of other boundaries) is built on several threads (index-parallel.ts).
 */
import type { CoverageService, ServiceInput, ServiceResults } from '../analysis/coverage-service.js';
import type { AreaIndex } from '../analysis/engine/area-index.js';
import { buildAreaIndexParallel, type IndexPartRunner } from '../analysis/engine/index-parallel.js';
import { ENGINE_DEFAULTS } from '../analysis/engine/types.js';
import { engineInputOf } from '../analysis/engine-input.js';
import { indexThreadRunners } from './index-threads.js';
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

type Built = { index: AreaIndex; ms: number; threads: number };

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
    /** The threads an index to build is spread over (besides this one's share). */
    private readonly runners: () => IndexPartRunner[] = () => indexThreadRunners(),
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
    let built: Built | null = null;
    try {
      results = this.service.init(input, progress, index ?? (built = await this.build(input, progress)).index);
    } catch (err) {
      if (index === null) throw err;
      issues.push(warningOf(err));
      built = await this.build(input, progress);
      results = this.service.init(input, progress, built.index);
    }
    if (built) Object.assign(results.timings, { indexMs: built.ms, indexThreads: built.threads });
    results.issues.push(...issues);
    return results;
  }

  /** The area index of the input's areas, built on this thread and the runners'. */
  private async build(input: ServiceInput, progress: (stage: string) => void): Promise<Built> {
    progress('index');
    const t0 = performance.now();
    const { areas, population } = engineInputOf(input);
    const runners = this.runners();
    const index = await buildAreaIndexParallel(areas, population, ENGINE_DEFAULTS.tileM, runners, (shard, err) =>
      console.warn(`area index: share ${shard} cut in the analysis worker (${errorMessage(err)})`),
    );
    return { index, ms: performance.now() - t0, threads: runners.length + 1 };
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
