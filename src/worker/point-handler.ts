/**
 * The worker's answer to "Có 5G ở đây không?" (point-lookup.ts): what the analysis in use knows at a point
 * `[lng, lat]`, per technology, coverage level and operator, the nearest sites, the speed records within 500 m
 * over the twelve months up to the map's date, and the areas holding the point.
 *
 * The lookup of the base sites (the engine's footprints of the sites in use as of the date, the imported coverage
 * polygons, every speed record) is built on the first question and kept until the base sites, the date or the
 * imports change (the service's site list is then a new array); each site's footprints are kept longer, by site
 * object, so that a lookup for another date (or the same date again, after the worker's warm-up visited others)
 * costs the grids only; the plan's candidate sites, few and edited
 * often, get a small lookup of their own per question, asked together with it.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { CoverageEngine } from '../analysis/engine/engine.js';
import type { ImportedCoverage } from '../analysis/engine/engine-sites.js';
import type { Footprint } from '../analysis/engine/footprints.js';
import type { EngineLevel } from '../analysis/engine/types.js';
import { lookupPoint, type PointLookup, type PointLookupResult } from '../analysis/point-lookup.js';
import { pointLookupFromEngine } from '../analysis/point-lookup-engine.js';
import { HANOI_BBOX, type LngLat } from '../domain/geo.js';
import type { Site, SpeedTestProps } from '../domain/telecom.js';

/** What the worker answers at a point: the lookup, the areas holding the point, and the times it took. */
export type PointAnswer = PointLookupResult & {
  /** The areas of every level holding the point (none outside the city). */
  areas: { level: Exclude<EngineLevel, 'city'>; id: string }[];
  /** The map's date the answer is for (ISO `YYYY-MM-DD`), or null for all the data. */
  asOf: string | null;
  /** Whether any site in use is sample data. */
  sample: boolean;
  /** Time to build the base lookup for this question (0 when it was kept), and to answer, ms. */
  buildMs: number;
  lookupMs: number;
};

/** What the handler reads of the coverage service (a `CoverageService` is one). */
export interface PointService {
  /** The base sites in use as of the date (a new array whenever they change). */
  readonly sites: readonly Site[];
  requireEngine(): CoverageEngine;
}

/** The layers besides the sites: the imported coverage polygons and every speed record, any date. */
export type PointLayers = {
  coverage: readonly ImportedCoverage[];
  speedTests: FeatureCollection<Point, SpeedTestProps> | readonly Feature<Point, SpeedTestProps>[];
};

/** The point's error, in both languages (the worker's reply carries `vi`). */
export class PointOutsideError extends Error {
  readonly vi: string;
  constructor(lngLat: readonly unknown[]) {
    const [lng, lat] = lngLat;
    super(
      `the point (longitude ${String(lng)}, latitude ${String(lat)}) is not in Hà Nội's box ${HANOI_BBOX.join(', ')}`,
    );
    const vi = (v: unknown) => (typeof v === 'number' ? String(v).replace('.', ',').replace('-', '−') : String(v));
    this.vi = `điểm (kinh độ ${vi(lng)}, vĩ độ ${vi(lat)}) không nằm trong khung của Hà Nội ${HANOI_BBOX.map(vi).join('; ')}`;
    this.name = 'PointOutsideError';
  }
}

/** What the imported coverage replaces: operator and technology of each polygon, and its number of parts. */
function coverageKey(coverage: readonly ImportedCoverage[]): string {
  return coverage.map((c) => `${c.operator}|${c.tech}|${c.geometry.coordinates.length}`).join(',');
}

/** True for a `[lng, lat]` of finite degrees inside `HANOI_BBOX`. */
function inHanoi(p: readonly unknown[]): p is LngLat {
  const [lng, lat] = p;
  const [w, s, e, n] = HANOI_BBOX;
  return typeof lng === 'number' && typeof lat === 'number' && lng >= w && lng <= e && lat >= s && lat <= n;
}

/**
 * The `point` handler: `layers` waits for the first analysis (and a running suggestion) and gives the layers in
 * use. Throws `PointOutsideError` for a point outside Hà Nội's box.
 */
export function pointHandler(
  service: PointService,
  layers: () => Promise<PointLayers>,
): (ctx: unknown, lngLat: LngLat, asOf: string | null, plan: Site[]) => Promise<PointAnswer> {
  let kept: { sites: readonly Site[]; engine: CoverageEngine; coverage: string; lookup: PointLookup } | null = null;
  // Each site object's footprints, kept while the engine and the imported coverage stay (see footprintsFromEngine).
  let made = new WeakMap<Site, Footprint[]>();
  return async (_ctx, lngLat, asOf, plan) => {
    if (!Array.isArray(lngLat) || !inHanoi(lngLat)) throw new PointOutsideError(Array.isArray(lngLat) ? lngLat : []);
    const { coverage, speedTests } = await layers();
    const engine = service.requireEngine();
    const t0 = performance.now();
    const imports = coverageKey(coverage);
    if (!kept || kept.sites !== service.sites || kept.engine !== engine || kept.coverage !== imports) {
      if (kept && (kept.engine !== engine || kept.coverage !== imports)) made = new WeakMap();
      const records = 'features' in speedTests ? speedTests.features : speedTests;
      const lookup = pointLookupFromEngine(engine, service.sites, records, coverage, made);
      kept = { sites: service.sites, engine, coverage: imports, lookup };
    }
    const t1 = performance.now();
    // The plan's sites the engine has placed (an edit still on its way is left out until it lands).
    const placed = plan.filter((s) => engine.footprintsOf(s.id) !== null);
    const lookups = placed.length > 0 ? [kept.lookup, pointLookupFromEngine(engine, placed, [])] : [kept.lookup];
    const result = lookupPoint(lookups, lngLat, { asOf });
    return {
      ...result,
      areas: engine.locate(lngLat[0], lngLat[1]),
      asOf,
      sample: service.sites.some((s) => s.sample),
      buildMs: t1 - t0,
      lookupMs: performance.now() - t1,
    };
  };
}
