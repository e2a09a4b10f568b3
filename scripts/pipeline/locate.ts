/** Finds the legacy ward containing a point, through a uniform grid over ward bounding boxes. */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox } from '@turf/bbox';
import type { Position } from 'geojson';
import type { AreaFeature } from './admin.js';

const CELL_DEG = 0.02;

/** Returns a function giving the ward that contains a `[lng, lat]` point, or null. */
export function createWardLocator(wards: readonly AreaFeature[]): (p: Position) => AreaFeature | null {
  const grid = new Map<string, AreaFeature[]>();
  for (const w of wards) {
    const [x0, y0, x1, y1] = bbox(w.geometry);
    for (let i = Math.floor(x0 / CELL_DEG); i <= Math.floor(x1 / CELL_DEG); i++)
      for (let j = Math.floor(y0 / CELL_DEG); j <= Math.floor(y1 / CELL_DEG); j++) {
        const k = `${i}:${j}`;
        (grid.get(k) ?? grid.set(k, []).get(k)!).push(w);
      }
  }
  return (p) => {
    const cell = grid.get(`${Math.floor(p[0]! / CELL_DEG)}:${Math.floor(p[1]! / CELL_DEG)}`) ?? [];
    return cell.find((w) => booleanPointInPolygon(p, w.geometry)) ?? null;
  };
}
