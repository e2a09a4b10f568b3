/** The change map: what the figures in use are compared with, and the figures of that comparison. */
import type { StateCreator } from 'zustand/vanilla';
import type { ServiceResults } from '../../analysis/service-types.js';
import { sameTarget, type CompareTarget } from '../compare.js';

export type CompareState = {
  /** What the map compares with (a change map in percentage points), or null. */
  compareWith: CompareTarget | null;
  /** The figures of `compareWith`, once the worker sent them; null before and without a comparison. */
  compareResults: ServiceResults | null;
};

export type CompareActions = {
  /** The user chose something to compare with; earlier comparison figures are dropped. */
  comparisonStarted: (target: CompareTarget) => void;
  /** The worker sent a comparison's figures; kept only if that comparison is still the one chosen. */
  comparisonArrived: (target: CompareTarget, results: ServiceResults) => void;
  /** No comparison any more (the user chose none, or the source compared with is gone). */
  comparisonStopped: () => void;
};

export type CompareSlice = CompareState & CompareActions;

export const INITIAL_COMPARE: CompareState = { compareWith: null, compareResults: null };

export const createCompareSlice: StateCreator<CompareSlice> = (set) => ({
  ...INITIAL_COMPARE,
  comparisonStarted: (compareWith) => set({ compareWith, compareResults: null }),
  comparisonArrived: (target, results) =>
    set((s) => (sameTarget(s.compareWith, target) ? { compareResults: results } : s)),
  comparisonStopped: () => set({ compareWith: null, compareResults: null }),
});
