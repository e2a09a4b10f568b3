/**
 * One benchmark run at one size, in its own process so that its peak memory is its own:
 * `tsx scripts/bench/engine-size.ts --sites N [--stored] [--naive] [--postgis]`. Prints one JSON line. With
 * `--stored` the engine starts on the data build's stored area index (`indexMs`: reading, decoding and checking
 * it), as the app and the command line do on the shipped boundaries; else it builds the index.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadRealInputs } from './load-real.js';
import { loadSampleInput } from '../sample/load-input.js';
import { generateSample } from '../sample/generate.js';
import { CoverageEngine } from '../../src/analysis/engine/engine.js';
import { decodeAreaIndex } from '../../src/analysis/engine/index-codec.js';
import { coverageValue } from '../../src/analysis/coverage-value.js';
import { naiveCoverage } from './naive.js';
import { createParallelEngine } from './parallel.js';
import { parseOptions, REPO_ROOT } from '../pipeline/options.js';

const argv = process.argv.slice(2);
const n = Number(argv[argv.indexOf('--sites') + 1]);
const opts = parseOptions([]);

const peakRssMb = () => {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 1e6;
};
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

const inputs = await loadRealInputs(path.join(REPO_ROOT, 'public/data'));
const sites = generateSample(loadSampleInput(opts.dataDir), { seed: opts.seed, sites: n }).sites;
const STORED_INDEX = path.join(REPO_ROOT, 'public/data/analysis/area-index.bin');
const [engine, indexMs] = time(() =>
  argv.includes('--stored')
    ? new CoverageEngine(
        inputs.areas,
        inputs.population,
        {},
        {},
        decodeAreaIndex(fs.readFileSync(STORED_INDEX), STORED_INDEX).index,
      )
    : new CoverageEngine(inputs.areas, inputs.population),
);
const [, fullColdMs] = time(() => engine.setSites(sites));
const [, fullMs] = time(() => engine.setSites(sites));

// Incremental: move 60 sites by ~200 m, one at a time, and measure each update.
const moves: number[] = [];
for (let i = 0; i < 60; i++) {
  const s = sites[(i * 7919) % sites.length]!;
  const moved = { ...s, lng: s.lng + 0.002, lat: s.lat - 0.001 };
  moves.push(time(() => engine.upsertSite(moved))[1]);
  engine.upsertSite(s);
}
moves.sort((a, b) => a - b);
const city = engine.results('city')[0]!;

// The same full recompute on 2 worker threads (checkerboard shards of the tiles), sums added up. Its
// three engines (main + 2 shards) would dominate peak memory, so `--parallel` is a run of its own.
let parallelMs: number | null = null;
let parallelMaxDiffPp: number | null = null;
if (argv.includes('--parallel')) {
  const parallel = await createParallelEngine(inputs.areas, inputs.population, 2);
  await parallel.setSites(sites);
  const t0 = performance.now();
  const parUnits = await parallel.setSites(sites);
  parallelMs = performance.now() - t0;
  await parallel.close();
  const seqUnits = engine.results('unit2025');
  parallelMaxDiffPp = Math.max(
    ...parUnits.map((r, i) => Math.abs(r.coverage['5G'].any.percent - seqUnits[i]!.coverage['5G'].any.percent)),
  );
}
const out: Record<string, unknown> = {
  sites: n,
  sites5g: sites.filter((s) => s.technologies.includes('5G')).length,
  indexMs,
  fullColdMs,
  fullMs,
  parallelMs,
  parallelMaxDiffPp,
  moveMedianMs: moves[30],
  moveP95Ms: moves[Math.floor(moves.length * 0.95)],
  moveMaxMs: moves[moves.length - 1],
  city4gAnyPct: coverageValue(city, '4G', 'any', 'area'),
  city5gAnyPct: coverageValue(city, '5G', 'any', 'area'),
  city5gAnyPopPct: coverageValue(city, '5G', 'any', 'population'),
};
if (argv.includes('--naive')) out.naiveMs = naiveCoverage(engine.exportGeometry()).ms;
if (argv.includes('--postgis')) {
  const mod = await import('./postgis.js').catch(() => null);
  const run = mod ? await mod.postgisCoverage(engine.exportGeometry()) : null;
  out.postgisMs = run ? run.computeMs : null;
}
out.peakRssMb = peakRssMb();
console.log(JSON.stringify(out));
