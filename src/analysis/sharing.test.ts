import { describe, expect, it } from 'vitest';
import { CoverageEngine } from './engine/engine.js';
import {
  NO_SHARING,
  operatorsPerTower,
  sharedSitesPercent,
  sharingByArea,
  sharingOfSites,
  type AreaLocator,
  type TowerSite,
} from './sharing.js';
import type { Operator } from '../domain/telecom.js';
import { createSquare, offset } from '../../test/fixtures/analysis.js';

const C: [number, number] = [105.85, 21.03];
const WEST = offset(...C, -500, 0);
const EAST = offset(...C, 500, 0);

/** Two 1 km squares side by side (2025 units W and E) in one 2019 district D. */
function createTwoSquares(): CoverageEngine {
  const e = new CoverageEngine(
    [
      { id: 'W', level: 'unit2025', geometry: createSquare(...WEST, 1000) },
      { id: 'E', level: 'unit2025', geometry: createSquare(...EAST, 1000) },
      { id: 'D', level: 'district2019', geometry: createSquare(...C, 3000) },
    ],
    [],
  );
  e.setSites([]);
  return e;
}

const createAt = (id: string, operator: Operator, at: [number, number], towerId: string | null = null): TowerSite => ({
  id,
  operator,
  lng: at[0],
  lat: at[1],
  towerId,
});

/**
 * W: Viettel and VNPT on one tower, MobiFone alone 200 m away (2 towers, 1 shared, 2 of 3 sites on it).
 * E: Viettel, VNPT and MobiFone on one tower, Viettel twice on another (2 towers, 1 shared, 3 of 5 sites).
 * D holds both; a VNPT site 2 km north stands in no area but counts for the city.
 */
const SITES: TowerSite[] = [
  createAt('w1', 'viettel', WEST),
  createAt('w2', 'vnpt', offset(...WEST, 10, 0)),
  createAt('w3', 'mobifone', offset(...WEST, 0, 200)),
  createAt('e1', 'viettel', EAST),
  createAt('e2', 'vnpt', EAST),
  createAt('e3', 'mobifone', offset(...EAST, 0, 15)),
  createAt('e4', 'viettel', offset(...EAST, 300, 0)),
  createAt('e5', 'viettel', offset(...EAST, 305, 0)),
  createAt('out', 'vnpt', offset(...C, 0, 2000)),
];

describe('sharingByArea', () => {
  it('counts towers, shared towers, their sites and operators per area on two squares', () => {
    const { towers, table } = sharingOfSites(SITES, createTwoSquares());
    expect(towers).toHaveLength(5);
    expect(table.areas).toEqual({
      'unit2025|W': { sites: 3, towers: 2, sharedTowers: 1, sitesOnShared: 2, operatorTowers: 3 },
      'unit2025|E': { sites: 5, towers: 2, sharedTowers: 1, sitesOnShared: 3, operatorTowers: 4 },
      'district2019|D': { sites: 8, towers: 4, sharedTowers: 2, sitesOnShared: 5, operatorTowers: 7 },
    });
    expect(table.city).toEqual({ sites: 9, towers: 5, sharedTowers: 2, sitesOnShared: 5, operatorTowers: 8 });
  });

  it('derives the share of sites on shared towers and the operators per tower', () => {
    const { table } = sharingOfSites(SITES, createTwoSquares());
    expect(sharedSitesPercent(table.areas['unit2025|W']!)).toBeCloseTo(66.6667, 3);
    expect(sharedSitesPercent(table.areas['unit2025|E']!)).toBeCloseTo(60, 9);
    expect(operatorsPerTower(table.areas['unit2025|E']!)).toBeCloseTo(2, 9);
    expect(operatorsPerTower(table.city)).toBeCloseTo(1.6, 9);
    expect(sharedSitesPercent(NO_SHARING)).toBeNull();
    expect(operatorsPerTower(NO_SHARING)).toBeNull();
  });

  it('counts a tower and all its sites where the tower stands, once per level', () => {
    // Two sites 20 m apart on either side of the W–E boundary: one tower at their mean, on the boundary's east.
    const locator: AreaLocator = { locate: (lng) => [{ level: 'unit2025', id: lng < C[0] ? 'W' : 'E' }] };
    const { table } = sharingOfSites(
      [createAt('a', 'viettel', offset(...C, -8, 0)), createAt('b', 'vnpt', offset(...C, 12, 0))],
      locator,
    );
    expect(table.areas).toEqual({
      'unit2025|E': { sites: 2, towers: 1, sharedTowers: 1, sitesOnShared: 2, operatorTowers: 2 },
    });
  });

  it('gives zero figures without towers', () => {
    const table = sharingByArea([], createTwoSquares());
    expect(table).toEqual({ city: NO_SHARING, areas: {} });
  });
});
