/**
 * The data behind the map: loading state, the manifest, the searchable places, every warning met on the way
 * (data files, imports, the analysis, the browser storage), and the files the user imported.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { DataIssue, Manifest } from '../../domain/report.js';
import type { SearchEntry } from '../../domain/places.js';
import type { StoredImport } from '../../data/persist/schema.js';
import { SAMPLE_PROVENANCE, type Provenance } from '../imports.js';

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
  /** Files the user imported (kept in the browser), oldest first. */
  imports: StoredImport[];
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
  /** The imports saved in the browser were read back at start. */
  importsRestored: (imports: StoredImport[]) => void;
  /** The user applied an import; one with the same id is replaced, the new one goes last. */
  importAdded: (item: StoredImport) => void;
  /** The user removed an import. */
  importRemoved: (id: string) => void;
  /** The imports in use were applied to the analysis: this is where the data in use now comes from. */
  importsApplied: (provenance: Provenance) => void;
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
  importsRestored: (imports) => set({ imports }),
  importAdded: (item) => set((s) => ({ imports: [...s.imports.filter((i) => i.id !== item.id), item] })),
  importRemoved: (id) => set((s) => ({ imports: s.imports.filter((i) => i.id !== id) })),
  importsApplied: (provenance) => set({ provenance }),
});
