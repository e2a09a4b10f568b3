/** Area indicators loaded from CSV files (kept in the browser), their figures on every level, and which one the map shows. */
import type { StateCreator } from 'zustand/vanilla';
import type { IndicatorTable } from '../../analysis/indicators.js';
import type { IndicatorFile } from '../indicators.js';

export type IndicatorState = {
  /** Loaded indicator files, oldest first. */
  indicatorFiles: IndicatorFile[];
  /** Their figures as of the map's date (computed in the worker), or null before the first answer. */
  indicatorTable: IndicatorTable | null;
  /** The indicator the choropleth shows instead of coverage, or null for coverage. */
  choroIndicator: string | null;
};

export type IndicatorActions = {
  /** The user applied a checked indicator file; it goes last. */
  indicatorFileAdded: (file: IndicatorFile) => void;
  /** The user removed a file; the map goes back to coverage if no file left has the indicator it shows. */
  indicatorFileRemoved: (id: string) => void;
  /** The files saved in the browser were read back at start. */
  indicatorFilesRestored: (files: IndicatorFile[]) => void;
  /** The worker sent the figures of the files in use. */
  indicatorTableArrived: (table: IndicatorTable) => void;
  /** The user chose the indicator the map shows (null: coverage). */
  indicatorShown: (id: string | null) => void;
};

export type IndicatorSlice = IndicatorState & IndicatorActions;

export const INITIAL_INDICATORS: IndicatorState = { indicatorFiles: [], indicatorTable: null, choroIndicator: null };

export const createIndicatorSlice: StateCreator<IndicatorSlice> = (set) => ({
  ...INITIAL_INDICATORS,
  indicatorFileAdded: (file) => set((s) => ({ indicatorFiles: [...s.indicatorFiles, file] })),
  indicatorFileRemoved: (id) =>
    set((s) => {
      const rest = s.indicatorFiles.filter((f) => f.id !== id);
      const shown = s.choroIndicator;
      const kept = shown !== null && rest.some((f) => f.values.some((v) => v.indicator === shown));
      return { indicatorFiles: rest, choroIndicator: kept ? shown : null };
    }),
  indicatorFilesRestored: (indicatorFiles) => set({ indicatorFiles }),
  indicatorTableArrived: (indicatorTable) => set({ indicatorTable }),
  indicatorShown: (choroIndicator) => set({ choroIndicator }),
});
