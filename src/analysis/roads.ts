/**
 * Coverage along roads: per area of every level and per road class, the roads' length and the length inside the
 * covered part for each technology and operator set; and per road name, the same over the city. Lengths are true
 * geodesic km on the WGS84 ellipsoid (Karney's geodesics through GeographicLib, see geodesy.ts).
 *
 * Method: a road is clipped in the equal-area plane (see roads-geometry.ts), against the areas of each level and
 * against the covered shapes (per tile, as `CoverageEngine.coveredShapesByTile` gives them, in the plane). Plane
 * lengths are turned into geodesic ones with each line's own ratio (its geodesic length over its plane length): the plane's scale error is below 0.001 % within 50 km of the centre (6 cm on 10 km there),
 * and a part of a road differs from the road's mean by less than that, so lengths are true to 1 cm per km at worst.
 * A road in no 2025 unit is outside the city and counts in no area; the city's figures are the 2025 units' sums.
 */
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';
import type { Feature, Geometry, Position } from 'geojson';
import { TECHNOLOGIES, type Technology } from '../domain/telecom.js';
import { N_COMBOS, combo } from './engine/results.js';
import { OP_SETS, type EngineLevel, type OpSet } from './engine/types.js';
import { SERVICE_LEVELS } from './engine-input.js';
import { lineLengthM } from './geodesy.js';
import { pathsBox, projectPolygon, type PlanarShape } from './planar.js';
import { ShapeSet, planeLengthM, projectLine, sharedShapes, type PlaneLine } from './roads-geometry.js';
import type { ServiceInput } from './service-types.js';

/** A road as read: any GeoJSON feature (only LineString and MultiLineString ones are measured). */
export type RoadFeature = Feature<Geometry | null>;

/** The OSM `highway` classes measured, major first (the staged roads hold only these). */
export const ROAD_CLASSES = ['motorway', 'trunk', 'primary', 'secondary', 'tertiary'] as const;
/** One of the measured OSM `highway` classes. */
export type RoadClass = (typeof ROAD_CLASSES)[number];

/** The area levels roads are measured in (the city is their 2025 units' sum). */
export const ROAD_AREA_LEVELS = ['unit2025', 'district2019', 'ward2019'] as const;
/** One of the area levels roads are measured in. */
export type RoadAreaLevel = (typeof ROAD_AREA_LEVELS)[number] & Exclude<EngineLevel, 'city'>;

/** Covered length for one technology and operator set: km, and the share of the roads' km, percent 0–100. */
export type CoveredLength = { km: number; percent: number };

/** Covered lengths per technology and operator set. */
export type CoveredLengths = Record<Technology, Record<OpSet, CoveredLength>>;

/**
 * The length of some roads, km (geodesic), and its covered part per technology and operator set: outdoors in
 * `covered` (the same object as `byLevel.outdoor`), and at each coverage level.
 */
export type RoadKm = { km: number; covered: CoveredLengths; byLevel: Record<CoverageLevel, CoveredLengths> };

/** One area's roads of one class (`L`: the area levels measured; roads.csv's by default). */
export type RoadAreaRow<L extends string = RoadAreaLevel> = RoadKm & { level: L; code: string; roadClass: RoadClass };

/**
 * The roads of one name over the city: names are grouped in Unicode NFC with spaces collapsed, ignoring case
 * (OSM spells "Đại Lộ Thăng Long" and "Đại lộ Thăng Long"), diacritics kept; `name` is the first spelling met.
 * With how many features carry it, their classes (`ROAD_CLASSES` order), their length and covered length inside
 * the 2025 units.
 */
export type NamedRoad = RoadKm & { name: string; segments: number; classes: RoadClass[] };

/** Features not measured, counted: another `highway` class, or no line geometry with two distinct positions. */
export type RoadSkips = { otherClass: number; noLine: number };

/** What `roadCoverage` answers (`L`: the area levels measured). */
export type RoadCoverage<L extends string = RoadAreaLevel> = {
  /** Every area of each level (the input's order) × every class (`ROAD_CLASSES` order), zeros included. */
  areas: RoadAreaRow<L>[];
  /** The city (the sum of the 2025 units) per class. */
  city: Record<RoadClass, RoadKm>;
  /** Named roads, in Vietnamese alphabetical order; empty when no feature has a `name`. */
  named: NamedRoad[];
  /** Geodesic length of every measured feature, inside the city or not, km. */
  totalKm: number;
  skipped: RoadSkips;
};

/**
 * The covered part of the city for a technology, operator set and level, as plane shapes that do not overlap (one
 * per tile: `CoverageEngine.coveredShapesByTile`; `[lng, lat]` polygons go through `projectPolygon`).
 */
export type CoveredOf = (tech: Technology, op: OpSet, level: CoverageLevel) => readonly PlanarShape[];

/** Lengths per slot: index 0 the roads' length, 1 + combo the covered length; plane or geodesic metres. */
const SLOTS = 1 + N_COMBOS;

/** How far, metres, a line's covered length may fall short of its length and still count as covered all along. */
const FULL_SLACK_M = 0.05;

/** The areas of each level as plane shapes, with their codes. */
type Level<L extends string> = { level: L; codes: string[]; set: ShapeSet };

/** An area to measure roads in: its level, its code and its plane shape (as `projectPolygon` gives it). */
export type RoadArea<L extends string> = { level: L; code: string; shape: PlanarShape };

/** @default roads measured between two steps of `roadCoverageSteps` (about 50 ms on the staged roads) */
export const ROAD_STEP_FEATURES = 100;

/**
 * Coverage along `roads` (OSM features with a `highway` class and, optionally, a `name`; LineString or
 * MultiLineString, `[lng, lat]`), per area of the input's 2025 units, 2019 districts and 2019 wards (areas keyed by
 * their `code` property), per class in `classes`, against the covered shapes `coveredOf` gives.
 */
export function roadCoverage(
  roads: readonly RoadFeature[],
  areas: Pick<ServiceInput, 'units' | 'districts' | 'wards'>,
  coveredOf: CoveredOf,
  classes: readonly RoadClass[] = ROAD_CLASSES,
): RoadCoverage {
  const shapes = SERVICE_LEVELS.filter(([, level]) => level !== 'zone').flatMap(([key, level, idProp]) =>
    areas[key as 'units'].features.map((f) => ({
      level: level as RoadAreaLevel,
      code: String(f.properties?.[idProp]),
      shape: projectPolygon(f.geometry),
    })),
  );
  const steps = roadCoverageSteps(roads, shapes, coveredOf, classes);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `roadCoverage` in steps, for a worker that must keep answering while it measures: the generator yields after
 * each technology × operator set × level's covered shapes and after every `stepFeatures` roads, and returns the
 * figures. The areas come as plane shapes of any levels (an engine's `areaIndex.areas`: zones too); the city is
 * the sum of the `unit2025` ones. `coveredOf` must give the shapes of one coverage throughout.
 */
export function* roadCoverageSteps<L extends string>(
  roads: readonly RoadFeature[],
  areas: readonly RoadArea<L>[],
  coveredOf: CoveredOf,
  classes: readonly RoadClass[] = ROAD_CLASSES,
  stepFeatures: number = ROAD_STEP_FEATURES,
): Generator<void, RoadCoverage<L>> {
  const byLevel = new Map<L, RoadArea<L>[]>();
  for (const a of areas) (byLevel.get(a.level) ?? (byLevel.set(a.level, []).get(a.level) as RoadArea<L>[])).push(a);
  const levels: Level<L>[] = [...byLevel].map(([level, list]) => ({
    level,
    codes: list.map((a) => a.code),
    set: new ShapeSet(list.map((a) => a.shape)),
  }));
  const cover: ShapeSet[] = [];
  const pool = new Map<string, PlanarShape>();
  for (const level of COVERAGE_LEVELS)
    for (const tech of TECHNOLOGIES)
      for (const op of OP_SETS) {
        cover[combo(tech, op, level)] = new ShapeSet(sharedShapes(coveredOf(tech, op, level), pool));
        yield;
      }
  const sums = levels.map((l) => new Float64Array(l.codes.length * ROAD_CLASSES.length * SLOTS));
  const named = new Map<string, { name: string; m: Float64Array; segments: number; classes: Set<RoadClass> }>();
  const skipped: RoadSkips = { otherClass: 0, noLine: 0 };
  let totalM = 0;
  for (const [i, f] of roads.entries()) {
    if (i > 0 && i % stepFeatures === 0) yield;
    const cls = String(f.properties?.highway ?? '') as RoadClass;
    if (!classes.includes(cls)) {
      skipped.otherClass++;
      continue;
    }
    const lines = linesOf(f);
    if (lines.length === 0) {
      skipped.noLine++;
      continue;
    }
    const k = ROAD_CLASSES.indexOf(cls);
    const inCity = new Float64Array(SLOTS);
    for (const { line, ratio, lengthM } of lines) {
      totalM += lengthM;
      measureLine(line, levels, cover, (l, a, slot, planeM) => {
        sums[l]![(a * ROAD_CLASSES.length + k) * SLOTS + slot]! += planeM * ratio;
        if (levels[l]!.level === 'unit2025') inCity[slot]! += planeM * ratio;
      });
    }
    const name = nameOf(f);
    if (name === null) continue;
    const key = name.toLocaleLowerCase('vi');
    const entry = named.get(key) ?? { name, m: new Float64Array(SLOTS), segments: 0, classes: new Set<RoadClass>() };
    for (let s = 0; s < SLOTS; s++) entry.m[s]! += inCity[s]!;
    entry.segments++;
    entry.classes.add(cls);
    named.set(key, entry);
  }
  const areaRows: RoadAreaRow<L>[] = [];
  const cityM = ROAD_CLASSES.map(() => new Float64Array(SLOTS));
  levels.forEach((l, li) =>
    l.codes.forEach((code, a) =>
      ROAD_CLASSES.forEach((roadClass, k) => {
        const m = sums[li]!.subarray((a * ROAD_CLASSES.length + k) * SLOTS, (a * ROAD_CLASSES.length + k + 1) * SLOTS);
        if (l.level === 'unit2025') for (let s = 0; s < SLOTS; s++) cityM[k]![s]! += m[s]!;
        areaRows.push({ level: l.level, code, roadClass, ...roadKmOf(m) });
      }),
    ),
  );
  return {
    areas: areaRows,
    city: Object.fromEntries(ROAD_CLASSES.map((c, k) => [c, roadKmOf(cityM[k]!)])) as Record<RoadClass, RoadKm>,
    named: [...named.values()]
      .map((e) => ({
        name: e.name,
        segments: e.segments,
        classes: ROAD_CLASSES.filter((c) => e.classes.has(c)),
        ...roadKmOf(e.m),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    totalKm: totalM / 1000,
    skipped,
  };
}

/**
 * Named roads only (see `roadCoverage`): per name, the length over the city and its covered part. Features
 * without a name are not measured.
 */
export function namedRoadCoverage(
  roads: readonly RoadFeature[],
  areas: Pick<ServiceInput, 'units' | 'districts' | 'wards'>,
  coveredOf: CoveredOf,
  classes: readonly RoadClass[] = ROAD_CLASSES,
): NamedRoad[] {
  return roadCoverage(
    roads.filter((f) => nameOf(f) !== null),
    areas,
    coveredOf,
    classes,
  ).named;
}

/** A road's name: the `name` property in Unicode NFC with spaces collapsed; null when missing or blank. */
export function nameOf(f: RoadFeature): string | null {
  const raw = f.properties?.name;
  if (typeof raw !== 'string') return null;
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  return name === '' ? null : name;
}

/** A feature's lines in the plane, each with its geodesic length (m) and geodesic-over-plane ratio. */
function linesOf(f: RoadFeature): { line: PlaneLine; ratio: number; lengthM: number }[] {
  const g = f.geometry;
  const parts: Position[][] =
    g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
  const out: { line: PlaneLine; ratio: number; lengthM: number }[] = [];
  for (const coords of parts) {
    if (!Array.isArray(coords)) continue;
    const line = projectLine(coords);
    if (line === null) continue;
    const lengthM = lineLengthM(coords);
    out.push({ line, ratio: lengthM / planeLengthM([line]), lengthM });
  }
  return out;
}

/**
 * Measures one line: `add(level, area, slot, planeM)` for its length in each area (slot 0) and its covered
 * length there (slot 1 + combo), plane metres. The covered parts of the whole line are found once per combo;
 * a line wholly inside an area (the common case) takes them as they are.
 */
function measureLine(
  line: PlaneLine,
  levels: readonly Level<string>[],
  cover: readonly ShapeSet[],
  add: (level: number, area: number, slot: number, planeM: number) => void,
): void {
  const box = pathsBox([line]);
  const covered = cover.map((set) => set.partsInAny([line]));
  const coveredM = covered.map((parts) => planeLengthM(parts));
  const lineM = planeLengthM([line]);
  levels.forEach(({ set }, l) => {
    for (const a of set.candidates(box)) {
      const parts = set.partsIn(a, line, box);
      if (parts.length === 0) continue;
      const whole = parts.length === 1 && parts[0] === line;
      const partsM = whole ? lineM : planeLengthM(parts);
      add(l, a, 0, partsM);
      for (let c = 0; c < N_COMBOS; c++) {
        const cm = coveredM[c]!;
        if (cm === 0) continue;
        // A line wholly in the area, or covered all along (4G almost everywhere; cut points at tile edges round
        // to the centimetre, hence the slack), needs no more clipping; otherwise its parts in the area are cut
        // by the covered tiles, which are small.
        const full = lineM - cm <= FULL_SLACK_M;
        const m = whole ? cm : full ? (partsM * cm) / lineM : planeLengthM(cover[c]!.partsInAny(parts));
        if (m > 0) add(l, a, 1 + c, m);
      }
    }
  });
}

/** Slots (metres) as km and covered km with shares; centimetre rounding can put a covered length a hair over. */
function roadKmOf(m: Float64Array): RoadKm {
  const km = m[0]! / 1000;
  const byLevel = {} as RoadKm['byLevel'];
  for (const level of COVERAGE_LEVELS) {
    const covered = (byLevel[level] = {} as CoveredLengths);
    for (const tech of TECHNOLOGIES) {
      covered[tech] = {} as Record<OpSet, CoveredLength>;
      for (const op of OP_SETS) {
        const c = Math.min(m[1 + combo(tech, op, level)]! / 1000, km);
        covered[tech][op] = { km: c, percent: km > 0 ? (100 * c) / km : 0 };
      }
    }
  }
  return { km, covered: byLevel.outdoor, byLevel };
}
