/**
 * The map's side of a named line picked in the search (session/named-lines.ts): the line is brought into view at
 * once (its bounds are in the search entry) and drawn, over the coverage, as soon as its figures bring its
 * geometry; closing the panel clears it.
 */
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { NamedLines, NamedLinesState } from '../session/named-lines.js';

/** The line's source and layers. */
export const LINE_SOURCE = 'named-line';
export const LINE_LAYERS = ['named-line-casing', 'named-line'] as const;

/** Room left around the line when it is brought into view, CSS pixels (the panel covers the right). */
const FIT_PADDING = { top: 60, bottom: 60, left: 60, right: 380 };

/** The data drawn for the picked line: its geometry once its figures are in, else nothing. */
export function lineData(picked: NamedLinesState['picked']): FeatureCollection {
  const g = picked?.figures?.geometry;
  return {
    type: 'FeatureCollection',
    features: g ? [{ type: 'Feature', geometry: g, properties: { name: picked!.entry.name } }] : [],
  };
}

/** Adds the layers and follows the picked line; returns the function that stops following. */
export function attachLineLayer(map: MapLibreMap, lines: NamedLines): () => void {
  map.addSource(LINE_SOURCE, { type: 'geojson', data: lineData(null) });
  map.addLayer({
    id: LINE_LAYERS[0],
    type: 'line',
    source: LINE_SOURCE,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 5, 15, 10] },
  });
  map.addLayer({
    id: LINE_LAYERS[1],
    type: 'line',
    source: LINE_SOURCE,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#6a3d9a', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 2.5, 15, 6] },
  });
  let shown: NamedLinesState['picked'] = null;
  const follow = () => {
    const { picked } = lines.getSnapshot();
    if (picked === shown) return;
    const entry = picked?.entry;
    if (entry && entry !== shown?.entry) {
      const [w, s, e, n] = entry.bbox;
      map.fitBounds([w, s, e, n] as LngLatBoundsLike, { padding: FIT_PADDING, maxZoom: 15, duration: 0 });
    }
    if (picked?.figures?.geometry !== shown?.figures?.geometry)
      (map.getSource(LINE_SOURCE) as GeoJSONSource | undefined)?.setData(lineData(picked));
    shown = picked;
  };
  follow();
  return lines.subscribe(follow);
}
