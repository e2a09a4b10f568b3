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

/** Cuts one share on another thread: resolves with `indexPartOf(request)` as computed there. */
export type IndexPartRunner = (request: IndexPartRequest) => Promise<IndexPart>;

/** The share of the tiles a request names, cut here (what a thread's handler answers). */
export function indexPartOf(request: IndexPartRequest): IndexPart {
  const shapes = request.areas.map((a) => projectPolygon(a.geometry));
  const { index, count } = request.shard;
  return indexPart(shapes, request.units, createGrid(request.tileM), tileOwner({ index, count }));
}

/**
 * The area index of `areas`, one share of the tiles per runner and one here. `onFallback` is told each runner that
 * failed (its share was cut here instead), with the error.
 */
export async function buildAreaIndexParallel(
  areas: readonly EngineArea[],
  units: readonly PopulationUnit[],
  tileM: number,
  runners: readonly IndexPartRunner[],
  onFallback: (shard: number, err: unknown) => void = () => {},
): Promise<AreaIndex> {
  const count = runners.length + 1;
  const request = (index: number): IndexPartRequest => ({ areas, units, tileM, shard: { index, count } });
  // The other threads start first; this one cuts its own share meanwhile.
  const remote = runners.map((run, i) =>
    run(request(i + 1)).then(
      (part) => ({ part, err: null }),
      (err: unknown) => ({ part: null, err }),
    ),
  );
  const shapes = areas.map((a) => projectPolygon(a.geometry));
  const grid = createGrid(tileM);
  const parts: IndexPart[] = [indexPart(shapes, units, grid, tileOwner({ index: 0, count }))];
  for (const [i, r] of (await Promise.all(remote)).entries()) {
    if (r.part) parts.push(r.part);
    else {
      onFallback(i + 1, r.err);
      parts.push(indexPart(shapes, units, grid, tileOwner({ index: i + 1, count })));
    }
  }
  return mergeIndexParts(areas, shapes, units, parts);
}
