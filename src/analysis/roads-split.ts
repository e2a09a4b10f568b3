/**
 * Coverage along roads as a map draws it: each road cut into the part inside the covered area and the part inside
 * the uncovered area of the city, for one technology, operator set and coverage level (the map layer "Phủ sóng dọc
 * đường / Coverage along roads"). The figures of roads.ts measure the same cuts in km; this keeps the geometry.
 *
 * The cuts are made in the Hà Nội equal-area plane by roads-geometry.ts (a line crossing no edge of a shape is
 * wholly in or out; a crossing line is clipped by Clipper2 on centimetre integers) against the engine's covered
 * tiles and its uncovered tiles (`CoverageService.drawn.coveredTiles` and `.gaps`), and the parts are projected
 * back to `[lng, lat]` degrees. The two tile sets partition the city, so a road's parts inside the city are
 * covered or uncovered, never both; a road's parts outside the city are in neither and are not drawn.
 */
import type { Feature, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { Paths64 } from 'clipper2-ts';
import { PLANE_UNITS_PER_M, projectPolygon } from './planar.js';
import { HANOI_LAEA } from './projection.js';
import { ShapeSet, projectLine, sharedShapes, type PlaneLine } from './roads-geometry.js';
import { ROAD_CLASSES, nameOf, type RoadClass, type RoadFeature, type RoadSkips } from './roads.js';

/** A road projected once, ready to be cut again for every technology, operator set and level. */
export type PreparedRoad = { highway: RoadClass; name: string | null; lines: PlaneLine[] };

/** Roads ready to be cut, with the features left out (another class, or no line of two distinct positions). */
export type PreparedRoads = { roads: PreparedRoad[]; skipped: RoadSkips };

/** Properties of a drawn road part: its OSM class, its name (null when it has none) and whether it is covered. */
export type RoadPartProps = { highway: RoadClass; name: string | null; covered: boolean };

/** A road's covered or uncovered part, `[lng, lat]` degrees. */
export type RoadPart = Feature<MultiLineString, RoadPartProps>;

/**
 * Projects `roads` (OSM features with a `highway` class; LineString or MultiLineString, `[lng, lat]` degrees) into
 * the plane once, keeping the classes in `classes` (motorway to tertiary by default).
 */
export function prepareRoads(
  roads: readonly RoadFeature[],
  classes: readonly RoadClass[] = ROAD_CLASSES,
): PreparedRoads {
  const out: PreparedRoad[] = [];
  const skipped: RoadSkips = { otherClass: 0, noLine: 0 };
  for (const f of roads) {
    const highway = String(f.properties?.highway ?? '') as RoadClass;
    if (!classes.includes(highway)) {
      skipped.otherClass++;
      continue;
    }
    const g = f.geometry;
    const parts: Position[][] =
      g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
    const lines = parts.flatMap((coords) => {
      const line = Array.isArray(coords) ? projectLine(coords) : null;
      return line ? [line] : [];
    });
    if (lines.length === 0) skipped.noLine++;
    else out.push({ highway, name: nameOf(f), lines });
  }
  return { roads: out, skipped };
}

/**
 * The covered and uncovered parts of every prepared road: `covered` and `uncovered` are `[lng, lat]` polygons that
 * do not overlap within each list (one per tile, as the engine cuts them). Answers at most two features per road,
 * its covered part first, each a MultiLineString of the pieces; a road with no piece on one side has no feature
 * for it. Features come in the roads' order.
 */
export function splitRoads(
  prepared: PreparedRoads,
  covered: readonly MultiPolygon[],
  uncovered: readonly MultiPolygon[],
): RoadPart[] {
  const pool = new Map();
  const sets = [covered, uncovered].map(
    (polys) =>
      new ShapeSet(
        sharedShapes(
          polys.map((g) => projectPolygon(g)).filter((s) => s.paths.length > 0),
          pool,
        ),
      ),
  );
  const out: RoadPart[] = [];
  for (const road of prepared.roads)
    sets.forEach((set, i) => {
      const pieces = set.partsInAny(road.lines);
      if (pieces.length === 0) return;
      out.push({
        type: 'Feature',
        properties: { highway: road.highway, name: road.name, covered: i === 0 },
        geometry: { type: 'MultiLineString', coordinates: lngLatPaths(pieces) },
      });
    });
  return out;
}

/** Plane paths (centimetre integers) back to `[lng, lat]` degrees, rounded to 7 decimals (about 1 cm). */
function lngLatPaths(paths: Paths64): Position[][] {
  return paths.map((p) =>
    p.map((q) => {
      const [lng, lat] = HANOI_LAEA.inverse([q.x / PLANE_UNITS_PER_M, q.y / PLANE_UNITS_PER_M]);
      return [Math.round(lng * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
    }),
  );
}
