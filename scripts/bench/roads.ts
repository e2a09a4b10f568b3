/**
 * Coverage along roads: `tsx scripts/bench/roads.ts [--sites N]`. Builds the app's `CoverageService` on the
 * generated data with the sample's sites (public/data's 12,500, made by the fixed-seed generator; or N generated
 * with the same seed), then measures the staged OSM roads (`roads` layer) per area, class, technology and operator
 * as `npm run analyse` does for `roads.csv`. Prints one JSON line: the time to cut the covered part of the city per
 * tile in the plane for the 20 technology × operator set × level combinations (`coveredTilesMs`), to measure the
 * roads (`roadsMs`), their sum, and the city's figures as a check; with the CPU time of each step (all threads, so
 * GC included), steadier than the wall time on a busy machine. `roundTripMs`: what measuring against the tiles as
 * drawn for the map (`[lng, lat]`, projected back) cost on top, as roads were measured before 2026-12-07.
 */
import path from 'node:path';
import { projectPolygon, shapeToMultiPolygon, type PlanarShape } from '../../src/analysis/planar.js';
import { CoverageService } from '../../src/analysis/coverage-service.js';
import { OP_SETS, type OpSet } from '../../src/analysis/engine/types.js';
import { ROAD_CLASSES, roadCoverage } from '../../src/analysis/roads.js';
import { loadLayer } from '../../src/data/load-layers.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../src/domain/coverage-level.js';
import { TECHNOLOGIES, type Technology } from '../../src/domain/telecom.js';
import { folderDataSource, loadShippedData } from '../analyse/shipped-data.js';
import { parseOptions, REPO_ROOT } from '../pipeline/options.js';
import { generateSample } from '../sample/generate.js';
import { loadSampleInput } from '../sample/load-input.js';

const argv = process.argv.slice(2);
const n = argv.includes('--sites') ? Number(argv[argv.indexOf('--sites') + 1]) : null;
const dir = path.join(REPO_ROOT, 'public/data');

const data = await loadShippedData(dir);
const roads = await loadLayer(folderDataSource(dir), data.manifest, 'roads');
const service = new CoverageService();
service.init(data.input);
if (n !== null) {
  const opts = parseOptions([]);
  service.setBaseSites(generateSample(loadSampleInput(opts.dataDir), { seed: opts.seed, sites: n }).sites);
}

// Wall time on a busy machine says little: the process's CPU time is printed beside it.
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const c0 = process.cpuUsage();
const t0 = performance.now();
const covered = new Map<string, PlanarShape[]>();
const engine = service.requireEngine();
for (const level of COVERAGE_LEVELS)
  for (const tech of TECHNOLOGIES)
    for (const op of OP_SETS) covered.set(`${tech}|${op}|${level}`, engine.coveredShapesByTile(tech, op, level));
const coveredTilesMs = performance.now() - t0;
const coveredTilesCpuMs = cpuMs(c0);

const c1 = process.cpuUsage();
const t1 = performance.now();
const r = roadCoverage(roads.features, data.input, (tech: Technology, op: OpSet, level: CoverageLevel) =>
  covered.get(`${tech}|${op}|${level}`)!,
);
const roadsMs = performance.now() - t1;
const roadsCpuMs = cpuMs(c1);

// Before 2026-12-07 roads were measured against the tiles as drawn for the map (`[lng, lat]`) and projected back:
// that round trip, timed on its own for comparison.
const c2 = process.cpuUsage();
const t2 = performance.now();
for (const shapes of covered.values()) for (const s of shapes) projectPolygon(shapeToMultiPolygon(s));
const roundTripMs = performance.now() - t2;
const roundTripCpuMs = cpuMs(c2);

const cityKm = ROAD_CLASSES.reduce((s, c) => s + r.city[c].km, 0);
const cityCovered = (tech: Technology) => ROAD_CLASSES.reduce((s, c) => s + r.city[c].covered[tech].any.km, 0);
console.log(
  JSON.stringify({
    sites: service.sites.length,
    roads: roads.features.length,
    totalKm: Math.round(r.totalKm * 10) / 10,
    cityKm: Math.round(cityKm * 10) / 10,
    city4gAnyPct: Math.round((10000 * cityCovered('4G')) / cityKm) / 100,
    city5gAnyPct: Math.round((10000 * cityCovered('5G')) / cityKm) / 100,
    areaRows: r.areas.length,
    coveredTilesMs: Math.round(coveredTilesMs),
    roadsMs: Math.round(roadsMs),
    totalMs: Math.round(coveredTilesMs + roadsMs),
    coveredTilesCpuMs: Math.round(coveredTilesCpuMs),
    roadsCpuMs: Math.round(roadsCpuMs),
    roundTripMs: Math.round(roundTripMs),
    roundTripCpuMs: Math.round(roundTripCpuMs),
  }),
);
