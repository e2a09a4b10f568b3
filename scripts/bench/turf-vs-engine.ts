/**
 * One measurement, not part of `npm run bench`: `tsx scripts/bench/turf-vs-engine.ts` (after `npm run data`).
 * Why the engine clips with clipper2-ts rather than Turf: on the real 126 units of 2025 and the sample's 5G
 * coverage (every operator, "any"), it times the same question — the covered share of each unit — three ways:
 *
 * - `turf`: Turf 7 `intersect` (polyclip-ts, floating point on `[lng, lat]` degrees) of each unit with the
 *   city's 5G coverage MultiPolygon, then `area` (sphere) of the part and of the unit;
 * - `clipper`: the same intersections with clipper2-ts, the engine's library, on the same polygons projected to
 *   the engine's plane (integer centimetres, Hà Nội equal-area), area from the plane (projection timed apart);
 * - `engine`: the engine's whole computation from the sites (footprints, per-tile unions, clipping, sums: both
 *   technologies, 4 operators + any, every unit), which also made the coverage the other two start from;
 *
 * and the union of the 5G footprints alone, Turf `union` against clipper2-ts `Clipper.union`. Times in ms, the best of
 * `RUNS` runs (Turf's: one run). Prints one JSON object, with the largest difference of the units' shares from the
 * engine's, percentage points. Takes about 5 minutes on a 2-core machine, nearly all of it in Turf.
 */
import path from 'node:path';
import { area as turfArea, feature, featureCollection, intersect, union } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import { loadRealInputs } from './load-real.js';
import { REPO_ROOT } from '../pipeline/options.js';
import { CoverageEngine } from '../../src/analysis/engine/engine.js';
import { intersectShapes, projectPolygon } from '../../src/analysis/planar.js';

/** Repeats of each timed step; the best is reported (the machine is shared). Turf's steps run once: each takes minutes. */
const RUNS = 3;

const best = <T>(f: () => T, runs = RUNS): { value: T; ms: number } => {
  let value!: T;
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { value, ms: Math.round(ms * 10) / 10 };
};

const inputs = await loadRealInputs(path.join(REPO_ROOT, 'public/data'));
const units = inputs.areas.filter((a) => a.level === 'unit2025');
const sites5g = inputs.sites.filter((s) => s.technologies.includes('5G'));

const engineRun = best(() => {
  const e = new CoverageEngine(units, []);
  e.setSites(inputs.sites);
  return e;
});
const engine = engineRun.value;
const coverage = engine.coverage('5G', 'any');
const enginePct = new Map(engine.results('unit2025').map((r) => [r.id, r.coverage['5G'].any.percent]));

const turf = best(
  () =>
    units.map((u) => {
      const inside = intersect(featureCollection([feature(u.geometry), feature(coverage)]));
      return { id: u.id, percent: inside === null ? 0 : (100 * turfArea(inside)) / turfArea(feature(u.geometry)) };
    }),
  1,
);

const projected = best(() => ({
  units: units.map((u) => projectPolygon(u.geometry)),
  cover: projectPolygon(coverage),
}));
const clipper = best(() =>
  projected.value.units.map((u, i) => ({
    id: units[i]!.id,
    percent: (100 * intersectShapes(u, projected.value.cover).areaM2) / u.areaM2,
  })),
);

// The union step alone: the 5G footprints the engine built, merged into one coverage.
const footprints = sites5g.flatMap((s) =>
  (engine.footprintsOf(s.id) ?? []).filter((f) => f.tech === '5G').map((f) => f.geometry),
);
const turfUnion = best(() => union(featureCollection(footprints.map((g) => feature<Polygon | MultiPolygon>(g)))), 1);
const footprintPaths = footprints.map((g) => projectPolygon(g).paths);
const clipperUnion = best(() => Clipper.union(footprintPaths.flat() as Paths64, FillRule.NonZero));

const diff = (rows: { id: string; percent: number }[]) =>
  Math.max(...rows.map((r) => Math.abs(r.percent - enginePct.get(r.id)!)));
const vertices = coverage.coordinates.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);

console.log(
  JSON.stringify(
    {
      units: units.length,
      sites: inputs.sites.length,
      sites5g: sites5g.length,
      coverage5gVertices: vertices,
      shareOfUnitsMs: { turf: turf.ms, clipper: clipper.ms, clipperProjection: projected.ms },
      engineFullComputeMs: engineRun.ms,
      union5gFootprintsMs: { turf: turfUnion.ms, clipper: clipperUnion.ms, footprints: footprints.length },
      maxDiffFromEnginePp: { turf: diff(turf.value), clipper: diff(clipper.value) },
      runs: { clipperAndEngine: RUNS, turf: 1 },
    },
    null,
    2,
  ),
);
