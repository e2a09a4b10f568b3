/**
 * The priority zones' targets after plan edits: kept as they were while no zone's target changes, and sorted
 * again (failing zones first, then by 5G share, then by id) exactly as a fresh analysis sorts them when one does.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon, Position } from 'geojson';
import { at, candidate, createInput } from '../../test/support/coverage-service-input.js';
import { CoverageService } from './coverage-service.js';
import type { ServiceInput } from './service-types.js';

/** A zone: a square of `side` metres centred `dx` m east and `dy` m north of the test city's centre. */
const zone = (id: string, dx: number, dy: number, side: number): Feature<Polygon> => {
  const h = side / 2;
  const ring: Position[] = [at(dx - h, dy - h), at(dx + h, dy - h), at(dx + h, dy + h), at(dx - h, dy + h)];
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]!]] },
    properties: { id, name: id, category: 'hi_tech_park', confidence: 'high' },
  };
};

/**
 * The test city with three 400 m zones: z1 1.2 km east of the centre (out of the base site's reach), z2 on the
 * base site (600 m range at 1 km west: its farthest corner is 283 m away, all covered) and z3 south-west of it
 * (its nearest corner 743 m away: nothing covered).
 */
const input = (): ServiceInput => ({
  ...createInput(),
  zones: {
    type: 'FeatureCollection',
    features: [zone('z3', -1700, -750, 400), zone('z2', -1000, 0, 400), zone('z1', 1200, 0, 400)],
  },
});

describe('zone targets after plan edits', () => {
  it('fail first, lowest 5G share first, then by id', () => {
    const zones = new CoverageService().init(input()).zones;
    expect(zones.map((z) => [z.id, z.pass, z.percent5g.any])).toEqual([
      ['z1', false, 0],
      ['z3', false, 0],
      ['z2', true, expect.closeTo(100, 6)],
    ]);
  });

  it('are the same list while no zone target changes, even when a zone figure does', () => {
    const svc = new CoverageService();
    const before = svc.init(input());
    // A 4G site in z1: the zone's 4G coverage and site count change, its 5G target does not.
    const fourG = svc.applyPlan([candidate('p', 1200, 0, { technologies: ['4G'], bands: ['B3'] })], []);
    expect(fourG.areas['zone|z1']!.coverage['4G'].any.percent).toBeGreaterThan(0);
    expect(fourG.zones).toBe(before.zones);
    expect(svc.applyPlan([candidate('p', 1200, 50, { technologies: ['4G'], bands: ['B3'] })], []).zones).toBe(
      before.zones,
    );
  });

  it('sorted again when one changes, as a fresh analysis sorts them, and back when the change is undone', () => {
    const svc = new CoverageService();
    const before = svc.init(input());
    const covered = svc.applyPlan([candidate('p', 1200, 0)], []);
    expect(covered.zones).not.toBe(before.zones);
    expect(covered.zones[0]!.id).toBe('z3');
    const fresh = new CoverageService();
    fresh.init(input());
    expect(covered.zones).toEqual(fresh.applyPlan([candidate('p', 1200, 0)], []).zones);
    expect(svc.applyPlan([], ['p']).zones).toEqual(before.zones);
  });
});
