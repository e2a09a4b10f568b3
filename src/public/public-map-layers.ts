/**
 * The sources and layers of the public map, bottom to top: the areas (choropleth fill, outline, name), the coverage
 * overlays, the priority zones by pass / fail, the selected area's outline and the visitors' ground reports. Their
 * data is set by `PublicMap` (public-map.ts); this only declares how they look.
 */
import { addPublicLabels } from '../map/label-layers.js';
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CHOROPLETH_OPACITY, choroplethPropertyFill } from '../map/choropleth.js';
import { ZONE_TARGET_COLORS, BASE_COLORS } from '../map/palette.js';

/** An empty collection: every source starts with it. */
export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The source of the visitors' ground reports (Point features with `kind`: `none` or `weak`). */
export const REPORTS_SOURCE = 'ground-reports';

/** Adds every source (empty) and layer of the public map to `m`, with a fill layer `<overlay>-fill` per overlay, hidden. */
export function addPublicLayers(m: MapLibreMap, overlays: readonly string[]): void {
  m.addSource('areas', { type: 'geojson', data: EMPTY });
  m.addSource('zones', { type: 'geojson', data: EMPTY });
  m.addSource('selected', { type: 'geojson', data: EMPTY });
  m.addLayer({
    id: 'areas-fill',
    type: 'fill',
    source: 'areas',
    paint: { 'fill-color': choroplethPropertyFill('c5_any'), 'fill-opacity': CHOROPLETH_OPACITY },
  });
  m.addLayer({
    id: 'areas-line',
    type: 'line',
    source: 'areas',
    paint: { 'line-color': BASE_COLORS.unitLine, 'line-width': 0.8 },
  });
  for (const o of overlays) {
    m.addSource(o, { type: 'geojson', data: EMPTY });
    m.addLayer({
      id: `${o}-fill`,
      type: 'fill',
      source: o,
      layout: { visibility: 'none' },
      paint: { 'fill-color': o === 'coverage-5g' ? '#6a3d9a' : '#1b7837', 'fill-opacity': 0.35 },
    });
  }
  m.addSource(REPORTS_SOURCE, { type: 'geojson', data: EMPTY });
  m.addLayer({
    id: 'zones-fill',
    type: 'fill',
    source: 'zones',
    paint: {
      'fill-color': ['case', ['get', 'pass'], ZONE_TARGET_COLORS.pass, ZONE_TARGET_COLORS.fail],
      'fill-opacity': 0.6,
    },
  });
  m.addLayer({
    id: 'zones-line',
    type: 'line',
    source: 'zones',
    paint: { 'line-color': '#333333', 'line-width': 0.8 },
  });
  m.addLayer({
    id: 'selected-line',
    type: 'line',
    source: 'selected',
    paint: { 'line-color': '#000000', 'line-width': 3 },
  });
  m.addLayer({
    id: `${REPORTS_SOURCE}-circle`,
    type: 'circle',
    source: REPORTS_SOURCE,
    paint: {
      'circle-radius': 5,
      'circle-color': ['match', ['get', 'kind'], 'none', '#b2182b', 'weak', '#ef8a62', '#777777'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  });
  addPublicLabels(m);
}
