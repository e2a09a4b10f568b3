/**
 * The point lookup's inputs from a coverage engine (point-lookup.ts): the footprints of the sites it has placed,
 * exactly as the engine holds them, at every coverage level, and the imported coverage polygons that stand in for an
 * operator's modelled footprints. Through the engine's public `footprintsOf`, so nothing of the engine changes.
 */
import type { Feature, MultiPolygon, Point } from 'geojson';
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';
import type { Site, SpeedTestProps, Technology } from '../domain/telecom.js';
import type { ImportedCoverage } from './engine/engine-sites.js';
import { importedFootprint, type Footprint } from './engine/footprints.js';
import { pathsBox, PLANE_UNITS_PER_M } from './planar.js';
import { HANOI_LAEA } from './projection.js';
import { buildPointLookup, type PointLookup } from './point-lookup.js';

/** One footprint as an engine lists it: `[lng, lat]` polygons, the range in metres, the level when it says. */
export type ListedFootprint = { tech: Technology; rangeM: number; geometry: MultiPolygon; level?: CoverageLevel };

/** What the lookup reads of an engine (a `CoverageEngine` is one). */
export interface FootprintSource {
  /** A placed site's footprints (one per technology and level it reaches); null if not placed. */
  footprintsOf(id: string): ListedFootprint[] | null;
}

/**
 * The level of each listed footprint: its own when the engine says, else by its range within its technology,
 * the longest first in `COVERAGE_LEVELS` order (outdoor, then indoor), because the levels of one model are nested
 * (coverage-level.ts: an indoor footprint lies inside its outdoor one). Null for a footprint beyond the levels.
 */
export function levelsOf(listed: readonly ListedFootprint[]): (CoverageLevel | null)[] {
  return listed.map((f) => {
    if (f.level !== undefined) return f.level;
    const longer = listed.filter(
      (g) =>
        g !== f &&
        g.tech === f.tech &&
        (g.rangeM > f.rangeM || (g.rangeM === f.rangeM && listed.indexOf(g) < listed.indexOf(f))),
    ).length;
    return COVERAGE_LEVELS[longer] ?? null;
  });
}

/**
 * A footprint of the engine's own polygon: its vertices projected back to the plane and rounded (no union: the
 * engine's outline is one ring, and the lookup's winding test takes it as it is).
 */
function enginePolygon(site: Site, tech: Technology, level: CoverageLevel, geometry: MultiPolygon): Footprint {
  const paths = geometry.coordinates.map((rings) => {
    const ring = rings[0] ?? [];
    const path = [];
    // The last position repeats the first (GeoJSON): left out.
    for (let i = 0; i < ring.length - 1; i++) {
      const [x, y] = HANOI_LAEA.forward(ring[i]!);
      path.push({ x: Math.round(x * PLANE_UNITS_PER_M), y: Math.round(y * PLANE_UNITS_PER_M) });
    }
    return path;
  });
  return {
    siteId: site.id,
    operator: site.operator,
    tech,
    level,
    x: 0,
    y: 0,
    rangeM: 0,
    reach: Number.POSITIVE_INFINITY,
    inner: 0,
    outline: [],
    box: pathsBox(paths),
    omni: false,
    fixed: paths,
  };
}

/**
 * The engine's footprints of `sites` (those not placed are skipped), then one footprint per imported coverage
 * polygon (outdoor). A site's footprint is taken from the engine's own polygon (`footprintsOf`: its integer plane
 * vertices drawn to `[lng, lat]`, one ring per polygon), projected back and rounded to the plane unit, the very same
 * vertices (the projection's round trip errs by far less than a plane unit), whatever the model made of the site
 * (antenna patterns, environment, level); each labelled with its level. `made` keeps each site object's
 * footprints between calls (the time slider and the worker's warm-up place the same objects again): the caller
 * drops it when the engine or the imported coverage changes, which change a site's footprints.
 */
export function footprintsFromEngine(
  engine: FootprintSource,
  sites: readonly Site[],
  coverage: readonly ImportedCoverage[] = [],
  made: WeakMap<Site, Footprint[]> | null = null,
): Footprint[] {
  const out: Footprint[] = [];
  for (const site of sites) {
    const known = made?.get(site);
    if (known) {
      out.push(...known);
      continue;
    }
    const listed = engine.footprintsOf(site.id) ?? [];
    const levels = levelsOf(listed);
    const own: Footprint[] = [];
    listed.forEach(({ tech, geometry }, i) => {
      const level = levels[i];
      if (level) own.push(enginePolygon(site, tech, level, geometry));
    });
    // A site not placed has no footprints to keep: it may be placed later.
    if (listed.length > 0) made?.set(site, own);
    out.push(...own);
  }
  coverage.forEach((c, i) => {
    const f = importedFootprint(`import-${i}`, c.operator, c.tech, c.geometry);
    if (f) out.push(f);
  });
  return out;
}

/**
 * A point lookup over an engine's placed `sites` (base and plan, as of the date in use), its imported
 * `coverage` polygons, and the speed records (all of them: the lookup picks its twelve-month window).
 */
export function pointLookupFromEngine(
  engine: FootprintSource,
  sites: readonly Site[],
  speedTests: readonly Feature<Point, SpeedTestProps>[],
  coverage: readonly ImportedCoverage[] = [],
  made: WeakMap<Site, Footprint[]> | null = null,
): PointLookup {
  return buildPointLookup({ sites, footprints: footprintsFromEngine(engine, sites, coverage, made), speedTests });
}
