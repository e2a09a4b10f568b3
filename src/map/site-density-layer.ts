/**
 * The sites' density, drawn instead of single dots at city zoom when the imports hold more sites than the map can
 * draw as dots there (`DENSE_SITES` in `src/worker/shown-layers.ts`): a grey heatmap of the sites counted per grid
 * cell, which the worker makes with the sites' GeoJSON.
 */
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Source and layer id of the sites' density (imports too many to draw as dots at city zoom). */
export const SITE_DENSITY = 'sites-density';
/** The zoom from which the sites are drawn as dots when their density is drawn below it. */
export const SITE_DOTS_MIN_ZOOM = 12;

/**
 * The sites' density below {@link SITE_DOTS_MIN_ZOOM}: a heatmap of the sites counted per grid cell (weight: the
 * cell's `count`), in greys so that it does not read as coverage; it follows the sites' toggle.
 */
export function siteDensityLayer(): LayerSpecification {
  return {
    id: SITE_DENSITY,
    type: 'heatmap',
    source: SITE_DENSITY,
    maxzoom: SITE_DOTS_MIN_ZOOM,
    paint: {
      'heatmap-weight': ['interpolate', ['linear'], ['get', 'count'], 0, 0, 50, 1],
      'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 8, 0.6, 12, 1.5],
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 8, 6, 12, 20],
      'heatmap-opacity': 0.75,
      'heatmap-color': [
        'interpolate',
        ['linear'],
        ['heatmap-density'],
        0,
        'rgba(0,0,0,0)',
        0.2,
        'rgba(80,80,80,0.35)',
        0.6,
        'rgba(40,40,40,0.6)',
        1,
        'rgba(0,0,0,0.8)',
      ],
    },
  };
}

/** Adds the density's source and layer (empty), under the sites' dots. */
export function addSiteDensity(map: MapLibreMap): void {
  map.addSource(SITE_DENSITY, { type: 'geojson', data: EMPTY });
  map.addLayer(siteDensityLayer(), 'sites-circle');
}

/** Draws the density (the URL of its GeoJSON) and the dots from their zoom; null: no density, dots at every zoom. */
export function drawSiteDensity(map: MapLibreMap, url: string | null): void {
  (map.getSource(SITE_DENSITY) as GeoJSONSource | undefined)?.setData(url ?? EMPTY);
  map.setLayerZoomRange('sites-circle', url ? SITE_DOTS_MIN_ZOOM : 0, 24);
}

/** The density follows the sites' toggle. */
export function showSiteDensity(map: MapLibreMap, visible: boolean): void {
  map.setLayoutProperty(SITE_DENSITY, 'visibility', visible ? 'visible' : 'none');
}
