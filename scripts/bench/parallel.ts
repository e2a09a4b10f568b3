/**
 * The coverage engine spread over worker threads: each thread owns a checkerboard share of the tiles,
 * computes its sums, and the coordinator adds them up. On the 2-core machine, 2 threads.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { resultsFromSums, type AreaMeta, type EngineSums } from '../../src/analysis/engine/engine.js';
import type { AreaResult, EngineArea, PopulationUnit } from '../../src/analysis/engine/types.js';
import type { Site } from '../../src/domain/telecom.js';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'shard-worker-boot.mjs');

export type ParallelEngine = {
  /**
   * Full recompute; resolves with the unit2025 results (all levels are in the sums). The same array as the last
   * call is recomputed from the sites each thread kept (warm, as the one-thread engine's second `setSites`).
   */
  setSites(sites: Site[]): Promise<AreaResult[]>;
  close(): Promise<void>;
};

export async function createParallelEngine(
  areas: EngineArea[],
  population: PopulationUnit[],
  threads: number,
): Promise<ParallelEngine> {
  const workers = Array.from(
    { length: threads },
    (_, index) => new Worker(WORKER, { workerData: { areas, population, shard: { index, count: threads } } }),
  );
  const next = (w: Worker) =>
    new Promise<{ type: string; meta?: AreaMeta[] | null; sums?: EngineSums }>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  const ready = await Promise.all(workers.map(next));
  const meta = ready[0]!.meta!;
  let sent: Site[] | null = null;
  return {
    async setSites(sites) {
      const replies = workers.map(next);
      // The same list again is not sent again: each thread recomputes the sites it keeps (their footprints cached).
      for (const w of workers) w.postMessage(sites === sent ? { type: 'recompute' } : { type: 'setSites', sites });
      sent = sites;
      const got = await Promise.all(replies);
      if (process.env.BENCH_DEBUG)
        console.error(
          'shard ms',
          got.map((r) => (r as { ms?: number }).ms?.toFixed(0)),
        );
      const parts = got.map((r) => r.sums!);
      const sums: EngineSums = {
        covered: parts[0]!.covered.map((_, i) => parts.reduce((s, p) => s + p.covered[i]!, 0)),
        pop: parts[0]!.pop.map((_, i) => parts.reduce((s, p) => s + p.pop[i]!, 0)),
        sites: parts[0]!.sites.map((_, i) => parts.reduce((s, p) => s + p.sites[i]!, 0)),
      };
      return resultsFromSums(meta, sums, 'unit2025');
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
