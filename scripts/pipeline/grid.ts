/**
 * The hexagon grid level: the H3 cells (Uber's hierarchical hexagonal grid, as the FCC's National Broadband
 * Map uses) of resolutions 8 and 9 that reach into the city. The cells are written whole; the engine clips
 * them to the city when it analyses them, so a cell on the boundary counts only its part in Hà Nội.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { POLYGON_TO_CELLS_FLAGS, cellToBoundary, polygonToCellsExperimental } from 'h3-js';
import { GRID_RESOLUTIONS, gridLevelOf, type GridResolution } from '../../src/domain/grid.js';

export type GridCellFeature = Feature<Polygon, { code: string; level: string; res: number }>;

/**
 * The cells of resolution `res` that overlap the areas (any part of a cell inside one of them). The areas
 * are the 2025 units, whose union is the city the engine clips the cells to.
 */
export function buildGrid(areas: readonly (Polygon | MultiPolygon)[], res: GridResolution): GridCellFeature[] {
  const polygons = areas.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  const ids = new Set<string>();
  for (const rings of polygons)
    for (const id of polygonToCellsExperimental(rings, res, POLYGON_TO_CELLS_FLAGS.containmentOverlapping, true))
      ids.add(id);
  return [...ids].sort().map((code) => ({
    type: 'Feature',
    // GeoJSON order ([lng, lat]) and closed; H3 lists the vertices counter-clockwise.
    geometry: { type: 'Polygon', coordinates: [cellToBoundary(code, true)] },
    properties: { code, level: gridLevelOf(res), res },
  }));
}

export { GRID_RESOLUTIONS };
