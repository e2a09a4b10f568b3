/**
 * The map's own layers around the data layers: the city outline under everything, the selected area's gap and
 * the selection outline on top. Pure MapLibre calls on an empty source each; the controller fills the sources.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { BASE_COLORS, GAP_COLORS, GAP_FILL_OPACITY } from './palette.js';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The city outline (source `city`), drawn under the data layers. */
export function addCityLayers(map: MapLibreMap): void {
  map.addSource('city', { type: 'geojson', data: EMPTY });
  map.addLayer({ id: 'city-fill', type: 'fill', source: 'city', paint: { 'fill-color': BASE_COLORS.city } });
  map.addLayer({
    id: 'city-line',
    type: 'line',
    source: 'city',
    paint: { 'line-color': BASE_COLORS.districtLine, 'line-width': 2 },
  });
}

/** The selected area's uncovered part (source `selected-gap`), over the data layers. */
export function addGapLayers(map: MapLibreMap): void {
  map.addSource('selected-gap', { type: 'geojson', data: EMPTY });
  map.addLayer({
    id: 'selected-gap-fill',
    type: 'fill',
    source: 'selected-gap',
    paint: { 'fill-color': GAP_COLORS.fill, 'fill-opacity': GAP_FILL_OPACITY },
  });
  map.addLayer({
    id: 'selected-gap-line',
    type: 'line',
    source: 'selected-gap',
    paint: { 'line-color': GAP_COLORS.line, 'line-width': 1.2, 'line-dasharray': [2, 1] },
  });
}

/** The selection outline (source `selection`), on top of everything. */
export function addSelectionLayers(map: MapLibreMap): void {
  map.addSource('selection', { type: 'geojson', data: EMPTY });
  map.addLayer({
    id: 'selection-line',
    type: 'line',
    source: 'selection',
    paint: { 'line-color': '#000000', 'line-width': 3 },
  });
  map.addLayer({
    id: 'selection-point',
    type: 'circle',
    source: 'selection',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 9,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': '#000000',
      'circle-stroke-width': 2.5,
    },
  });
}
