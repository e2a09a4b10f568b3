/**
 * Coverage along one named line (a road, railway or metro line found by name, domain/named-line.ts): its length
 * and the length inside the covered part of the city for each technology and operator set at one coverage level,
 * over the whole line and, optionally, in each area it crosses (2025 units, 2019 districts, 2019 wards). Lengths
 * are true geodesic km on the WGS84 ellipsoid (Karney's geodesics through GeographicLib, see geodesy.ts).
 *
 * Method: as roads.ts measures the roads. Each line of the named line is projected once into the Hà Nội equal-area
 * plane and cut by roads-geometry.ts (a line crossing no edge of a shape is wholly in or out; a crossing line is
 * clipped by Clipper2 on centimetre integers) against the covered tiles (`CoverageEngine.coveredByTile`, which do
 * not overlap) and the areas of each level. Plane lengths become geodesic ones with each line's own ratio (its
 * geodesic length over its plane length): the plane's scale error is below 0.001 % within 50 km of the centre, so
 * lengths are true to 1 cm per km at worst. Covered tiles are looked at only where they meet the line's box
 * ({@link CoverIndex}), so a line of a few km is cut against tens of tiles, not the city's thousands.
 */
import type { LineString, MultiLineString, MultiPolygon } from 'geojson';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { BBox } from '../domain/geo.js';
import { TECHNOLOGIES, type Technology } from '../domain/telecom.js';
import { OP_SETS, type OpSet } from './engine/types.js';
import { lineLengthM } from './geodesy.js';
import { pathsBox, projectPolygon, type PlanarShape, type PlaneBox } from './planar.js';
import { ShapeSet, planeLengthM, projectLine, type PlaneLine } from './roads-geometry.js';
import { ROAD_AREA_LEVELS, type CoveredLength, type RoadAreaLevel } from './roads.js';

/** A named line projected once, ready to be cut for every technology, operator set and level. */
export type PreparedLine = {
  /** Each line in the plane with its geodesic-over-plane length ratio (lines of fewer than 2 distinct points dropped). */
  lines: { line: PlaneLine; ratio: number; box: PlaneBox }[];
  /** Geodesic length of every line, metres, inside the city or not. */
  lengthM: number;
  /** Bounds of the positions, `[minLng, minLat, maxLng, maxLat]` degrees. */
  bbox: BBox;
};

/** Covered length per technology and operator set (`any` and each operator): km, and percent 0–100 of the length. */
export type CoveredByOperator = Record<Technology, Record<OpSet, CoveredLength>>;

/** A length, km (geodesic), and its covered part per technology and operator set. */
export type LineKm = { km: number; covered: CoveredByOperator };

/** The part of a line inside one area. */
export type LineAreaKm = LineKm & { level: RoadAreaLevel; id: string };

/** What {@link lineCoverage} answers for a line at one coverage level. */
export type LineCoverage = LineKm & {
  level: CoverageLevel;
  /** Length inside the city (its 2025 units), km; null when no areas were given. */
  cityKm: number | null;
  /**
   * The areas the line passes through, by level (`ROAD_AREA_LEVELS` order), longest part first within a level;
   * null when no areas were given.
   */
  areas: LineAreaKm[] | null;
};

/** The areas of one level as plane shapes (one `ShapeSet`), with their ids. */
export type LineAreaSet = { level: RoadAreaLevel; ids: string[]; set: ShapeSet };

/** How far, metres, a covered length may fall short of a line's length and still count as covered all along. */
const FULL_SLACK_M = 0.05;

/** Projects a line or multi-line (`[lng, lat]` degrees) into the plane once; see {@link PreparedLine}. */
export function prepareLine(geometry: LineString | MultiLineString): PreparedLine {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const lines: PreparedLine['lines'] = [];
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  let lengthM = 0;
  for (const coords of parts) {
    for (const [lng, lat] of coords)
      [bbox[0], bbox[1], bbox[2], bbox[3]] = [
        Math.min(bbox[0], lng!),
        Math.min(bbox[1], lat!),
        Math.max(bbox[2], lng!),
        Math.max(bbox[3], lat!),
      ];
    const m = lineLengthM(coords);
    lengthM += m;
    const line = projectLine(coords);
    if (line === null) continue;
    lines.push({ line, ratio: m / planeLengthM([line]), box: pathsBox([line]) });
  }
  return { lines, lengthM, bbox };
}

/**
 * The covered tiles of one technology, operator set and level (`[lng, lat]` MultiPolygons that do not overlap, as
 * `CoverageEngine.coveredByTile` gives them), indexed by their bounds in degrees; a tile is projected into the plane
 * the first time a line comes near it, and kept.
 */
export class CoverIndex {
  private readonly boxes: BBox[];
  private readonly shapes = new Map<number, PlanarShape>();

  constructor(private readonly tiles: readonly MultiPolygon[]) {
    this.boxes = tiles.map(lngLatBox);
  }

  /** The tiles whose bounds meet `bbox` (`[minLng, minLat, maxLng, maxLat]` degrees), as a set of plane shapes. */
  near(bbox: BBox): ShapeSet {
    const out: PlanarShape[] = [];
    this.boxes.forEach((b, i) => {
      if (b[0] > bbox[2] || b[2] < bbox[0] || b[1] > bbox[3] || b[3] < bbox[1]) return;
      let s = this.shapes.get(i);
      if (!s) this.shapes.set(i, (s = projectPolygon(this.tiles[i]!)));
      out.push(s);
    });
    return new ShapeSet(out);
  }
}

/** The areas of each level of `ROAD_AREA_LEVELS` (other levels left out), as plane shape sets. */
export function lineAreaSets(areas: readonly { level: string; id: string; shape: PlanarShape }[]): LineAreaSet[] {
  return ROAD_AREA_LEVELS.map((level) => {
    const of = areas.filter((a) => a.level === level);
    return { level, ids: of.map((a) => a.id), set: new ShapeSet(of.map((a) => a.shape)) };
  });
}

/**
 * Coverage along `line` at coverage level `level`: `coverOf(tech, op)` gives the covered tiles near the line (e.g.
 * `new CoverIndex(engine.coveredByTile(tech, op, level)).near(line.bbox)`), `areas` the areas to break it down by
 * (null: the whole line only). A line outside every covered tile has zero covered km; an empty line zero km.
 */
export function lineCoverage(
  line: PreparedLine,
  coverOf: (tech: Technology, op: OpSet) => ShapeSet,
  level: CoverageLevel,
  areas: readonly LineAreaSet[] | null,
): LineCoverage {
  const combos = TECHNOLOGIES.flatMap((tech) => OP_SETS.map((op) => ({ tech, op, set: coverOf(tech, op) })));
  const total = new Float64Array(1 + combos.length);
  total[0] = line.lengthM;
  const perArea = new Map<string, { level: RoadAreaLevel; id: string; m: Float64Array }>();
  for (const { line: l, ratio, box } of line.lines) {
    const lineM = planeLengthM([l]);
    const coveredM = combos.map(({ set }) => planeLengthM(set.partsInAny([l])));
    coveredM.forEach((m, c) => (total[1 + c]! += m * ratio));
    for (const { level: areaLevel, ids, set } of areas ?? [])
      for (const a of set.candidates(box)) {
        const parts = set.partsIn(a, l, box);
        if (parts.length === 0) continue;
        const key = `${areaLevel}|${ids[a]}`;
        let entry = perArea.get(key);
        if (!entry) perArea.set(key, (entry = { level: areaLevel, id: ids[a]!, m: new Float64Array(total.length) }));
        const whole = parts.length === 1 && parts[0] === l;
        const partsM = whole ? lineM : planeLengthM(parts);
        entry.m[0]! += partsM * ratio;
        coveredM.forEach((cm, c) => {
          if (cm === 0) return;
          // Wholly in the area, or covered all along: no more clipping (see roads.ts, `measureLine`).
          const m = whole
            ? cm
            : lineM - cm <= FULL_SLACK_M
              ? (partsM * cm) / lineM
              : planeLengthM(combos[c]!.set.partsInAny(parts));
          entry.m[1 + c]! += m * ratio;
        });
      }
  }
  const kmOf = (m: Float64Array): LineKm => {
    const km = m[0]! / 1000;
    const covered = {} as CoveredByOperator;
    combos.forEach(({ tech, op }, c) => {
      const ckm = Math.min(m[1 + c]! / 1000, km);
      (covered[tech] ??= {} as Record<OpSet, CoveredLength>)[op] = { km: ckm, percent: km > 0 ? (100 * ckm) / km : 0 };
    });
    return { km, covered };
  };
  const rows = [...perArea.values()].map((e) => ({ level: e.level, id: e.id, ...kmOf(e.m) }));
  const order = (l: RoadAreaLevel) => ROAD_AREA_LEVELS.indexOf(l);
  rows.sort((a, b) => order(a.level) - order(b.level) || b.km - a.km || (a.id < b.id ? -1 : 1));
  return {
    ...kmOf(total),
    level,
    cityKm: areas === null ? null : rows.filter((r) => r.level === 'unit2025').reduce((s, r) => s + r.km, 0),
    areas: areas === null ? null : rows,
  };
}

/** Bounds of a MultiPolygon's positions, degrees. */
function lngLatBox(g: MultiPolygon): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of g.coordinates)
    for (const p of poly[0] ?? []) {
      if (p[0]! < b[0]) b[0] = p[0]!;
      if (p[1]! < b[1]) b[1] = p[1]!;
      if (p[0]! > b[2]) b[2] = p[0]!;
      if (p[1]! > b[3]) b[3] = p[1]!;
    }
  return b;
}
