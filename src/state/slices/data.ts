/**
 * The data behind the map: loading state, the manifest, the searchable places, every warning met on the way
 * (data files, imports, the analysis, the browser storage), and the files the user imported.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { DataIssue, Manifest } from '../../domain/report.js';
import type { SearchEntry } from '../../domain/places.js';
import type { ImportMeta } from '../../data/persist/schema.js';
import { SAMPLE_PROVENANCE, type Provenance } from '../../domain/provenance.js';

export type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

export type DataState = {
  /** Loading state of the map's data files. */
  status: DataStatus;
  /** Every searchable place (areas of both layouts, zones), set once the data is loaded. */
  places: SearchEntry[];
  manifest: Manifest | null;
  /** Why the data could not be loaded (status `error`), or null. */
  error: string | null;
  /** Warnings so far, oldest first. */
  issues: DataIssue[];
  /** Files the user imported, in use, oldest first: what they are, not their data (the worker keeps it). */
  imports: ImportMeta[];
  /** Where the sites, cables and coverage in use come from: the sample, imported files, or both. */
  provenance: Provenance;
};

export type DataActions = {
  /** The map started loading its data files. */
  dataLoading: () => void;
  /** The manifest arrived; its warnings join the list. */
  manifestLoaded: (manifest: Manifest) => void;
  /** Every layer loaded: the data is ready and these are the searchable places. */
  dataLoaded: (places: SearchEntry[]) => void;
  /** The data could not be loaded. */
  dataFailed: (message: string) => void;
  /** Warnings to show (appended; an empty list changes nothing). */
  warningsAdded: (issues: readonly DataIssue[]) => void;
  /**
   * The imports in use changed (read back at start, applied or removed) and the analysis runs on them: the list,
   * and where the data in use now comes from.
   */
  importsApplied: (imports: ImportMeta[], provenance: Provenance) => void;
};

export type DataSlice = DataState & DataActions;

export const INITIAL_DATA: DataState = {
  status: 'idle',
  places: [],
  manifest: null,
  error: null,
  issues: [],
  imports: [],
  provenance: SAMPLE_PROVENANCE,
};

export const createDataSlice: StateCreator<DataSlice> = (set) => ({
  ...INITIAL_DATA,
  dataLoading: () => set({ status: 'loading' }),
  manifestLoaded: (manifest) => set((s) => ({ manifest, issues: [...s.issues, ...manifest.warnings] })),
  dataLoaded: (places) => set({ status: 'ready', places }),
  dataFailed: (error) => set({ status: 'error', error }),
  warningsAdded: (issues) => set((s) => (issues.length === 0 ? s : { issues: [...s.issues, ...issues] })),
  importsApplied: (imports, provenance) => set({ imports, provenance }),
});
