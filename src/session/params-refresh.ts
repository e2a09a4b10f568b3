/**
 * What else must follow new model parameters (the method page, a calibration, a `prm=` link). The worker's
 * `setParams` answers the figures recomputed under them (params-handler.ts), and the session puts them in the
 * store; two things on screen were computed apart and would stay as they were: the comparison's figures (the end of
 * an earlier year, or one data source alone: `compare`) and the plan's candidate footprints (answered per edit by
 * `applyPlan`). Once the figures under the new parameters are in, this asks for both again: the comparison is
 * started afresh (its old figures leave the screen at once; the map and CompareDates show it computing), and the
 * plan is sent again whole (the engine places each candidate anew, under the new parameters, and answers its
 * footprints). The worker answers requests in order, so both are computed after the parameters took effect.
 */
import type { AppState } from '../state/store.js';
import { PARAMS_STAGE } from './params-sync.js';

/** The session's part in a refresh: send the whole plan again (PlanSync). */
export type ParamsRefreshHooks = {
  /** Sends every candidate site of the plan again, so their footprints come back under the parameters in use. */
  resendPlan(): void;
};

/**
 * True when `s` holds the figures computed under new parameters, arrived since `prev`: the analysis was computing
 * the `params` stage and is ready with other results. (A refused set of parameters puts the same results back,
 * which is no new figure.)
 */
export function paramsFiguresArrived(s: AppState, prev: AppState): boolean {
  return (
    prev.analysis.status === 'computing' &&
    prev.analysis.stage === PARAMS_STAGE &&
    s.analysis.status === 'ready' &&
    s.analysis.results !== prev.analysis.results
  );
}

/**
 * Watches the store (`apply` from the session's subscription) and, when figures under new parameters arrive,
 * starts the comparison in use again and asks for the plan again. Both happen after the store's listeners have
 * all seen the change (a microtask later), so that no listener is handed a state older than the one it drew.
 */
export class ParamsRefresh {
  constructor(
    private readonly getState: () => AppState,
    private readonly hooks: ParamsRefreshHooks,
    // A wrapper, not `queueMicrotask` itself: called as a method of this object, the browser's throws "Illegal
    // invocation" (its `this` must be the window), inside the store's listener, so no later listener ran.
    private readonly later: (f: () => void) => void = (f) => queueMicrotask(f),
  ) {}

  apply(s: AppState, prev: AppState | null): void {
    if (!prev || !paramsFiguresArrived(s, prev)) return;
    this.later(() => this.refresh());
  }

  private refresh(): void {
    const s = this.getState();
    const target = s.compareWith;
    if (target) {
      // A new target to the session's analysis sync (null, then the same): it asks the worker again.
      s.comparisonStopped();
      s.comparisonStarted(target);
    }
    if (s.plan.sites.length > 0) this.hooks.resendPlan();
  }
}
