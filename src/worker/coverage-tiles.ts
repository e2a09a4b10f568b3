/**
 * Vector tiles of computed coverage: geojson-vt cuts the engine's MultiPolygons into tiles once, and each
 * tile the map asks for is encoded as a Mapbox Vector Tile (layer `coverage`). The big geometry stays in the
 * worker; the map only receives the tiles it shows.
 */
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { COVERAGE_TILE_MAX_ZOOM } from './protocol.js';

/** The vector-tile layer name of coverage tiles. */
export const COVERAGE_TILE_LAYER = 'coverage';

export type CoverageTiles = { tile(z: number, x: number, y: number): Uint8Array | null };

export function createCoverageTiles(fc: FeatureCollection): CoverageTiles {
  const index = new GeoJSONVT(fc, { maxZoom: COVERAGE_TILE_MAX_ZOOM, tolerance: 2, buffer: 64, extent: 4096 });
  return {
    tile(z, x, y) {
      const t = index.getTile(z, x, y);
      if (!t || t.features.length === 0) return null;
      // geojson-vt's tile is the classic {features: [{type, geometry, tags}]} shape vt-pbf's wrapper reads.
      return fromGeojsonVt(
        { [COVERAGE_TILE_LAYER]: t as unknown as Parameters<typeof fromGeojsonVt>[0][string] },
        { version: 2, extent: 4096 },
      );
    },
  };
}
