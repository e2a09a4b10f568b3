/**
 * Saving the plan on every change, e.g. many times a second while a site is dragged, without piling up writes or
 * letting an older state overwrite a newer one: one write at a time, and while it runs only the newest state waits
 * (older waiting states are dropped, never written). A burst of any length costs at most two writes.
 */
import type { AppDb } from './app-db.js';
import { savePlan } from './records.js';
import type { StoredPlan } from './schema.js';

/** Options of {@link createPlanWriter}. */
export type PlanWriterOptions = {
  /** Receives the error of each failed write (its message names the plan and the reason); later saves still run. */
  onError: (error: Error) => void;
  /** Clock for the record's `savedAt`. @default () => new Date() */
  now?: () => Date;
};

/** Ordered, coalescing writes of the plan. */
export interface PlanWriter {
  /**
   * Queues `plan` to be written; returns at once. The object is written later, so it must not be mutated
   * afterwards (store states are immutable).
   */
  save(plan: StoredPlan): void;
  /** Resolves once every state saved so far is written or has failed (failures go to `onError`). */
  flush(): Promise<void>;
}

/** A writer of the plan to `db`. */
export function createPlanWriter(db: AppDb, options: PlanWriterOptions): PlanWriter {
  const now = options.now ?? (() => new Date());
  let waiting: StoredPlan | null = null;
  let running: Promise<void> | null = null;
  const drain = async (): Promise<void> => {
    while (waiting !== null) {
      const plan = waiting;
      waiting = null;
      try {
        await savePlan(db, plan, now());
      } catch (error) {
        options.onError(error instanceof Error ? error : new Error(String(error)));
      }
    }
    running = null;
  };
  return {
    save(plan) {
      waiting = plan;
      // drain() reaches its first await before returning, so `running` is set before it can be cleared.
      running ??= drain();
    },
    flush: () => running ?? Promise.resolve(),
  };
}
