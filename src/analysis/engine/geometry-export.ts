/**
 * The exact polygons the engine works on, as WKT in plane metres (the Hà Nội equal-area plane), for
 * independent checks (PostGIS/GEOS) and benchmarks.
 */
import type { CoverageLevel } from '../../domain/coverage-level.js';
import type { Technology } from '../../domain/telecom.js';
import { isGridLevel } from '../../domain/grid.js';
import { PLANE_UNITS_PER_M, shapeToMultiPolygon } from '../planar.js';
import { HANOI_LAEA } from '../projection.js';
import type { IndexedArea } from './area-index.js';
import { footprintPaths, type Footprint } from './footprints.js';
import type { EngineLevel } from './types.js';

/** Plane-metre polygons of the engine's inputs, for independent checks (PostGIS/GEOS) and benchmarks. */
export type EngineGeometryExport = {
  /** Areas as WKT MULTIPOLYGON in plane metres (the Hà Nội LAEA plane). */
  areas: { level: Exclude<EngineLevel, 'city'>; id: string; wkt: string }[];
  /** Site footprints as WKT MULTIPOLYGON in plane metres, one per technology and coverage level. */
  footprints: { siteId: string; operator: string; tech: Technology; level: CoverageLevel; wkt: string }[];
};

/** The areas (grid cells left out) and footprints as WKT in plane metres. */
export function exportGeometry(areas: readonly IndexedArea[], footprints: readonly Footprint[]): EngineGeometryExport {
  const ring = (pts: readonly { x: number; y: number }[]) => {
    const c = pts.map((p) => `${p.x / PLANE_UNITS_PER_M} ${p.y / PLANE_UNITS_PER_M}`);
    return `(${[...c, c[0]].join(', ')})`;
  };
  return {
    areas: areas
      .filter((a) => !isGridLevel(a.level))
      .map((a) => {
        // Outer rings (positive) each with the holes (negative) that lie inside them.
        const mp = shapeToMultiPolygon(a.shape);
        const polys = mp.coordinates.map(
          (rings) =>
            `(${rings
              .map((r) =>
                ring(
                  r.slice(0, -1).map((q) => {
                    const [x, y] = HANOI_LAEA.forward(q);
                    return { x: Math.round(x * PLANE_UNITS_PER_M), y: Math.round(y * PLANE_UNITS_PER_M) };
                  }),
                ),
              )
              .join(', ')})`,
        );
        return { level: a.level, id: a.id, wkt: `MULTIPOLYGON(${polys.join(', ')})` };
      }),
    footprints: footprints.map((f) => ({
      siteId: f.siteId,
      operator: f.operator,
      tech: f.tech,
      level: f.level,
      wkt: `MULTIPOLYGON(${footprintPaths(f)
        .map((p) => `(${ring(p)})`)
        .join(', ')})`,
    })),
  };
}
