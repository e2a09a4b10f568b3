import { describe, expect, it } from 'vitest';
import { destination, distanceM } from './geodesy.js';
import { detectTowers, TOWER_DISTANCE_M, type TowerSite } from './sharing-towers.js';
import type { Operator } from '../domain/telecom.js';

const C: [number, number] = [105.85, 21.03];

/** A site `distM` metres east (geodesic) of C. */
function createTowerSite(
  id: string,
  operator: Operator,
  distM = 0,
  towerId: string | null = null,
  bearingDeg = 90,
): TowerSite {
  const [lng, lat] = distM === 0 ? C : destination(C, bearingDeg, distM);
  return { id, operator, lng, lat, towerId };
}

const groups = (sites: readonly TowerSite[]) => detectTowers(sites).map((t) => t.siteIds);

describe('detectTowers', () => {
  it('puts two operators at one spot on one shared tower', () => {
    const towers = detectTowers([createTowerSite('b', 'vnpt'), createTowerSite('a', 'viettel')]);
    expect(towers).toEqual([
      {
        id: 'near-a',
        lng: C[0],
        lat: C[1],
        siteIds: ['a', 'b'],
        operators: ['viettel', 'vnpt'],
        shared: true,
        by: 'distance',
      },
    ]);
  });

  it('puts two sites of one operator at one spot on one tower that is not shared', () => {
    const towers = detectTowers([createTowerSite('a', 'mobifone'), createTowerSite('b', 'mobifone')]);
    expect(towers.map((t) => [t.siteIds, t.operators, t.shared])).toEqual([[['a', 'b'], ['mobifone'], false]]);
  });

  it('joins sites 29 m apart and keeps sites 31 m apart on two towers', () => {
    expect(TOWER_DISTANCE_M).toBe(30);
    expect(groups([createTowerSite('a', 'viettel'), createTowerSite('b', 'vnpt', 29)])).toEqual([['a', 'b']]);
    expect(groups([createTowerSite('a', 'viettel'), createTowerSite('b', 'vnpt', 31)])).toEqual([['a'], ['b']]);
    // The threshold is an option.
    expect(
      detectTowers([createTowerSite('a', 'viettel'), createTowerSite('b', 'vnpt', 31)], { distanceM: 40 }),
    ).toHaveLength(1);
  });

  it('measures the threshold on the ellipsoid whatever the direction', () => {
    for (const bearing of [0, 45, 90, 180, 270]) {
      const pair = [createTowerSite('a', 'viettel'), createTowerSite('b', 'vnpt', 29.9, null, bearing)];
      expect(groups(pair)).toEqual([['a', 'b']]);
      const apart = [createTowerSite('a', 'viettel'), createTowerSite('b', 'vnpt', 30.1, null, bearing)];
      expect(groups(apart)).toEqual([['a'], ['b']]);
    }
  });

  it('does not chain a line of sites 25 m apart over 200 m into one tower', () => {
    const line = Array.from({ length: 9 }, (_, i) =>
      createTowerSite(`c${i}`, i % 2 === 0 ? 'viettel' : 'vnpt', 25 * i),
    );
    const towers = detectTowers(line);
    // Every pair is 25 m apart: ties go to the first sites by id, and a pair 50 m across cannot take a third.
    expect(towers.map((t) => t.siteIds)).toEqual([['c0', 'c1'], ['c2', 'c3'], ['c4', 'c5'], ['c6', 'c7'], ['c8']]);
    for (const t of towers) {
      const pos = t.siteIds.map((id) => line.find((s) => s.id === id)!).map((s) => [s.lng, s.lat]);
      for (const p of pos) for (const q of pos) expect(distanceM(p, q)).toBeLessThanOrEqual(TOWER_DISTANCE_M);
    }
  });

  it('merges the closest pair first', () => {
    // a–b 20 m, b–c 8 m, a–c 28 m: b goes with c, and a (20 m from b, 28 m from c) may join them.
    const sites = [
      createTowerSite('a', 'viettel'),
      createTowerSite('b', 'vnpt', 20),
      createTowerSite('c', 'mobifone', 28),
    ];
    expect(groups(sites)).toEqual([['a', 'b', 'c']]);
    // a–b 20 m, b–c 12 m, a–c 32 m: b goes with c, and a is too far from c to join.
    const far = [
      createTowerSite('a', 'viettel'),
      createTowerSite('b', 'vnpt', 20),
      createTowerSite('c', 'mobifone', 32),
    ];
    expect(groups(far)).toEqual([['a'], ['b', 'c']]);
  });

  it('gives the same towers whatever the input order', () => {
    const sites = Array.from({ length: 12 }, (_, i) =>
      createTowerSite(`s${String(i).padStart(2, '0')}`, (['viettel', 'vnpt', 'mobifone'] as const)[i % 3]!, 13 * i),
    );
    const forward = detectTowers(sites);
    expect(detectTowers([...sites].reverse())).toEqual(forward);
    expect(detectTowers([...sites.slice(5), ...sites.slice(0, 5)])).toEqual(forward);
  });

  it('groups by a given tower id over distance', () => {
    const towers = detectTowers([
      // 5 m apart but on two registered towers.
      createTowerSite('a', 'viettel', 0, 'T1'),
      createTowerSite('b', 'vnpt', 5, 'T2'),
      // 500 m apart but on one registered tower (ids are trimmed).
      createTowerSite('c', 'mobifone', 500, ' T1 '),
      // No tower id, 3 m from a: found by distance, never joined to an identified tower.
      createTowerSite('d', 'vietnamobile', 3),
      createTowerSite('e', 'viettel', 4, ''),
    ]);
    expect(towers.map((t) => [t.id, t.siteIds, t.operators, t.by])).toEqual([
      ['T1', ['a', 'c'], ['viettel', 'mobifone'], 'tower-id'],
      ['T2', ['b'], ['vnpt'], 'tower-id'],
      ['near-d', ['d', 'e'], ['viettel', 'vietnamobile'], 'distance'],
    ]);
  });

  it('finds no tower without sites', () => {
    expect(detectTowers([])).toEqual([]);
  });
});
