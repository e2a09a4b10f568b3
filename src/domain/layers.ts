/**
 * The map's layer groups as the user sees them: one toggle each in the layer panel, in drawing order. A type
 * shared by the store (which toggles are on, persisted; the selected feature's group), the session (which
 * loads each group's file), the map (which draws each group with `map/layers.ts`) and the panels.
 */
import type { PlaceLevel } from './places.js';

/** The toggles of the layer panel, in drawing order (bottom first). */
export const LAYER_KEYS = [
  'roads',
  'units2025',
  'wards2019',
  'districts2019',
  'grid8',
  'grid9',
  'coverage4g',
  'coverage5g',
  'gaps',
  'cables',
  'zones',
  'busStops',
  'speedTests',
  'sites',
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
};

/** The generated data file (manifest layer id) behind each toggle; null where the coverage engine computes it. */
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
};

/** Toggles whose data is loaded only when first shown (the grid levels: 1.2 MB and 8 MB). */
export const LAZY_KEYS: ReadonlySet<LayerKey> = new Set(['grid8', 'grid9']);

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

/** The analysed level of a layer group, or null for layers that are not areas. */
export function placeLevelOf(key: LayerKey): PlaceLevel | null {
  return (Object.keys(PLACE_LAYER) as PlaceLevel[]).find((l) => PLACE_LAYER[l] === key) ?? null;
}
