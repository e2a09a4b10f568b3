/**
 * Keeps the worker's coverage model on the parameters the store holds (`coverageParams`, overrides of the
 * defaults): a change is sent as `setParams` (latest wins: fast edits never queue), and the figures it answers
 * replace the store's like any full recompute (the tiles are cut again, the selected area's gap asked again). A new
 * worker starts on the defaults, so after a crash the parameters are sent again. Also runs a calibration fit in the
 * worker for the method page, its errors in the interface's language.
 */
import { sameOverrides, NO_OVERRIDES, type ParamOverrides } from '../analysis/params-overrides.js';
import { errorMessage } from '../domain/errors.js';
import type { AppState, AppStore } from '../state/store.js';
import type { CalibrationRun } from '../worker/protocol.js';
import { isAbort, WorkerCallError, WorkerCrashError } from '../worker/rpc.js';
import type { AnalysisSync } from './analysis-sync.js';
import type { CoverageClient } from './client.js';
import { latestWins } from './latest-wins.js';

/** The stage shown while the figures are computed under new parameters (`stage.params` in the messages). */
export const PARAMS_STAGE = 'params';

export class ParamsSync {
  /** The overrides the worker's model holds (a new worker: the defaults). */
  private sent: ParamOverrides = NO_OVERRIDES;
  private initialised = false;

  private readonly queue = latestWins((overrides: ParamOverrides) => this.client().call('setParams', [overrides]), {
    // A newer set of parameters is on its way: its figures replace these at once, so these are not shown.
    result: (r, _input, stale) => stale || this.analysis.resultsReplaced(r, true),
    error: (err) => this.failed(err),
  });

  constructor(
    private readonly store: AppStore,
    private readonly client: () => CoverageClient,
    private readonly analysis: AnalysisSync,
  ) {}

  /** The first analysis arrived (with the defaults): parameters chosen before are sent now. */
  started(): void {
    this.initialised = true;
    this.apply(this.store.getState());
  }

  /** A new worker (after a crash) is on the defaults until it has started and is told again. */
  reset(): void {
    this.initialised = false;
    this.sent = NO_OVERRIDES;
  }

  /** Sends the store's parameters when they differ from the worker's. */
  apply(s: AppState): void {
    if (!this.initialised || s.coverageParams === this.sent) return;
    const same = sameOverrides(s.coverageParams, this.sent);
    this.sent = s.coverageParams;
    if (same) return;
    s.analysisStarted(PARAMS_STAGE);
    this.queue.push(s.coverageParams);
  }

  /** Reads a measurement file in the worker and fits a calibration (nothing applied); errors in the store's language. */
  async calibrate(file: File): Promise<CalibrationRun> {
    try {
      return await this.client().call('calibrate', [file, file.name]);
    } catch (err) {
      if (err instanceof WorkerCallError && this.store.getState().lang === 'vi') throw new Error(err.vi);
      throw err;
    }
  }

  /** A refused set of parameters: a warning naming every invalid field; an abort or a crash is not its fault. */
  private failed(err: unknown): void {
    if (isAbort(err) || err instanceof WorkerCrashError) return;
    const s = this.store.getState();
    s.warningsAdded([
      {
        severity: 'warning',
        rule: 'analysis-params',
        file: 'analysis',
        index: null,
        key: null,
        message: errorMessage(err),
      },
    ]);
    // The figures in use are still those of the parameters before: the analysis is no longer computing.
    if (s.analysis.status === 'computing' && s.analysis.stage === PARAMS_STAGE && s.analysis.results)
      s.resultsArrived(s.analysis.results);
  }
}
