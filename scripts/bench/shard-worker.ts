/** A worker thread holding one shard of the coverage engine (see parallel.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { CoverageEngine } from '../../src/analysis/engine/engine.js';
import type { EngineArea, PopulationUnit } from '../../src/analysis/engine/types.js';
import type { Site } from '../../src/domain/telecom.js';

const { areas, population, shard } = workerData as {
  areas: EngineArea[];
  population: PopulationUnit[];
  shard: { index: number; count: number };
};
const engine = new CoverageEngine(areas, population, {}, { shard });
parentPort!.postMessage({ type: 'ready', meta: shard.index === 0 ? engine.areaMeta() : null });
// The sites last sent, kept as the app's worker keeps its sites: a recompute of the same list reuses their
// footprints (the engine caches them by site object), as the one-thread warm recompute does.
let kept: Site[] = [];
parentPort!.on('message', (m: { type: 'setSites'; sites: Site[] } | { type: 'recompute' }) => {
  const t0 = performance.now();
  if (m.type === 'setSites') kept = m.sites;
  engine.setSites(kept);
  const sums = engine.sums();
  parentPort!.postMessage({ type: 'sums', sums, ms: performance.now() - t0 }, [
    sums.covered.buffer as ArrayBuffer,
    sums.pop.buffer as ArrayBuffer,
    sums.sites.buffer as ArrayBuffer,
  ]);
});
