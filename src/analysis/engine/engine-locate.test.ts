import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { createEnvironmentGrid } from '../coverage/environment-grid.js';
import { HANOI_LAEA } from '../projection.js';
import { buildAreaIndex } from './area-index.js';
import { environmentAtSite, tileOwner } from './engine-locate.js';
import { createGrid, tileKey } from './tiles.js';

/** A square of plane metres [x0, x1] × [y0, y1] as a `[lng, lat]` polygon. */
function createSquare(x0: number, y0: number, x1: number, y1: number): Polygon {
  const ring: Position[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ].map((p) => HANOI_LAEA.inverse(p));
  return { type: 'Polygon', coordinates: [ring] };
}

/** A site at plane metres (x, y). */
const siteAt = (x: number, y: number) => {
  const [lng, lat] = HANOI_LAEA.inverse([x, y]);
  return { lng, lat };
};

/** One census ward of 20,000 residents on the 1 km² [0, 1000]², inside one unit, and its engine index. */
function createIndex() {
  const grid = createGrid(1000);
  const ward = createSquare(0, 0, 1000, 1000);
  const index = buildAreaIndex(
    [{ id: 'U', level: 'unit2025', geometry: createSquare(-3000, -3000, 3000, 3000) }],
    [{ id: 'W', population: 20_000, geometry: ward }],
    grid,
  );
  return { grid, index };
}

describe('environmentAtSite', () => {
  const { grid, index } = createIndex();

  it('takes the class of the environment grid’s cell where the site stands', () => {
    const env = createEnvironmentGrid([{ i: 0, j: 0, env: 'rural' }]);
    expect(environmentAtSite(grid, index, env, siteAt(500, 500))).toBe('rural');
  });

  it('falls back to the census density’s class outside the grid', () => {
    const env = createEnvironmentGrid([{ i: 2, j: 2, env: 'open' }]);
    expect(environmentAtSite(grid, index, env, siteAt(500, 500))).toBe('dense-urban');
  });

  it('uses the census density’s class without a grid', () => {
    expect(environmentAtSite(grid, index, null, siteAt(500, 500))).toBe('dense-urban');
  });

  it('gives rural outside every census ward and the grid', () => {
    expect(environmentAtSite(grid, index, null, siteAt(2500, 2500))).toBe('rural');
  });
});

describe('tileOwner', () => {
  const keys = [tileKey(0, 0), tileKey(0, 1), tileKey(1, 1), tileKey(-3, 2)];

  it('owns every tile by default, the listed ones with `only`, and a shard of those with both', () => {
    expect(keys.map(tileOwner(null))).toEqual([true, true, true, true]);
    const only = new Set([tileKey(0, 1), tileKey(1, 1)]);
    expect(keys.map(tileOwner(null, only))).toEqual([false, true, true, false]);
    // Shard 0 of 2: column + row even.
    expect(keys.map(tileOwner({ index: 0, count: 2 }))).toEqual([true, false, true, false]);
    expect(keys.map(tileOwner({ index: 0, count: 2 }, only))).toEqual([false, false, true, false]);
    expect(keys.map(tileOwner(null, new Set()))).toEqual([false, false, false, false]);
  });
});
