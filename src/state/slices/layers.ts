/**
 * What the map shows: the layer toggles, and the operator, technology and data-source filters. Persisted with
 * the preferences (see `store.ts`).
 */
import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_VISIBLE, type LayerKey } from '../../domain/layers.js';
import { OPERATORS, type Operator, type Technology } from '../../domain/telecom.js';

/** Where operator data comes from: the project's generated sample, or a file the user imported. */
export type DataSourceKind = 'sample' | 'imported';

export type LayersState = {
  /** Which layer groups are drawn. */
  visible: Record<LayerKey, boolean>;
  /** Which operators' sites, coverage and speed tests are drawn. */
  operators: Record<Operator, boolean>;
  technologies: Record<Technology, boolean>;
  /** Which data sources are shown: generated sample data, and data the user imported. */
  sources: Record<DataSourceKind, boolean>;
};

export type LayersActions = {
  /** The user switched a layer group on or off. */
  layerToggled: (key: LayerKey) => void;
  /** A layer group must be drawn (its level was chosen, or a place of it selected); no change if it is. */
  layerShown: (key: LayerKey) => void;
  sourceToggled: (source: DataSourceKind) => void;
  operatorToggled: (op: Operator) => void;
  technologyToggled: (tech: Technology) => void;
};

export type LayersSlice = LayersState & LayersActions;

/** Everything on except the layers `DEFAULT_VISIBLE` starts off; new objects for each store. */
export function initialLayers(): LayersState {
  return {
    visible: { ...DEFAULT_VISIBLE },
    operators: Object.fromEntries(OPERATORS.map((o) => [o, true])) as Record<Operator, boolean>,
    technologies: { '4G': true, '5G': true },
    sources: { sample: true, imported: true },
  };
}

export const createLayersSlice: StateCreator<LayersSlice> = (set) => ({
  ...initialLayers(),
  layerToggled: (key) => set((s) => ({ visible: { ...s.visible, [key]: !s.visible[key] } })),
  layerShown: (key) => set((s) => (s.visible[key] ? s : { visible: { ...s.visible, [key]: true } })),
  sourceToggled: (k) => set((s) => ({ sources: { ...s.sources, [k]: !s.sources[k] } })),
  operatorToggled: (op) => set((s) => ({ operators: { ...s.operators, [op]: !s.operators[op] } })),
  technologyToggled: (t) => set((s) => ({ technologies: { ...s.technologies, [t]: !s.technologies[t] } })),
});
