import { describe, expect, it } from 'vitest';
import { destination } from './geodesy.js';
import { detectTowers, type TowerSite } from './sharing-towers.js';
import { towerPoints } from './tower-points.js';

const C: [number, number] = [105.85, 21.03];

function createSite(id: string, operator: TowerSite['operator'], eastM = 0): TowerSite {
  const [lng, lat] = eastM === 0 ? C : destination(C, 90, eastM);
  return { id, operator, lng, lat };
}

describe('towerPoints', () => {
  it('draws two co-located sites of two operators as one shared tower at their mean position', () => {
    const points = towerPoints(
      detectTowers([
        createSite('VT-1', 'viettel'),
        createSite('VN-1', 'vnpt', 10),
        createSite('MB-1', 'mobifone', 500),
      ]),
    );
    expect(points).toHaveLength(2);
    const shared = points.find((p) => p.properties.siteIds.includes('VT-1'));
    const east = destination(C, 90, 10);
    expect(shared!.properties).toEqual({
      id: 'near-VN-1',
      operators: 2,
      operatorIds: 'viettel vnpt',
      siteIds: 'VN-1 VT-1',
      sites: 2,
      shared: true,
      by: 'distance',
    });
    expect(shared!.geometry.coordinates[0]).toBeCloseTo((C[0] + east[0]) / 2, 9);
    expect(shared!.geometry.coordinates[1]).toBeCloseTo((C[1] + east[1]) / 2, 9);
  });

  it('draws a lone site as a tower of one operator, not shared', () => {
    const points = towerPoints(detectTowers([createSite('VT-1', 'viettel'), createSite('MB-1', 'mobifone', 500)]));
    expect(points.map((p) => [p.properties.siteIds, p.properties.operators, p.properties.shared])).toEqual([
      ['MB-1', 1, false],
      ['VT-1', 1, false],
    ]);
  });
});
