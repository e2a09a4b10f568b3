import { describe, expect, it } from 'vitest';
import { PlaneGrid } from './point-grid.js';

/** A point item in plane units (centimetres), with the plane distance in metres to (x, y). */
type Item = { id: string; x: number; y: number };
const createGrid = (items: readonly Item[], cellM = 1000) => {
  const grid = new PlaneGrid<Item>(cellM);
  for (const it of items) grid.addPoint(it.x, it.y, it);
  return grid;
};
const planeM = (x: number, y: number) => (it: Item) => Math.hypot(it.x - x, it.y - y) / 100;

describe('PlaneGrid.nearest', () => {
  it('looks one ring further when the nearest found may not be the nearest', () => {
    // The point is 1 m inside its cell's east edge: a site 999 m west in the same cell, one 101 m east in the next.
    const grid = createGrid([
      { id: 'same-cell', x: 0, y: 50 },
      { id: 'next-cell', x: 110_000, y: 50 },
    ]);
    const r = grid.nearest(99_900, 50, 1, planeM(99_900, 50), (it) => it.id);
    expect(r.map((f) => f.item.id)).toEqual(['next-cell']);
    expect(r[0]!.distanceM).toBeCloseTo(101, 9);
  });

  it('finds an item many rings out, and none in an empty grid', () => {
    const grid = createGrid([{ id: 'far', x: 5_000_000, y: -3_000_000 }]);
    expect(grid.nearest(0, 0, 2, planeM(0, 0), (it) => it.id).map((f) => f.item.id)).toEqual(['far']);
    expect(createGrid([]).nearest(0, 0, 1, planeM(0, 0), (it) => it.id)).toEqual([]);
  });
});

describe('PlaneGrid boxes', () => {
  it('files a box under every cell it reaches and visits the items of a box', () => {
    const grid = new PlaneGrid<string>(1000);
    grid.addBox([50_000, 50_000, 250_000, 50_000], 'wide');
    expect(grid.at(240_000, 60_000)).toEqual(['wide']);
    expect(grid.at(240_000, 110_000)).toEqual([]);
    const seen: string[] = [];
    grid.forEachInBox([0, 0, 99_999, 99_999], (s) => seen.push(s));
    expect(seen).toEqual(['wide']);
  });
});
