/**
 * Names on the map: one label per area (2025 units, 2019 districts and wards) and per priority zone, placed at the
 * area's pole of inaccessibility (`label-points.ts`) from a point source of its own, `${key}-labels`. Collision
 * is MapLibre's: names never overlap, the most populous (zones: the largest) are placed first
 * (`symbol-sort-key`), and an area is named only from the zoom at which its name has room inside it, so a city
 * view names the large communes and the districts, and zooming in adds the small wards. The label layers sit
 * above every data layer, so that sites and coverage never cover a name; a white halo keeps them legible over the
 * choropleth. Glyphs are the offline Noto Sans Regular and Bold of `scripts/glyphs.ts`.
 */
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LayerKey } from '../domain/layers.js';
import type { ChoroplethLevel } from '../state/slices/choropleth.js';
import { BASE_COLORS } from './palette.js';
import { labelPoints, type LabelPointOptions } from './label-points.js';

/**
 * The toggles whose features are named on the map, in drawing order: the last is placed first, so an area's name
 * wins over a zone's and a district's over a unit's.
 */
export const LABEL_KEYS = ['zones', 'wards2019', 'units2025', 'districts2019'] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/** Fonts built offline by `scripts/glyphs.ts`. */
const REGULAR = ['Noto Sans Regular'];
const BOLD = ['Noto Sans Bold'];

/** The point source of a toggle's labels. */
export const labelSource = (key: LabelKey): string => `${key}-labels`;
/** The label layer of a toggle: its id starts with the toggle's key, as the layer panel expects. */
export const labelLayerId = (key: LabelKey): string => `${key}-label`;

/** What each toggle's labels read: name, id and rank property, and the room (pixels) a name needs. */
export const LABEL_POINT_OPTIONS: Readonly<Record<LabelKey, Partial<LabelPointOptions>>> = {
  units2025: { idProp: 'code', rankProp: 'population', roomPx: 8 },
  districts2019: { idProp: 'code', rankProp: 'population', roomPx: 8 },
  wards2019: { idProp: 'code', rankProp: 'population', roomPx: 8 },
  // Zones are small discs with long names: named from the zoom at which the disc is about as wide as a word.
  zones: { idProp: 'id', rankProp: 'areaHa', roomPx: 14 },
};

type Look = { font: string[]; size: ExpressionSpecification; color: string; halo: number; minzoom: number };

/** Text size in pixels by zoom (MapLibre zoom), colours and halo width (pixels) per toggle. */
const LOOKS: Readonly<Record<LabelKey, Look>> = {
  districts2019: {
    font: BOLD,
    size: ['interpolate', ['linear'], ['zoom'], 8, 11, 10, 13, 13, 16],
    color: '#111827',
    halo: 1.8,
    minzoom: 7,
  },
  units2025: {
    font: BOLD,
    size: ['interpolate', ['linear'], ['zoom'], 8, 10, 10, 11.5, 14, 15],
    color: BASE_COLORS.label,
    halo: 1.6,
    minzoom: 7,
  },
  wards2019: {
    font: REGULAR,
    size: ['interpolate', ['linear'], ['zoom'], 10, 10.5, 14, 13],
    color: BASE_COLORS.label,
    halo: 1.5,
    minzoom: 9,
  },
  zones: {
    font: REGULAR,
    size: ['interpolate', ['linear'], ['zoom'], 10, 10, 14, 12],
    color: '#3D2A12',
    halo: 1.8,
    // A zone's long name over its small disc would crowd out the units' names at city zoom.
    minzoom: 11,
  },
};

/**
 * The label layer of a toggle. The filter shows a name from its `minZoom` on (MapLibre evaluates zoom in a filter
 * at the tile's whole zoom: a name whose room comes at 9.4 shows from zoom 10).
 */
export function labelLayer(key: LabelKey): SymbolLayerSpecification {
  const look = LOOKS[key];
  return {
    id: labelLayerId(key),
    type: 'symbol',
    source: labelSource(key),
    minzoom: look.minzoom,
    filter: ['>=', ['zoom'], ['get', 'minZoom']],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': look.font,
      'text-size': look.size,
      'text-max-width': 7,
      'text-line-height': 1.1,
      'text-padding': 3,
      'symbol-sort-key': ['get', 'rank'],
      // Only the chosen point: a name moved off its area would name the neighbour.
      'text-anchor': 'center',
    },
    paint: {
      'text-color': look.color,
      'text-halo-color': BASE_COLORS.halo,
      'text-halo-width': look.halo,
      'text-halo-blur': 0.3,
    },
  };
}

/**
 * Which toggles' names show: a toggle's names show while it is visible, except that the 2025 units give way to
 * the 2019 districts or wards while one of those is the choropleth's level and visible (the units stay drawn
 * under them by default, and two sets of names would crowd each other out).
 */
export function labelVisibility(
  visible: Readonly<Record<LayerKey, boolean>>,
  level: ChoroplethLevel,
): Record<LabelKey, boolean> {
  const legacy = (level === 'district2019' && visible.districts2019) || (level === 'ward2019' && visible.wards2019);
  return {
    units2025: visible.units2025 && !legacy,
    districts2019: visible.districts2019,
    wards2019: visible.wards2019,
    zones: visible.zones,
  };
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Adds the label sources (empty) and layers, hidden until {@link showLabels}; call after the data layers. */
export function addLabelLayers(map: MapLibreMap, before?: string): void {
  for (const key of LABEL_KEYS) {
    map.addSource(labelSource(key), { type: 'geojson', data: EMPTY });
    map.addLayer({ ...labelLayer(key), layout: { ...labelLayer(key).layout, visibility: 'none' } }, before);
  }
}

const isLabelKey = (key: string): key is LabelKey => (LABEL_KEYS as readonly string[]).includes(key);

/**
 * Places the labels of a layer the session loaded or changed (any other key, or a tile URL, is ignored): one
 * point per area, computed here once per change of the layer.
 */
export function drawLabels(map: MapLibreMap, key: string, data: FeatureCollection | string): void {
  if (!isLabelKey(key) || typeof data === 'string') return;
  (map.getSource(labelSource(key)) as GeoJSONSource | undefined)?.setData(labelPoints(data, LABEL_POINT_OPTIONS[key]));
}

/** Shows and hides the label layers per {@link labelVisibility}. */
export function showLabels(
  map: MapLibreMap,
  visible: Readonly<Record<LayerKey, boolean>>,
  level: ChoroplethLevel,
): void {
  const shown = labelVisibility(visible, level);
  for (const key of LABEL_KEYS)
    if (map.getLayer(labelLayerId(key)))
      map.setLayoutProperty(labelLayerId(key), 'visibility', shown[key] ? 'visible' : 'none');
}

/** The public map's label source: one point per area of the level it shows. */
export const PUBLIC_LABEL_SOURCE = 'areas-labels';

/**
 * The public map's area labels (layer `areas-label` on {@link PUBLIC_LABEL_SOURCE}): the look of the 2025 units'
 * names, whatever level the page shows.
 */
export function publicAreaLabelLayer(): SymbolLayerSpecification {
  return { ...labelLayer('units2025'), id: 'areas-label', source: PUBLIC_LABEL_SOURCE };
}

/** Adds the public map's label source (empty) and layer; call after its other layers, so names stay on top. */
export function addPublicLabels(map: MapLibreMap): void {
  map.addSource(PUBLIC_LABEL_SOURCE, { type: 'geojson', data: EMPTY });
  map.addLayer(publicAreaLabelLayer());
}

/** Places the public map's labels for the areas it draws (features with `name`, `code` and `population`). */
export function drawPublicLabels(map: MapLibreMap, areas: FeatureCollection): void {
  (map.getSource(PUBLIC_LABEL_SOURCE) as GeoJSONSource | undefined)?.setData(
    labelPoints(areas, LABEL_POINT_OPTIONS.units2025),
  );
}
