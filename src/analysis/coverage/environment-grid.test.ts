import { describe, expect, it } from 'vitest';
import { HANOI_LAEA } from '../projection.js';
import { projectPolygon } from '../planar.js';
import {
  createEnvironmentGrid,
  environmentAt,
  environmentCellCounts,
  environmentCellOf,
  environmentCellPolygon,
  type EnvironmentCell,
} from './environment-grid.js';

/** A `[lng, lat]` point at plane metres (x, y). */
const at = (x: number, y: number): [number, number] => HANOI_LAEA.inverse([x, y]);

/** Three cells west of the projection centre and one north-east of it, with a hole at (0, -1). */
function createCells(): EnvironmentCell[] {
  return [
    { i: -1, j: -1, env: 'dense-urban' },
    { i: -1, j: 0, env: 'urban' },
    { i: 0, j: 0, env: 'open' },
    { i: 1, j: 1, env: 'rural' },
  ];
}

describe('environmentAt', () => {
  const grid = createEnvironmentGrid(createCells());

  it('gives the class of the cell a point stands in', () => {
    expect(environmentAt(grid, ...at(-500, -500))).toBe('dense-urban');
    expect(environmentAt(grid, ...at(1500, 1999))).toBe('rural');
  });

  it('puts a point on a cell line in the cell east or north of it', () => {
    expect(environmentAt(grid, ...at(0.01, 500))).toBe('open');
    expect(environmentAt(grid, ...at(-0.01, 500))).toBe('urban');
    expect(environmentAt(grid, ...at(-500, 0.01))).toBe('urban');
  });

  it('gives null in a cell of the rectangle without a class (the caller falls back to the density class)', () => {
    expect(environmentAt(grid, ...at(500, -500))).toBeNull();
  });

  it('gives null outside the grid (outside the city)', () => {
    expect(environmentAt(grid, ...at(5_000, 500))).toBeNull();
    expect(environmentAt(grid, ...at(-1_500, 500))).toBeNull();
  });

  it('gives null everywhere on an empty grid', () => {
    expect(environmentAt(createEnvironmentGrid([]), ...at(0, 0))).toBeNull();
  });
});

describe('createEnvironmentGrid', () => {
  it('counts the cells of each class', () => {
    const grid = createEnvironmentGrid(createCells());
    expect([grid.cols, grid.rows, grid.count]).toEqual([3, 3, 4]);
    expect(environmentCellCounts(grid)).toEqual({ 'dense-urban': 1, urban: 1, suburban: 0, rural: 1, open: 1 });
  });
});

describe('environmentCellOf', () => {
  it('finds the column and row of a point in 1 km cells', () => {
    expect(environmentCellOf(...at(-2_500, 7_200))).toEqual([-3, 7]);
  });
});

describe('environmentCellPolygon', () => {
  it('starts at the cell’s south-west corner and covers 1 km²', () => {
    const poly = environmentCellPolygon(3, -2, 1000, 4);
    const [x, y] = HANOI_LAEA.forward(poly.coordinates[0]![0]!);
    expect(x).toBeCloseTo(3000, 1);
    expect(y).toBeCloseTo(-2000, 1);
    expect(projectPolygon(poly).areaM2).toBeCloseTo(1e6, -1);
  });
});
