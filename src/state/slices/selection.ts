/** The feature the user clicked or picked (search, table, zone list): drawn outlined, shown in the panel. */
import type { StateCreator } from 'zustand/vanilla';
import type { LayerKey } from '../../domain/layers.js';

/** A clicked feature: its layer group, its id and a copy of its properties. */
export type Selection = { key: LayerKey; id: string | number | null; props: Record<string, unknown> };

export type SelectionState = {
  /** The selected feature, or null. */
  selection: Selection | null;
};

export type SelectionActions = {
  /** The user clicked a feature on the map, or picked a place by name. */
  featureSelected: (selection: Selection) => void;
  /** The user clicked an empty spot or closed the panel. */
  selectionCleared: () => void;
};

export type SelectionSlice = SelectionState & SelectionActions;

export const INITIAL_SELECTION: SelectionState = { selection: null };

export const createSelectionSlice: StateCreator<SelectionSlice> = (set) => ({
  ...INITIAL_SELECTION,
  featureSelected: (selection) => set({ selection }),
  selectionCleared: () => set({ selection: null }),
});
