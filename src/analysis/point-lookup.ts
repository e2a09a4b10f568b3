/**
 * "Có 5G ở đây không?": what the analysis knows at one point `[lng, lat]`. Per technology and operator, whether
 * the point lies in the coverage union (in any footprint of that operator and technology: the union the engine
 * measures, before it is clipped to the city); the nearest sites, with geodesic distances (Karney, geodesy.ts);
 * and the speed records within a radius (default 500 m, geodesic, to the record's point: an Ookla tile's centre)
 * over the twelve months up to a date, averaged as the area figures are (`speedByAreaKeys`, targets.ts: weighted
 * by tests, means shown from `MIN_SPEED_TESTS` tests).
 *
 * Built once from explicit inputs (sites, footprints, speed records) into bucket grids of the equal-area plane
 * (point-grid.ts), then asked any number of points. Footprints are the engine's own (`Footprint`, integer plane
 * units), tested with the non-zero winding rule the engine's unions use, so a point is covered exactly where the
 * engine's union holds it (a point on an edge may fall either way). See point-lookup-engine.ts for building the
 * inputs from an engine.
 */
import type { Feature, Point, Position } from 'geojson';
import type { LngLat } from '../domain/geo.js';
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
import { OP_SETS, type OpSet } from './engine/types.js';
import { distanceM } from './geodesy.js';
import { PLANE_UNITS_PER_M } from './planar.js';
import { PlaneGrid } from './point-grid.js';
import { mergeSpeedFigures, speedByAreaKeys, type AreaKey, type SpeedFigure } from './targets.js';

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
  /** Whether the point lies in the coverage union, per technology and operator (`any`: some operator). */
  covered: Record<Technology, Record<OpSet, boolean>>;
  /** The nearest sites of any operator and technology, nearest first (ties by id). */
  nearest: NearestSite[];
  /** The nearest site of each operator with each technology; null when the operator has none with it. */
  nearestByOperator: Record<Technology, Record<Operator, NearestSite | null>>;
  speeds: PointSpeeds;
};

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

/** What the analysis knows at `lngLat` (`[lng, lat]` degrees); see the module comment. */
export function lookupPoint(
  index: PointLookup,
  lngLat: Readonly<LngLat>,
  options: Partial<PointLookupOptions> = {},
): PointLookupResult {
  const o = { ...POINT_LOOKUP_DEFAULTS, ...options };
  const point: LngLat = [lngLat[0], lngLat[1]];
  const [x, y] = planeOf({ lng: point[0], lat: point[1] });
  return {
    lngLat: point,
    covered: coverageAt(index, x, y),
    nearest: nearestSites(index.sites, point, x, y, o.nearest),
    nearestByOperator: perTech((tech) =>
      perOperator((op) => {
        const grid = index.sitesOf.get(`${op}|${tech}`);
        return grid ? (nearestSites(grid, point, x, y, 1)[0] ?? null) : null;
      }),
    ),
    speeds: speedsAround(index, point, x, y, o),
  };
}

const perTech = <T>(f: (tech: Technology) => T): Record<Technology, T> =>
  Object.fromEntries(TECHNOLOGIES.map((t) => [t, f(t)])) as Record<Technology, T>;
const perOperator = <T>(f: (op: Operator) => T): Record<Operator, T> =>
  Object.fromEntries(OPERATORS.map((op) => [op, f(op)])) as Record<Operator, T>;

/** Coverage at plane point (x, y), per technology and operator set. */
function coverageAt(index: PointLookup, x: number, y: number): Record<Technology, Record<OpSet, boolean>> {
  const covered = perTech(() => Object.fromEntries(OP_SETS.map((op) => [op, false])) as Record<OpSet, boolean>);
  for (const f of index.footprints.at(x, y)) {
    const byOp = covered[f.tech];
    if (byOp[f.operator] || !footprintContains(f, x, y)) continue;
    byOp[f.operator] = true;
    byOp.any = true;
  }
  return covered;
}

/** Whether a footprint holds plane point (x, y) by the non-zero winding rule. */
export function footprintContains(f: Footprint, x: number, y: number): boolean {
  if (x < f.box[0] || x > f.box[2] || y < f.box[1] || y > f.box[3]) return false;
  if (f.fixed !== null) {
    let winding = 0;
    for (const path of f.fixed) winding += windingNumber(path, x, y, 0, 0);
    return winding !== 0;
  }
  return windingNumber(f.outline, x, y, f.x, f.y) !== 0;
}

type Vertex = { x: number; y: number } | readonly [number, number];
const vx = (v: Vertex): number => ('x' in v ? v.x : v[0]);
const vy = (v: Vertex): number => ('y' in v ? v.y : v[1]);

/**
 * The winding number of a closed path (vertices offset by (ox, oy)) around (x, y): D. Sunday's crossing test,
 * "Inclusion of a Point in a Polygon" (2001). Integer plane units: every product stays below 2^53, so it is exact.
 */
function windingNumber(path: readonly Vertex[], x: number, y: number, ox: number, oy: number): number {
  let w = 0;
  const n = path.length;
  for (let i = 0; i < n; i++) {
    const a = path[i]!;
    const b = path[(i + 1) % n]!;
    const ax = vx(a) + ox,
      ay = vy(a) + oy,
      bx = vx(b) + ox,
      by = vy(b) + oy;
    const side = (bx - ax) * (y - ay) - (x - ax) * (by - ay);
    if (ay <= y) {
      if (by > y && side > 0) w++;
    } else if (by <= y && side < 0) w--;
  }
  return w;
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
function speedsAround(index: PointLookup, point: LngLat, x: number, y: number, o: PointLookupOptions): PointSpeeds {
  const until = o.asOf ?? index.newestSpeedDate;
  const span = until === null ? null : { after: yearBefore(until), until };
  // Search the plane box of the radius with room for the plane's scale error (see point-grid.ts).
  const reach = Math.ceil(o.speedRadiusM * 1.001 * PLANE_UNITS_PER_M) + PLANE_UNITS_PER_M;
  const near: SpeedRecord[] = [];
  if (span) {
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
