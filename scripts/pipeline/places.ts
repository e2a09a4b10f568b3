/**
 * The 2025 commune-level unit around a point, by name: how the pipeline tells two streets of one name apart
 * (src/analysis/street-places.ts). Boxes first, then the exact point-in-polygon test (Turf).
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlaceOf } from '../../src/analysis/street-places.js';

/** A named area: its short name ("Hà Đông") and its `[lng, lat]` polygon. */
export type NamedArea = { name: string; geometry: Polygon | MultiPolygon };

/** The name of the first area containing the point, or null outside all of them. */
export function placeFinder(areas: readonly NamedArea[]): PlaceOf {
  const boxed = areas.map((a) => ({ ...a, box: bbox(a.geometry) }));
  return ([lng, lat]) => {
    for (const a of boxed) {
      const [x0, y0, x1, y1] = a.box;
      if (lng < x0! || lng > x1! || lat < y0! || lat > y1!) continue;
      if (booleanPointInPolygon([lng, lat], a.geometry)) return a.name;
    }
    return null;
  };
}
