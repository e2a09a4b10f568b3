/**
 * Keeps the worker's analysis in step with the store: the map's date, the comparison, the
 * indicator files, the selected area's gap and the grid levels. Each kind of request has one latest-wins queue,
 * so a fast slider or a drag never queues work and the last state is always answered; every answer or error
 * goes to the store through its named actions.
 */
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { AppState, AppStore } from '../state/store.js';
import { sameTarget, targetGone, type CompareTarget } from '../state/compare.js';
import { valuesOf } from '../state/indicators.js';
import type { IndicatorFile } from '../state/indicators.js';
import { nearestQuarters, WARM_QUARTERS } from '../domain/quarters.js';
import { isGridLevel, type GridLevel } from '../domain/grid.js';
import { gridLevelShown, placeLevelOf } from '../domain/layers.js';
import type { EngineLevel, OpSet } from '../analysis/engine/types.js';
import type { Technology } from '../domain/telecom.js';
import type { DatedResults, Uncovered } from '../worker/protocol.js';
import { errorMessage } from '../domain/errors.js';
import { isAbort, WorkerCrashError } from '../worker/rpc.js';
import { latestWins } from './latest-wins.js';
import type { CoverageClient } from './client.js';

export type AnalysisHooks = {
  /** New figures: the computed tiles (coverage, gaps) are fetched again. */
  tilesChanged(): void;
  /** The uncovered part of the selected area to draw, for `key` (`level|id|tech|op|coverage level`); null clears it. */
  gapDrawn(key: string | null, data: Uncovered): void;
};

/** The gap to draw: the selected area's uncovered part for the choropleth's technology, operators and level. */
export function gapKeyOf(s: AppState): string | null {
  if (!s.selection || s.analysis.status !== 'ready') return null;
  const level = placeLevelOf(s.selection.key);
  if (!level || s.selection.id === null) return null;
  return `${level}|${s.selection.id}|${s.choroTech}|${s.choroOp}|${s.coverageLevel}`;
}

export class AnalysisSync {
  private sentIndicators: readonly IndicatorFile[] | null = null;
  private readonly grids = new Set<GridLevel>();
  /** The gap asked for last: its key and the results it was computed on (new results, new gap). */
  private gapAsked: { key: string | null; results: unknown } = { key: null, results: null };
  private initialised = false;

  private readonly asOf = latestWins((date: string | null) => this.client().call('setAsOf', [date]), {
    result: (r) => this.resultsReplaced(r, true),
    error: (err) => this.failed('as-of', err),
  });

  private readonly compare = latestWins(
    (target: CompareTarget) =>
      this.client()
        .call('compare', [target])
        .then((results) => ({ target, results })),
    {
      result: ({ target, results }) => this.store.getState().comparisonArrived(target, results),
      error: (err) => this.failed('compare', err),
    },
  );

  private readonly indicators = latestWins(
    (files: readonly IndicatorFile[]) => this.client().call('setIndicators', [valuesOf(files)]),
    {
      result: (table) => this.store.getState().indicatorTableArrived(table),
      error: (err) => this.failed('indicators', err),
    },
  );

  private readonly gap = latestWins(
    (key: string) => {
      const [level, id, tech, op, at] = key.split('|') as [
        Exclude<EngineLevel, 'city'>,
        string,
        Technology,
        OpSet,
        CoverageLevel,
      ];
      return this.client()
        .call('uncovered', [level, id, tech, op, at])
        .then((data) => ({ key, data }));
    },
    {
      // Drawn only if it is still the selected area's and no newer figures wait for their own answer.
      result: ({ key, data }, _input, stale) => {
        if (stale || key !== gapKeyOf(this.store.getState())) return;
        this.hooks.gapDrawn(key, data);
        this.store.getState().gapShown(data ? { key, areaKm2: data.areaKm2 } : null);
      },
      error: (err) => this.failed('gap', err),
    },
  );

  constructor(
    private readonly store: AppStore,
    private readonly client: () => CoverageClient,
    private readonly hooks: AnalysisHooks,
  ) {}

  /** The first analysis arrived: from now on store changes become requests. */
  started(): void {
    this.initialised = true;
    this.apply(this.store.getState(), null);
  }

  /** A new worker (after a crash) knows nothing: everything in use is sent again once it has started. */
  reset(): void {
    this.initialised = false;
    this.sentIndicators = null;
    this.grids.clear();
    this.gapAsked = { key: null, results: null };
  }

  /** Turns a store change into requests (`prev` null: everything in use). */
  apply(s: AppState, prev: AppState | null): void {
    if (!this.initialised) return;
    if (prev ? s.asOf !== prev.asOf : s.asOf !== null) {
      this.asOf.push(s.asOf);
      // The quarters around the chosen one are likely next (neighbours, play): the worker prepares them when idle.
      const today = new Date().toISOString().slice(0, 10);
      if (s.asOf !== null)
        void this.client()
          .call('warmDates', [nearestQuarters(s.asOf, today, WARM_QUARTERS)])
          .catch(() => {});
    }
    this.applyCompare(s, prev);
    if (s.indicatorFiles !== this.sentIndicators) {
      this.sentIndicators = s.indicatorFiles;
      this.indicators.push(s.indicatorFiles);
    }
    for (const level of this.gridsWanted(s)) this.requestGrid(level);
    this.applyGap(s);
  }

  private applyCompare(s: AppState, prev: AppState | null): void {
    const target = s.compareWith;
    if (target && targetGone(target, s.provenance.sites)) {
      // The data source compared with is gone (its import removed): stop comparing.
      s.comparisonStopped();
      return;
    }
    if (!target) return;
    const changed = !prev || !sameTarget(target, prev.compareWith);
    // Another data source is compared as of the map's date, on the data in use: new figures, new comparison.
    const refigured =
      prev && target.kind === 'source' && s.analysis.results !== prev.analysis.results && !s.analysis.patched;
    if (changed || refigured) this.compare.push(target);
  }

  /** Asks for the selected area's gap when the selection or the figures change (a plan edit included). */
  private applyGap(s: AppState): void {
    const key = gapKeyOf(s);
    const results = s.analysis.results;
    if (key === this.gapAsked.key && (key === null || results === this.gapAsked.results)) return;
    const keyChanged = key !== this.gapAsked.key;
    this.gapAsked = { key, results };
    if (keyChanged) {
      this.hooks.gapDrawn(null, null);
      if (s.analysis.gap) s.gapShown(null);
    }
    if (key) this.gap.push(key);
  }

  /** Grid levels in use: chosen as the choropleth's level or shown as a layer. */
  private gridsWanted(s: AppState): GridLevel[] {
    const out: GridLevel[] = [];
    for (const level of ['h3r8', 'h3r9'] as const) {
      if (!isGridLevel(level)) continue;
      if (s.level === level || gridLevelShown(level, s.visible)) out.push(level);
    }
    return out;
  }

  /** Adds a grid level to the analysis, once; its results join the store's. */
  requestGrid(level: GridLevel): void {
    if (!this.initialised || this.grids.has(level)) return;
    this.grids.add(level);
    this.client()
      .call('grid', [level])
      .then(
        (g) => this.store.getState().gridAdded(g.level, g.areas, g.ms),
        (err: unknown) => this.failed(`grid-${level}`, err),
      );
  }

  /** Full results (a new date or new base data): they replace the store's, the tiles are cut again. */
  resultsReplaced(r: DatedResults, withIssues: boolean): void {
    const s = this.store.getState();
    s.resultsArrived(r.results);
    if (withIssues && r.results.issues.length > 0) s.warningsAdded(r.results.issues);
    if (r.indicators) s.indicatorTableArrived(r.indicators);
    this.hooks.tilesChanged();
  }

  /** A request failed: shown as a warning naming what was asked; an abort or a crash is not the request's fault. */
  private failed(rule: string, err: unknown): void {
    if (isAbort(err) || err instanceof WorkerCrashError) return;
    this.store.getState().warningsAdded([
      {
        severity: 'warning',
        rule: `analysis-${rule}`,
        file: 'analysis',
        index: null,
        key: null,
        message: errorMessage(err),
      },
    ]);
  }
}
