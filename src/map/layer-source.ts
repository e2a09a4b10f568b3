/**
 * A data layer's source as the session says: the shipped features (a GeoJSON source), or, while imports replace or
 * join them (sites, cables), the worker's vector tiles of the data in use. MapLibre cannot change a source's type,
 * so the switch removes the layer's map layers and source and adds them back in the same place.
 */
import type {
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification,
  VectorTileSource,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { ID_PROP, type LayerKey } from '../domain/layers.js';
import { COVERAGE_TILE_MAX_ZOOM } from '../worker/protocol.js';
import { COVERAGE_TILE_LAYER } from '../worker/coverage-tiles.js';
import { layersFor } from './layers.js';
import { applyFilters } from './filters.js';
import type { AppState } from '../state/store.js';

/**
 * Shows `data` in a layer's source: features, or a tile URL template of the worker's. Answers true when the source
 * was replaced (its layers are new: their visibility, filters and zoom range must be set again).
 */
export function setLayerSource(map: MapLibreMap, key: LayerKey, data: FeatureCollection | string): boolean {
  const source = map.getSource(key);
  if (typeof data === 'string') {
    if (source?.type === 'vector') {
      (source as VectorTileSource).setTiles([data]);
      return false;
    }
    const spec: SourceSpecification = {
      type: 'vector',
      tiles: [data],
      minzoom: 0,
      maxzoom: COVERAGE_TILE_MAX_ZOOM,
      promoteId: ID_PROP[key],
    };
    replace(map, key, spec, (l) => ({ ...l, 'source-layer': COVERAGE_TILE_LAYER }) as LayerSpecification);
    return true;
  }
  if (source?.type === 'geojson' || !source) {
    (source as GeoJSONSource | undefined)?.setData(data);
    return false;
  }
  replace(map, key, { type: 'geojson', data, promoteId: ID_PROP[key] }, (l) => l);
  return true;
}

/** Replaces a source and its layers, keeping their place among the map's layers. */
function replace(
  map: MapLibreMap,
  key: LayerKey,
  spec: SourceSpecification,
  adapt: (l: LayerSpecification) => LayerSpecification,
): void {
  const layers = layersFor(key);
  // The order of layer ids (`getStyle()` would serialise every GeoJSON source's data: 0.2 s on the page's thread).
  const order = map.getLayersOrder();
  const last = Math.max(...layers.map((l) => order.indexOf(l.id)));
  const before = order.slice(last + 1).find((id) => !layers.some((l) => l.id === id));
  for (const l of layers) if (map.getLayer(l.id)) map.removeLayer(l.id);
  map.removeSource(key);
  map.addSource(key, spec);
  for (const l of layers) map.addLayer(adapt(l), before);
}

/** The toggles' visibility and filters set again on a layer whose source was replaced. */
export function restoreLayerState(map: MapLibreMap, key: LayerKey, s: AppState): void {
  for (const layer of layersFor(key))
    map.setLayoutProperty(layer.id, 'visibility', s.visible[key] ? 'visible' : 'none');
  applyFilters(map, s);
}
