/**
 * The point lookup's inputs from a coverage engine (point-lookup.ts): the footprints of the sites it has placed,
 * rebuilt exactly as the engine built them, and the imported coverage polygons that stand in for an operator's
 * modelled footprints. Through the engine's public `footprintsOf` and `params`, so nothing of the engine changes.
 */
import type { Feature, MultiPolygon, Point } from 'geojson';
import type { Site, SpeedTestProps, Technology } from '../domain/telecom.js';
import type { CoverageParams } from './coverage/model.js';
import type { ImportedCoverage } from './engine/engine-sites.js';
import { importedFootprint, siteFootprints, type Footprint } from './engine/footprints.js';
import { buildPointLookup, type PointLookup } from './point-lookup.js';

/** What the lookup reads of an engine (a `CoverageEngine` is one). */
export interface FootprintSource {
  /** The engine's coverage parameters (circle vertices, sector width). */
  readonly params: CoverageParams;
  /** A placed site's footprints (`[lng, lat]`, one per technology, with the range in metres); null if not placed. */
  footprintsOf(id: string): { tech: Technology; rangeM: number; geometry: MultiPolygon }[] | null;
}

/**
 * The engine's footprints of `sites` (those not placed are skipped), then one footprint per imported coverage
 * polygon. A site's footprint is rebuilt from its range with the engine's own outline (`siteFootprints` with the
 * range fixed), so it is the engine's to the plane unit; the environment class only matters for a modelled
 * range, and the range is given.
 */
export function footprintsFromEngine(
  engine: FootprintSource,
  sites: readonly Site[],
  coverage: readonly ImportedCoverage[] = [],
): Footprint[] {
  const out: Footprint[] = [];
  for (const site of sites) {
    for (const { tech, rangeM } of engine.footprintsOf(site.id) ?? []) {
      out.push(...siteFootprints({ ...site, technologies: [tech], rangeM }, 'urban', engine.params));
    }
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
): PointLookup {
  return buildPointLookup({ sites, footprints: footprintsFromEngine(engine, sites, coverage), speedTests });
}
