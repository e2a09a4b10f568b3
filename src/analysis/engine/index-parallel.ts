/**
 * The area index built on several threads (#15: when it must be built, new boundaries or no stored index). Each
 * thread cuts a checkerboard share of the tiles (area-cuts.ts; the shares of `tileOwner`, as the sharded engine's),
 * this thread the first share, and `mergeIndexParts` puts the parts together into the index one thread builds,
 * bit for bit. Where a thread fails (it could not start, it crashed), its share is cut here instead: slower, the
 * same index.
 */
import { projectPolygon } from '../planar.js';
import { mergeIndexParts, type AreaIndex } from './area-index.js';
import { indexPart, type IndexPart } from './area-cuts.js';
import { tileOwner } from './engine-locate.js';
import { createGrid } from './tiles.js';
import type { EngineArea, PopulationUnit } from './types.js';

/** What a thread needs to cut its share: plain data, sent by structured clone. */
export type IndexPartRequest = {
  areas: readonly EngineArea[];
  units: readonly PopulationUnit[];
  tileM: number;
  shard: { index: number; count: number };
};

/**
 * Cuts one share on another thread: resolves with `indexPartOf(request)` as computed there. When `signal` aborts,
 * the share is no longer wanted (the thread took too long): the runner may end its thread.
 */
export type IndexPartRunner = (request: IndexPartRequest, signal?: AbortSignal) => Promise<IndexPart>;

/**
 * Threads to start beside the coordinating one for a machine of `cores`: the cores less two, 0 to 3. On the 2-core
 * machine a second thread did not pay (see the README): each share runs slower beside the other, every thread
 * projects every area, a share crosses threads, and a fresh thread compiles its code cold; in the app the page's
 * thread is drawing the map meanwhile.
 */
export function helperThreads(cores: number): number {
  return Math.min(3, Math.max(0, cores - 2));
}

/**
 * How long the other threads may take once this thread has cut its own share, before their shares are cut here:
 * `factor` times this thread's own time, at least `minMs` (a thread that died without a word, say).
 */
export const THREAD_PATIENCE = { factor: 4, minMs: 10_000 } as const;

/** The share of the tiles a request names, cut here (what a thread's handler answers). */
export function indexPartOf(request: IndexPartRequest): IndexPart {
  const shapes = request.areas.map((a) => projectPolygon(a.geometry));
  const { index, count } = request.shard;
  return indexPart(shapes, request.units, createGrid(request.tileM), tileOwner({ index, count }));
}

/** A runner's answer; one that throws instead of rejecting rejects too. Posted now, not in a later microtask. */
function started(run: IndexPartRunner, request: IndexPartRequest, signal: AbortSignal): Promise<IndexPart> {
  try {
    return run(request, signal);
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}

/**
 * The area index of `areas`, one share of the tiles per runner and one here. `onFallback` is told each runner that
 * failed or did not answer in time (`patience`; its share was cut here instead), with the error.
 */
export async function buildAreaIndexParallel(
  areas: readonly EngineArea[],
  units: readonly PopulationUnit[],
  tileM: number,
  runners: readonly IndexPartRunner[],
  onFallback: (shard: number, err: unknown) => void = () => {},
  patience: { factor: number; minMs: number } = THREAD_PATIENCE,
): Promise<AreaIndex> {
  const count = runners.length + 1;
  const request = (index: number): IndexPartRequest => ({ areas, units, tileM, shard: { index, count } });
  // The other threads start first; this one cuts its own share meanwhile.
  const given = runners.map(() => new AbortController());
  const answered = runners.map(() => false);
  const remote = runners.map((run, i) => {
    const signal = given[i]!.signal;
    const failed = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    return Promise.race([started(run, request(i + 1), signal), failed])
      .then(
        (part) => ({ part, err: null }),
        (err: unknown) => ({ part: null, err }),
      )
      .finally(() => (answered[i] = true));
  });
  const t0 = performance.now();
  const shapes = areas.map((a) => projectPolygon(a.geometry));
  const grid = createGrid(tileM);
  const parts: IndexPart[] = [indexPart(shapes, units, grid, tileOwner({ index: 0, count }))];
  const waitMs = Math.max(patience.minMs, patience.factor * (performance.now() - t0));
  const timer = setTimeout(() => {
    const why = new Error(`no answer ${Math.round(waitMs)} ms after this thread's own share`);
    given.forEach((g, i) => answered[i] || g.abort(why));
  }, waitMs);
  const answers = await Promise.all(remote);
  clearTimeout(timer);
  for (const [i, r] of answers.entries()) {
    if (r.part) parts.push(r.part);
    else {
      onFallback(i + 1, r.err);
      parts.push(indexPart(shapes, units, grid, tileOwner({ index: i + 1, count })));
    }
  }
  return mergeIndexParts(areas, shapes, units, parts);
}
