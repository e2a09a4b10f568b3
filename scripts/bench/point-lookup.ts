/**
 * The point lookup ("Có 5G ở đây không?", src/analysis/point-lookup.ts): `tsx scripts/bench/point-lookup.ts
 * [--sites N] [--shipped]`. Places N sample sites (default 12,500; the seeded generator, as the other benchmarks)
 * or, with `--shipped`, the sample sites and speed tests of public/data, in the engine of the real areas; builds the
 * lookup from the engine; then asks 1,000 seeded random points inside the city (after 100 to warm up) and times
 * each. Checks the grid's answers against every footprint, at every coverage level, for 200 of the points. Prints a summary and one JSON
 * line; exits 1 when an answer differs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, Point } from 'geojson';
import { loadRealInputs } from './load-real.js';
import { loadSampleInput } from '../sample/load-input.js';
import { generateSample } from '../sample/generate.js';
import { createRng } from '../sample/random.js';
import { folderDataSource } from '../analyse/shipped-data.js';
import { CoverageEngine } from '../../src/analysis/engine/engine.js';
import { planeOf } from '../../src/analysis/engine/engine-locate.js';
import { buildPointLookup, footprintContains, lookupPoint } from '../../src/analysis/point-lookup.js';
import { footprintsFromEngine } from '../../src/analysis/point-lookup-engine.js';
import { loadLayer, loadManifest } from '../../src/data/load-layers.js';
import { HANOI_BBOX, type LngLat } from '../../src/domain/geo.js';
import { COVERAGE_LEVELS } from '../../src/domain/coverage-level.js';
import type { Site, SpeedTestProps } from '../../src/domain/telecom.js';
import { parseOptions, REPO_ROOT } from '../pipeline/options.js';

const argv = process.argv.slice(2);
const shipped = argv.includes('--shipped');
const n = argv.includes('--sites') ? Number(argv[argv.indexOf('--sites') + 1]) : 12_500;
const POINTS = 1000;
const WARM_UP = 100;
const CHECKED = 200;
const opts = parseOptions([]);
const dataDir = path.join(REPO_ROOT, 'public/data');
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};
const peakRssMb = () => {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 1e6;
};

const inputs = await loadRealInputs(dataDir);
let sites: Site[];
let speedTests: Feature<Point, SpeedTestProps>[];
if (shipped) {
  const source = folderDataSource(dataDir);
  const layer = await loadLayer(source, await loadManifest(source), 'speed-tests');
  sites = inputs.sites;
  speedTests = layer.features as Feature<Point, SpeedTestProps>[];
} else {
  const sample = generateSample(loadSampleInput(opts.dataDir), { seed: opts.seed, sites: n });
  sites = sample.sites;
  speedTests = sample.speedTests;
}
const engine = new CoverageEngine(inputs.areas, inputs.population);
const [, placeMs] = time(() => engine.setSites(sites));
const [footprints, footprintsMs] = time(() => footprintsFromEngine(engine, sites));
const [lookup, indexMs] = time(() => buildPointLookup({ sites, footprints, speedTests }));

// Points uniform over the city's box, kept when inside a 2025 unit (the city).
const rng = createRng(`point-lookup-${opts.seed}`);
const points: LngLat[] = [];
const [minLng, minLat, maxLng, maxLat] = HANOI_BBOX;
while (points.length < WARM_UP + POINTS) {
  const p: LngLat = [rng.uniform(minLng, maxLng), rng.uniform(minLat, maxLat)];
  if (engine.locate(...p).some((a) => a.level === 'unit2025')) points.push(p);
}

for (const p of points.slice(0, WARM_UP)) lookupPoint(lookup, p);
const times: number[] = [];
let covered4g = 0;
let covered5g = 0;
let withSpeeds = 0;
for (const p of points.slice(WARM_UP)) {
  const [r, ms] = time(() => lookupPoint(lookup, p));
  times.push(ms);
  if (r.covered['4G'].outdoor.any) covered4g++;
  if (r.covered['5G'].outdoor.any) covered5g++;
  if (r.speeds.any['4G'].count + r.speeds.any['5G'].count > 0) withSpeeds++;
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;

// The grid's answers against a scan of every footprint.
let mismatches = 0;
for (const p of points.slice(WARM_UP, WARM_UP + CHECKED)) {
  const r = lookupPoint(lookup, p);
  const [x, y] = planeOf({ lng: p[0], lat: p[1] });
  for (const tech of ['4G', '5G'] as const)
    for (const level of COVERAGE_LEVELS) {
      const scan = footprints.some((f) => f.tech === tech && f.level === level && footprintContains(f, x, y));
      if (scan !== r.covered[tech][level].any) mismatches++;
    }
}

const out = {
  sites: sites.length,
  source: shipped ? 'public/data' : `generated (seed ${opts.seed})`,
  footprints: footprints.length,
  speedTests: speedTests.length,
  placeMs: Math.round(placeMs),
  footprintsMs: Math.round(footprintsMs),
  indexMs: Math.round(indexMs),
  points: POINTS,
  medianMs: at(0.5),
  p95Ms: at(0.95),
  maxMs: times[times.length - 1]!,
  covered4gShare: covered4g / POINTS,
  covered5gShare: covered5g / POINTS,
  withSpeedsShare: withSpeeds / POINTS,
  checkedPoints: CHECKED,
  mismatches,
  peakRssMb: Math.round(peakRssMb()),
};
const f = (v: number, d = 2) => v.toFixed(d);
console.log(
  `Point lookup at ${out.sites} sites (${out.source}), ${out.footprints} footprints, ${out.speedTests} speed records:`,
);
console.log(
  `  build: footprints from the engine ${out.footprintsMs} ms, grids ${out.indexMs} ms (engine placement ${out.placeMs} ms)`,
);
console.log(
  `  ${POINTS} random points in the city: median ${f(out.medianMs, 3)} ms, p95 ${f(out.p95Ms, 3)} ms, max ${f(out.maxMs, 3)} ms (target < 50 ms)`,
);
console.log(
  `  covered: 4G ${f(100 * out.covered4gShare, 1)} %, 5G ${f(100 * out.covered5gShare, 1)} % of the points; speed records within 500 m at ${f(100 * out.withSpeedsShare, 1)} %`,
);
console.log(`  grid vs scan of every footprint at ${CHECKED} points: ${mismatches} differences`);
console.log(JSON.stringify(out));
if (mismatches > 0) process.exit(1);
