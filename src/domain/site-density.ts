/**
 * The sites counted on a grid, drawn at city zoom instead of single dots that would hide the choropleth: a point at
 * each cell's centre `[lng, lat]` with `count` (sites) and `count5g` (sites with 5G). The worker counts imported
 * sites (src/worker/shown-layers.ts), the page the shipped sample as the filters show it (src/map/sample-density.ts).
 */
import type { Feature } from 'geojson';

/** Side of a density cell, degrees of longitude and latitude (about 1.0 × 1.1 km at 21° N). */
export const DENSITY_CELL_DEG = 0.01;

/** A site as the density counts it: where it stands and whether it has 5G. */
export type DensityPoint = { lng: number; lat: number; has5g: boolean };

/** The points counted per grid cell of `cellDeg` degrees, cells in a fixed order (by row, then column). */
export function densityCells(points: Iterable<DensityPoint>, cellDeg = DENSITY_CELL_DEG): Feature[] {
  const cells = new Map<string, { col: number; row: number; count: number; count5g: number }>();
  for (const p of points) {
    const col = Math.floor(p.lng / cellDeg);
    const row = Math.floor(p.lat / cellDeg);
    const key = `${row}:${col}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { col, row, count: 0, count5g: 0 }));
    c.count++;
    if (p.has5g) c.count5g++;
  }
  return [...cells.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => ({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [Number(((c.col + 0.5) * cellDeg).toFixed(6)), Number(((c.row + 0.5) * cellDeg).toFixed(6))],
      },
      properties: { count: c.count, count5g: c.count5g },
    }));
}
