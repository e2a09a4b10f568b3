/**
 * The area index built when it must be (#15: ≤ 1 s for today's levels, or spread over worker threads):
 * `tsx scripts/bench/index-build.ts [--runs N]` builds the index of the shipped data's areas N times (default 5)
 * on one thread and on worker threads (index-threads.ts, at least one, started once beforehand), interleaved, then
 * once as the command line does it (`withStartMs`: threads started for the build and ended after it), and prints
 * one JSON line: each run's times, ms, their medians, the threads' start, and whether every index was the
 * one-thread index bit for bit.
 */
import path from 'node:path';
import { loadManifest } from '../../src/data/load-layers.js';
import { loadServiceInput } from '../../src/data/load-service-input.js';
import { buildAreaIndex, type AreaIndex } from '../../src/analysis/engine/area-index.js';
import { encodeAreaIndex } from '../../src/analysis/engine/index-codec.js';
import { createGrid } from '../../src/analysis/engine/tiles.js';
import { ENGINE_DEFAULTS } from '../../src/analysis/engine/types.js';
import { engineInputOf } from '../../src/analysis/engine-input.js';
import { folderDataSource } from '../analyse/shipped-data.js';
import { IndexThreads, buildIndexOnThreads, indexThreadCount } from '../analyse/index-threads.js';
import { REPO_ROOT } from '../pipeline/options.js';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Number(process.argv[at + 1]) : 5;
const source = folderDataSource(path.join(REPO_ROOT, 'public/data'));
const { input } = await loadServiceInput(source, await loadManifest(source));
const { areas, population } = engineInputOf(input);
const bytes = (index: AreaIndex) => Buffer.from(encodeAreaIndex(index, { tileM: ENGINE_DEFAULTS.tileM }));

let t = performance.now();
// At least one thread, so that a 2-core machine (where the app and the command line start none) shows why.
const count = Math.max(1, indexThreadCount());
const threads = new IndexThreads(count);
await threads.started;
const startMs = performance.now() - t;
const single: number[] = [];
const parallel: number[] = [];
let same = true;
for (let r = 0; r < runs; r++) {
  t = performance.now();
  const one = buildAreaIndex(areas, population, createGrid(ENGINE_DEFAULTS.tileM));
  single.push(performance.now() - t);
  t = performance.now();
  const many = await buildIndexOnThreads(input, threads);
  parallel.push(performance.now() - t);
  same &&= bytes(one).equals(bytes(many));
}
await threads.close();
t = performance.now();
const fresh = new IndexThreads(count);
await buildIndexOnThreads(input, fresh);
await fresh.close();
const withStartMs = performance.now() - t;
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const round = (v: number[]) => v.map((x) => Math.round(x));
console.log(
  JSON.stringify({
    areas: areas.length,
    threads: threads.runners.length + 1,
    startMs: Math.round(startMs),
    withStartMs: Math.round(withStartMs),
    singleMs: round(single),
    parallelMs: round(parallel),
    singleMedianMs: Math.round(median(single)),
    parallelMedianMs: Math.round(median(parallel)),
    same,
  }),
);
