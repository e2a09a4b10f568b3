/**
 * The sites' density, drawn instead of single dots at city zoom: grey circles sized by the sites counted per grid
 * cell, which the worker counts when the imports hold more sites than the map can draw as dots there (`DENSE_SITES`
 * in `src/worker/shown-layers.ts`), and the page for the shipped sample as the filters show it (sample-density.ts).
 */
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Source and layer id of the sites' density (imports too many to draw as dots at city zoom). */
export const SITE_DENSITY = 'sites-density';
/** The zoom from which the sites are drawn as dots when their density is drawn below it. */
export const SITE_DOTS_MIN_ZOOM = 12;

/**
 * The sites' density below {@link SITE_DOTS_MIN_ZOOM}: a grey circle per grid cell, its area growing with the number
 * of sites counted there (`count`), outlined black where some have 5G (`count5g`); greys, so that it does not read
 * as coverage. Its paint is driven by data and zoom like the sites' dots, so MapLibre reuses the dots' compiled
 * shader (compiling a new one blocked the page's thread for over a second under software WebGL).
 */
export function siteDensityLayer(): LayerSpecification {
  // Three sizes by the sites per cell, growing with zoom; small enough at city zoom to leave the fill between cells.
  const radius = (small: number, mid: number, large: number): ExpressionSpecification => [
    'step',
    ['get', 'count'],
    small,
    5,
    mid,
    20,
    large,
  ];
  return {
    id: SITE_DENSITY,
    type: 'circle',
    source: SITE_DENSITY,
    maxzoom: SITE_DOTS_MIN_ZOOM,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, radius(1, 1.5, 2), 12, radius(2.5, 4, 6)],
      'circle-color': ['step', ['get', 'count'], '#a7afb9', 10, '#7b8490', 50, '#4d5560'],
      'circle-stroke-color': ['case', ['>', ['get', 'count5g'], 0], '#111111', '#ffffff'],
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 0.5, 12, 0.8],
      'circle-opacity': 0.75,
    },
  };
}

/** Adds the density's source and layer (empty), under the sites' dots. */
export function addSiteDensity(map: MapLibreMap): void {
  map.addSource(SITE_DENSITY, { type: 'geojson', data: EMPTY });
  map.addLayer(siteDensityLayer(), 'sites-circle');
}

/**
 * Draws the density (the URL of its GeoJSON, or the features) and the dots from their zoom; null: no density, dots
 * at every zoom.
 */
export function drawSiteDensity(map: MapLibreMap, density: string | FeatureCollection | null): void {
  (map.getSource(SITE_DENSITY) as GeoJSONSource | undefined)?.setData(density ?? EMPTY);
  map.setLayerZoomRange('sites-circle', density ? SITE_DOTS_MIN_ZOOM : 0, 24);
}

/** The density follows the sites' toggle. */
export function showSiteDensity(map: MapLibreMap, visible: boolean): void {
  map.setLayoutProperty(SITE_DENSITY, 'visibility', visible ? 'visible' : 'none');
}
