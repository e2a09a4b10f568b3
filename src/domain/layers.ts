/**
 * The map's layer groups as the user sees them: one toggle each in the layer panel, in drawing order. A type
 * shared by the store (which toggles are on, persisted; the selected feature's group), the session (which
 * loads each group's file), the map (which draws each group with `map/layers.ts`) and the panels.
 */
import type { PlaceLevel } from './places.js';
import type { GridLevel } from './grid.js';

/** The toggles of the layer panel, in drawing order (bottom first). */
export const LAYER_KEYS = [
  'roads',
  'units2025',
  'wards2019',
  'districts2019',
  'grid8',
  'grid9',
  'environment',
  'ops5g',
  'coverage4g',
  'coverage5g',
  'gaps',
  'roadCoverage',
  'cables',
  'zones',
  'busStops',
  'speedTests',
  'sites',
  'towers',
] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** Which toggles start on. */
export const DEFAULT_VISIBLE: Readonly<Record<LayerKey, boolean>> = {
  roads: true,
  coverage4g: false,
  coverage5g: false,
  gaps: false,
  units2025: true,
  wards2019: false,
  districts2019: false,
  grid8: false,
  grid9: false,
  cables: true,
  zones: true,
  busStops: false,
  speedTests: false,
  sites: true,
  environment: false,
  ops5g: false,
  roadCoverage: false,
  towers: false,
};

/**
 * The generated data file (manifest layer id) behind each toggle; null where the coverage worker computes it and
 * serves it as vector tiles (coverage, gaps, coverage along roads, towers). The H3 operator count draws the
 * resolution-8 cells, coloured from the analysis results.
 */
export const LAYER_SOURCE: Readonly<Record<LayerKey, string | null>> = {
  roads: 'roads',
  coverage4g: null,
  coverage5g: null,
  gaps: null,
  units2025: 'units-2025',
  wards2019: 'wards-2019',
  districts2019: 'districts-2019',
  grid8: 'grid-h3r8',
  grid9: 'grid-h3r9',
  cables: 'cables',
  zones: 'zones',
  busStops: 'bus-stops',
  speedTests: 'speed-tests',
  sites: 'sites',
  environment: 'environment',
  ops5g: 'grid-h3r8',
  roadCoverage: null,
  towers: null,
};

/**
 * Toggles whose data is loaded only when first shown: the grid levels (1.2 MB and 8 MB), the environment grid
 * (1.1 MB) and the resolution-8 cells of the operator count.
 */
export const LAZY_KEYS: ReadonlySet<LayerKey> = new Set(['grid8', 'grid9', 'environment', 'ops5g']);

/**
 * Toggles drawn on a grid level's cells and coloured from that level's results besides the level's own toggle:
 * showing one needs the level analysed (the session asks the worker for it, as when the level is chosen).
 */
export const GRID_OVERLAYS: Readonly<Record<GridLevel, readonly LayerKey[]>> = {
  h3r8: ['grid8', 'ops5g'],
  h3r9: ['grid9'],
};

/** Whether a toggle that needs a grid level's results is on (see {@link GRID_OVERLAYS}). */
export function gridLevelShown(level: GridLevel, visible: Readonly<Record<LayerKey, boolean>>): boolean {
  return GRID_OVERLAYS[level].some((key) => visible[key]);
}

/** Property that identifies a feature of each layer group (MapLibre's `promoteId`, the selection's id). */
export const ID_PROP: Readonly<Record<LayerKey, string>> = {
  roads: 'highway',
  coverage4g: 'operator',
  coverage5g: 'operator',
  gaps: 'op',
  units2025: 'code',
  wards2019: 'code',
  districts2019: 'code',
  grid8: 'code',
  grid9: 'code',
  cables: 'id',
  zones: 'id',
  busStops: 'id',
  speedTests: 'id',
  sites: 'id',
  environment: 'code',
  ops5g: 'code',
  roadCoverage: 'name',
  towers: 'id',
};

/** The layer group that draws each kind of place. */
export const PLACE_LAYER: Readonly<Record<PlaceLevel, LayerKey>> = {
  unit2025: 'units2025',
  district2019: 'districts2019',
  ward2019: 'wards2019',
  h3r8: 'grid8',
  h3r9: 'grid9',
  zone: 'zones',
};

/**
 * The analysed level of a layer group, or null for layers that are not areas. A grid overlay drawn on a level's
 * cells (the operators with 5G per H3 cell) is that level: a click on one of its cells selects the cell.
 */
export function placeLevelOf(key: LayerKey): PlaceLevel | null {
  const place = (Object.keys(PLACE_LAYER) as PlaceLevel[]).find((l) => PLACE_LAYER[l] === key);
  return place ?? (Object.keys(GRID_OVERLAYS) as GridLevel[]).find((l) => GRID_OVERLAYS[l].includes(key)) ?? null;
}
