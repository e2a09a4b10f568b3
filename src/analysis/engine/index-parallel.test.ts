import { describe, expect, it, vi } from 'vitest';
import { projectPolygon } from '../planar.js';
import { buildAreaIndex, mergeIndexParts } from './area-index.js';
import { indexPart } from './area-cuts.js';
import { buildAreaIndexParallel, indexPartOf, type IndexPartRunner } from './index-parallel.js';
import { encodeAreaIndex } from './index-codec.js';
import { tileOwner } from './engine-locate.js';
import { createGrid } from './tiles.js';
import { createCity } from '../../../test/support/index-city.js';

const TILE_M = 1000;
const grid = createGrid(TILE_M);

const bytes = (index: ReturnType<typeof buildAreaIndex>) => encodeAreaIndex(index, { tileM: TILE_M });

/** A runner that cuts its share here, passing request and answer through structured clone, as a thread does. */
const cloning: IndexPartRunner = async (request) => structuredClone(indexPartOf(structuredClone(request)));

describe('buildAreaIndexParallel', () => {
  const { areas, units } = createCity();
  const one = bytes(buildAreaIndex(areas, units, grid));

  it('gives the index one thread builds, bit for bit, with 2, 3 and 4 shares', async () => {
    for (const runners of [[cloning], [cloning, cloning], [cloning, cloning, cloning]]) {
      const index = await buildAreaIndexParallel(areas, units, TILE_M, runners);
      expect(bytes(index)).toEqual(one);
    }
  });

  it('spreads the tiles over the shares: each share cuts some, none cuts all', () => {
    const shapes = areas.map((a) => projectPolygon(a.geometry));
    const parts = [0, 1].map((index) => indexPart(shapes, units, grid, tileOwner({ index, count: 2 })));
    const all = buildAreaIndex(areas, units, grid).tiles.size;
    expect(parts[0]!.tiles.size).toBeGreaterThan(0);
    expect(parts[1]!.tiles.size).toBeGreaterThan(0);
    expect(parts[0]!.tiles.size + parts[1]!.tiles.size).toBe(all);
  });

  it('cuts the share of a runner that fails here, tells it, and still gives the same index', async () => {
    const failing: IndexPartRunner = () => Promise.reject(new Error('no threads here'));
    const told = vi.fn();
    const index = await buildAreaIndexParallel(areas, units, TILE_M, [cloning, failing], told);
    expect(bytes(index)).toEqual(one);
    expect(told).toHaveBeenCalledTimes(1);
    expect(told.mock.calls[0]![0]).toBe(2);
    expect(String(told.mock.calls[0]![1])).toContain('no threads here');
  });

  it('refuses parts that cut the same tile', () => {
    const shapes = areas.map((a) => projectPolygon(a.geometry));
    const whole = indexPart(shapes, units, grid, () => true);
    expect(() => mergeIndexParts(areas, shapes, units, [whole, whole])).toThrow(/was cut by two parts/);
  });
});

describe('buildAreaIndexParallel with a thread that never answers', () => {
  const { areas, units } = createCity();

  it('gives up on it after its patience, tells it, aborts its signal, and still gives the same index', async () => {
    let signal: AbortSignal | undefined;
    const silent: IndexPartRunner = (_, s) => {
      signal = s;
      return new Promise(() => {});
    };
    const told = vi.fn();
    const index = await buildAreaIndexParallel(areas, units, TILE_M, [silent, cloning], told, {
      factor: 0,
      minMs: 20,
    });
    expect(bytes(index)).toEqual(bytes(buildAreaIndex(areas, units, grid)));
    expect(told.mock.calls.map((c) => c[0])).toEqual([1]);
    expect(String(told.mock.calls[0]![1])).toMatch(/no answer 20 ms after this thread's own share/);
    expect(signal?.aborted).toBe(true);
  });

  it('takes a runner that throws as one that failed', async () => {
    const throwing: IndexPartRunner = () => {
      throw new Error('no Worker here');
    };
    const told = vi.fn();
    const index = await buildAreaIndexParallel(areas, units, TILE_M, [throwing], told);
    expect(bytes(index)).toEqual(bytes(buildAreaIndex(areas, units, grid)));
    expect(String(told.mock.calls[0]![1])).toContain('no Worker here');
  });
});
