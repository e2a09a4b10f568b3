/**
 * "Có 5G ở đây không?": what the analysis knows at one point `[lng, lat]`. Per technology, coverage level
 * (outdoor, indoor: coverage-level.ts) and operator, whether the point lies in the coverage union (in any footprint
 * of that operator, technology and level: the union the engine measures, before it is clipped to the city); the
 * nearest sites, with geodesic distances (Karney, geodesy.ts);
 * and the speed records within a radius (default 500 m, geodesic, to the record's point: an Ookla tile's centre)
 * over the twelve months up to a date, averaged as the area figures are (`speedByAreaKeys`, targets.ts: weighted
 * by tests, means shown from `MIN_SPEED_TESTS` tests).
 *
 * Built once from explicit inputs (sites, footprints, speed records) into bucket grids of the equal-area plane
 * (point-grid.ts), then asked any number of points; several lookups can be asked as one (the shipped sites' and a
 * plan's, built per question). Footprints are the engine's own (`Footprint`, integer plane
 * units), tested with the non-zero winding rule the engine's unions use, so a point is covered exactly where the
 * engine's union holds it (a point on an edge may fall either way). See point-lookup-engine.ts for building the
 * inputs from an engine.
 */
import type { Feature, Point, Position } from 'geojson';
import type { LngLat } from '../domain/geo.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';
import {
  OPERATORS,
  TECHNOLOGIES,
  type Operator,
  type Site,
  type SpeedTestProps,
  type Technology,
} from '../domain/telecom.js';
import { yearBefore } from './as-of.js';
import { planeOf } from './engine/engine-locate.js';
import type { Footprint } from './engine/footprints.js';
import { footprintContains } from './point-lookup-contains.js';
import { OP_SETS, type OpSet } from './engine/types.js';
import { distanceM } from './geodesy.js';
import { PLANE_UNITS_PER_M } from './planar.js';
import { PlaneGrid } from './point-grid.js';
import { mergeSpeedFigures, speedByAreaKeys, type AreaKey, type SpeedFigure } from './targets.js';

export { footprintContains };

/** What a point lookup is built from. */
export type PointLookupInput = {
  /** The sites in use (base and plan, as of the date in use: a site before its 5G lists 4G only). */
  sites: readonly Site[];
  /** The footprints of those sites and any imported coverage polygons, as the engine holds them. */
  footprints: readonly Footprint[];
  /** Speed records, any date (the lookup picks its window). */
  speedTests: readonly Feature<Point, SpeedTestProps>[];
};

/** The tunables of one lookup, with defaults. */
export type PointLookupOptions = {
  /** How many nearest sites to list. @default 3 */
  nearest: number;
  /** Radius of the speed records counted, metres (geodesic, inclusive). @default 500 */
  speedRadiusM: number;
  /**
   * The day the twelve-month speed window ends on (ISO `YYYY-MM-DD`, included; it starts after the same day a
   * year before, as `speedTestsAsOf`). Null: the window ends on the newest record's day. @default null
   */
  asOf: string | null;
};

/** Default options of `lookupPoint`. */
export const POINT_LOOKUP_DEFAULTS: Readonly<PointLookupOptions> = { nearest: 3, speedRadiusM: 500, asOf: null };

/** A site near the point. */
export type NearestSite = {
  id: string;
  operator: Operator;
  technologies: Technology[];
  /** The site's position, `[lng, lat]` degrees. */
  lngLat: LngLat;
  /** Geodesic distance from the point, metres. */
  distanceM: number;
  /** Generated sample site (true) or imported (false). */
  sample: boolean;
};

/** The speed records around the point. */
export type PointSpeeds = {
  /** The radius used, metres. */
  radiusM: number;
  /** Records dated after `after` up to and including `until` (ISO dates); null when there is no record at all. */
  window: { after: string; until: string } | null;
  /** All records of each technology, whatever their operator (Ookla tiles name none). */
  any: Record<Technology, SpeedFigure>;
  /** The records that name an operator, per operator and technology. */
  byOperator: Record<Operator, Record<Technology, SpeedFigure>>;
};

/** What the analysis knows at one point. */
export type PointLookupResult = {
  /** The point asked, `[lng, lat]` degrees. */
  lngLat: LngLat;
  /**
   * Whether the point lies in the coverage union, per technology, coverage level and operator (`any`: some
   * operator). Imported coverage polygons without a level count as outdoor.
   */
  covered: PointCoverage;
  /** The nearest sites of any operator and technology, nearest first (ties by id). */
  nearest: NearestSite[];
  /** The nearest site of each operator with each technology; null when the operator has none with it. */
  nearestByOperator: Record<Technology, Record<Operator, NearestSite | null>>;
  speeds: PointSpeeds;
};

/** Coverage at a point per technology, level and operator set. */
export type PointCoverage = Record<Technology, Record<CoverageLevel, Record<OpSet, boolean>>>;

type SpeedRecord = Feature<Point, SpeedTestProps>;

/** A point lookup's index: build once with `buildPointLookup`, ask with `lookupPoint`. */
export type PointLookup = {
  readonly footprints: PlaneGrid<Footprint>;
  /** Every site, then the sites of each `${operator}|${tech}`. */
  readonly sites: PlaneGrid<Site>;
  readonly sitesOf: ReadonlyMap<string, PlaneGrid<Site>>;
  readonly speeds: PlaneGrid<SpeedRecord>;
  /** The newest record's day (ISO), or null without records. */
  readonly newestSpeedDate: string | null;
};

/**
 * Cell sides, metres: footprints reach up to 15 km (the model's clamp), sites stand 0.1–5 km apart, speed records
 * are asked within 500 m.
 */
const FOOTPRINT_CELL_M = 2000;
const SITE_CELL_M = 1000;
const SPEED_CELL_M = 500;

/** Files the inputs in their grids. The inputs are read, never changed; keep them unchanged while the index is used. */
export function buildPointLookup(input: PointLookupInput): PointLookup {
  const footprints = new PlaneGrid<Footprint>(FOOTPRINT_CELL_M);
  for (const f of input.footprints) footprints.addBox(f.box, f);
  const sites = new PlaneGrid<Site>(SITE_CELL_M);
  const sitesOf = new Map<string, PlaneGrid<Site>>();
  for (const s of input.sites) {
    const [x, y] = planeOf(s);
    sites.addPoint(x, y, s);
    for (const tech of new Set(s.technologies)) {
      const key = `${s.operator}|${tech}`;
      const grid = sitesOf.get(key) ?? sitesOf.set(key, new PlaneGrid<Site>(SITE_CELL_M)).get(key)!;
      grid.addPoint(x, y, s);
    }
  }
  const speeds = new PlaneGrid<SpeedRecord>(SPEED_CELL_M);
  let newestSpeedDate: string | null = null;
  for (const t of input.speedTests) {
    const [lng, lat] = t.geometry.coordinates as Position;
    const [x, y] = planeOf({ lng: lng!, lat: lat! });
    speeds.addPoint(x, y, t);
    if (newestSpeedDate === null || t.properties.date > newestSpeedDate) newestSpeedDate = t.properties.date;
  }
  return { footprints, sites, sitesOf, speeds, newestSpeedDate };
}

/**
 * What the analysis knows at `lngLat` (`[lng, lat]` degrees); see the module comment. Several lookups answer as
 * one: covered where any of them covers, the nearest sites of all of them, the speed records of all of them.
 */
export function lookupPoint(
  lookups: PointLookup | readonly PointLookup[],
  lngLat: Readonly<LngLat>,
  options: Partial<PointLookupOptions> = {},
): PointLookupResult {
  const indexes: readonly PointLookup[] = Array.isArray(lookups) ? lookups : [lookups as PointLookup];
  const o = { ...POINT_LOOKUP_DEFAULTS, ...options };
  const point: LngLat = [lngLat[0], lngLat[1]];
  const [x, y] = planeOf({ lng: point[0], lat: point[1] });
  const nearestOf = (grids: (PlaneGrid<Site> | undefined)[], k: number) =>
    grids
      .flatMap((g) => (g ? nearestSites(g, point, x, y, k) : []))
      .sort(byDistance)
      .slice(0, k);
  return {
    lngLat: point,
    covered: coverageAt(indexes, x, y),
    nearest: nearestOf(
      indexes.map((i) => i.sites),
      o.nearest,
    ),
    nearestByOperator: perTech((tech) =>
      perOperator(
        (op) =>
          nearestOf(
            indexes.map((i) => i.sitesOf.get(`${op}|${tech}`)),
            1,
          )[0] ?? null,
      ),
    ),
    speeds: speedsAround(indexes, point, x, y, o),
  };
}

/** Nearest first, ties by id (code-point order). */
const byDistance = (a: NearestSite, b: NearestSite): number =>
  a.distanceM - b.distanceM || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const perTech = <T>(f: (tech: Technology) => T): Record<Technology, T> =>
  Object.fromEntries(TECHNOLOGIES.map((t) => [t, f(t)])) as Record<Technology, T>;
const perOperator = <T>(f: (op: Operator) => T): Record<Operator, T> =>
  Object.fromEntries(OPERATORS.map((op) => [op, f(op)])) as Record<Operator, T>;

/** Coverage at plane point (x, y), per technology, level and operator set. */
function coverageAt(indexes: readonly PointLookup[], x: number, y: number): PointCoverage {
  const none = () => Object.fromEntries(OP_SETS.map((op) => [op, false])) as Record<OpSet, boolean>;
  const covered = perTech(
    () => Object.fromEntries(COVERAGE_LEVELS.map((l) => [l, none()])) as Record<CoverageLevel, Record<OpSet, boolean>>,
  );
  for (const index of indexes)
    for (const f of index.footprints.at(x, y)) {
      const byOp = covered[f.tech][f.level];
      if (byOp[f.operator] || !footprintContains(f, x, y)) continue;
      byOp[f.operator] = true;
      byOp.any = true;
    }
  return covered;
}

/** The k sites of a grid nearest to the point, nearest first, ties by id. */
function nearestSites(grid: PlaneGrid<Site>, point: LngLat, x: number, y: number, k: number): NearestSite[] {
  return grid
    .nearest(
      x,
      y,
      k,
      (s) => distanceM(point, [s.lng, s.lat]),
      (s) => s.id,
    )
    .map(({ item: s, distanceM: d }) => ({
      id: s.id,
      operator: s.operator,
      technologies: [...s.technologies],
      lngLat: [s.lng, s.lat],
      distanceM: d,
      sample: s.sample,
    }));
}

/** The speed records within the radius and the window, averaged per technology, and per operator. */
function speedsAround(
  indexes: readonly PointLookup[],
  point: LngLat,
  x: number,
  y: number,
  o: PointLookupOptions,
): PointSpeeds {
  let newest: string | null = null;
  for (const i of indexes)
    if (i.newestSpeedDate !== null && (newest === null || i.newestSpeedDate > newest)) newest = i.newestSpeedDate;
  const until = o.asOf ?? newest;
  const span = until === null ? null : { after: yearBefore(until), until };
  // Search the plane box of the radius with room for the plane's scale error (see point-grid.ts).
  const reach = Math.ceil(o.speedRadiusM * 1.001 * PLANE_UNITS_PER_M) + PLANE_UNITS_PER_M;
  const near: SpeedRecord[] = [];
  if (span) {
    for (const index of indexes)
      index.speeds.forEachInBox([x - reach, y - reach, x + reach, y + reach], (t) => {
        const d = t.properties.date;
        if (d <= span.after || d > span.until) return;
        const [lng, lat] = t.geometry.coordinates as Position;
        if (distanceM(point, [lng!, lat!]) <= o.speedRadiusM) near.push(t);
      });
  }
  // The point's groups go through the area averaging as keys of their own, so that the weights, the minimum
  // number of tests and the windows are exactly those of the area figures.
  const key = (group: OpSet): AreaKey => `zone|point:${group}`;
  const figures = speedByAreaKeys(near, (t) =>
    t.properties.operator === null ? [key('any')] : [key('any'), key(t.properties.operator)],
  );
  // A group without records: the figure of no records (count 0, means and window null).
  const none = () => perTech((tech) => mergeSpeedFigures([], tech));
  return {
    radiusM: o.speedRadiusM,
    window: span,
    any: figures.get(key('any')) ?? none(),
    byOperator: perOperator((op) => figures.get(key(op)) ?? none()),
  };
}
