import { describe, expect, it } from 'vitest';
import { CoverageEngine } from './engine/engine.js';
import type { EngineArea, PopulationUnit } from './engine/types.js';
import { HANOI_LAEA } from './projection.js';
import { checkSites } from './site-check.js';
import { suggestSteps, suggestSites } from './suggest.js';
import { createSite, createSquare, offset } from '../../test/fixtures/analysis.js';

const zone = (id: string, at: [number, number], sideM: number): EngineArea => ({
  id,
  level: 'zone',
  geometry: createSquare(...at, sideM),
});

/** Distance between two `[lng, lat]` points in the plane, metres. */
const planeDistM = (a: [number, number], b: [number, number]) => {
  const [p, q] = [HANOI_LAEA.forward(a), HANOI_LAEA.forward(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1]);
};

const C: [number, number] = [105.85, 21.03];
const WEST = offset(...C, -5000, 0);
const EAST = offset(...C, 5000, 0);

/**
 * Zones A (700 m, west) and B (500 m, east), 10 km apart, in one 2025 unit (the engine takes a site's census
 * density from the areas it stands in). With no residents n78 at 30 m reaches 875 m (rural).
 */
function createTwoZones(population: PopulationUnit[] = []): CoverageEngine {
  const e = new CoverageEngine(
    [zone('A', WEST, 700), zone('B', EAST, 500), { id: 'U', level: 'unit2025', geometry: createSquare(...C, 14_000) }],
    population,
  );
  e.setSites([]);
  return e;
}

const zoneFigure = (e: CoverageEngine, id: string) =>
  e.results('zone').find((r) => r.id === id)!.coverage['5G'].viettel;

describe('suggestSites', () => {
  it('covers a single small zone fully with one site inside it', () => {
    const e = new CoverageEngine([zone('Z', C, 300)], []);
    e.setSites([]);
    const { proposals } = suggestSites(e, { operator: 'viettel', k: 1 });
    expect(proposals).toHaveLength(1);
    const p = proposals[0]!;
    expect(p.gainKm2).toBeCloseTo(0.09, 5);
    expect(p.zones).toEqual([
      { id: 'Z', beforePercent: 0, afterPercent: expect.closeTo(100, 4) as number, gainKm2: p.gainKm2, gainPeople: 0 },
    ]);
    // Every candidate within reach covers the zone: the tie goes to one standing in it.
    expect(e.locate(p.site.lng, p.site.lat)).toEqual([{ level: 'zone', id: 'Z' }]);
    expect(p.site).toMatchObject({
      id: 'suggest-viettel-1',
      operator: 'viettel',
      technologies: ['5G'],
      bands: ['n78'],
      heightM: 30,
      azimuthsDeg: [],
      rangeM: null,
      sample: false,
    });
  });

  it('puts one site in each of two far zones, the larger gain first', () => {
    const e = createTwoZones();
    const { proposals, stop } = suggestSites(e, { operator: 'viettel', k: 2 });
    expect(stop).toBe('k');
    expect(proposals.map((p) => p.zones.map((z) => z.id))).toEqual([['A'], ['B']]);
    expect(proposals[0]!.gainKm2).toBeCloseTo(0.49, 5);
    expect(proposals[1]!.gainKm2).toBeCloseTo(0.25, 5);
    expect(planeDistM([proposals[0]!.site.lng, proposals[0]!.site.lat], WEST)).toBeLessThan(500);
    expect(planeDistM([proposals[1]!.site.lng, proposals[1]!.site.lat], EAST)).toBeLessThan(500);
  });

  it('with objective "population" prefers the zone with more residents', () => {
    // 250 residents per km² around A (rural: 875 m range), 25,000 around B (dense urban: 349 m, which covers
    // B's 500 m square but for its corners, less area than A's 700 m square).
    const units: PopulationUnit[] = [
      { id: 'sparse', population: 1000, geometry: createSquare(...WEST, 2000) },
      { id: 'dense', population: 100_000, geometry: createSquare(...EAST, 2000) },
    ];
    const byArea = suggestSites(createTwoZones(units), { operator: 'viettel', k: 1, objective: 'area' });
    const byPeople = suggestSites(createTwoZones(units), { operator: 'viettel', k: 1, objective: 'population' });
    expect(byArea.proposals[0]!.zones[0]!.id).toBe('A');
    expect(byPeople.proposals[0]!.zones[0]!.id).toBe('B');
    expect(byPeople.proposals[0]!.gainPeople).toBeGreaterThan(10 * byArea.proposals[0]!.gainPeople);
    expect(byPeople.boundMisses).toBe(0);
  });

  it('stops early when no candidate gains anything more', () => {
    const e = new CoverageEngine([zone('Z', C, 300)], []);
    e.setSites([]);
    const r = suggestSites(e, { operator: 'viettel', k: 5 });
    expect(r.proposals).toHaveLength(1);
    expect(r.stop).toBe('no-gain');
    expect(r.cancelled).toBe(false);
  });

  it('serves only the zones the operator fails, unless told which', () => {
    const e = createTwoZones();
    e.setSites([createSite('cover-a', WEST, 1000)]);
    const r = suggestSites(e, { operator: 'viettel', k: 2 });
    expect(r.zones).toBe(1);
    expect(r.proposals.map((p) => p.zones[0]!.id)).toEqual(['B']);
    expect(suggestSites(e, { operator: 'vnpt', k: 2, zoneIds: ['A'] }).proposals.map((p) => p.zones[0]!.id)).toEqual([
      'A',
    ]);
  });

  it('leaves the engine exactly as it was', () => {
    const e = createTwoZones();
    e.setSites([createSite('s', offset(...WEST, 300, 0), 400), createSite('t', EAST, 300, { operator: 'mobifone' })]);
    const zones = e.results('zone');
    const city = e.results('city');
    const count = e.siteCount;
    suggestSites(e, { operator: 'viettel', k: 3 });
    expect(e.results('zone')).toEqual(zones);
    expect(e.results('city')).toEqual(city);
    expect(e.siteCount).toBe(count);
  });

  it('can be cancelled: returns what it found and leaves the engine unchanged', () => {
    const e = createTwoZones();
    const before = e.results('zone');
    let found = 0;
    const r = suggestSites(e, {
      operator: 'viettel',
      k: 2,
      onProgress: (p) => {
        if (p.phase === 'search') found = p.done;
      },
      shouldCancel: () => found >= 1,
    });
    expect(r.cancelled).toBe(true);
    expect(r.stop).toBe('cancelled');
    expect(r.proposals).toHaveLength(1);
    expect(e.results('zone')).toEqual(before);
  });

  it('as steps, stops when the driver says so between pieces of work, engine unchanged', () => {
    const e = createTwoZones();
    const before = e.results('zone');
    const steps = suggestSteps(e, { operator: 'viettel', k: 2 });
    let pauses = 0;
    let r = steps.next(false);
    while (!r.done) {
      pauses++;
      r = steps.next(pauses >= 3);
    }
    expect(pauses).toBe(3);
    expect(r.value.cancelled).toBe(true);
    expect(e.results('zone')).toEqual(before);
    // Driven to the end, the steps give what the one-call search gives.
    const all = suggestSteps(e, { operator: 'viettel', k: 2 });
    let x = all.next(false);
    while (!x.done) x = all.next(false);
    expect(x.value.proposals.map((p) => p.site)).toEqual(
      suggestSites(e, { operator: 'viettel', k: 2 }).proposals.map((p) => p.site),
    );
  });

  it('gives gains that the proposals really add when built one by one in order', () => {
    const e = new CoverageEngine([zone('Z', C, 2500)], []);
    e.setSites([createSite('old', offset(...C, -900, -900), 500)]);
    const { proposals } = suggestSites(e, { operator: 'viettel', k: 4 });
    expect(proposals).toHaveLength(4);
    for (const p of proposals) {
      const before = zoneFigure(e, 'Z');
      e.upsertSite(p.site);
      const after = zoneFigure(e, 'Z');
      expect(after.coveredKm2 - before.coveredKm2).toBeCloseTo(p.gainKm2, 9);
      expect(p.zones[0]!.afterPercent).toBeCloseTo(after.percent, 9);
    }
  });

  it('proposes valid sites with free ids', () => {
    const e = createTwoZones();
    const { proposals } = suggestSites(e, {
      operator: 'mobifone',
      k: 2,
      takenIds: ['suggest-mobifone-1'],
      template: { bands: ['B3', 'n78'], azimuthsDeg: [0, 120, 240] },
    });
    expect(proposals.map((p) => p.site.id)).toEqual(['suggest-mobifone-2', 'suggest-mobifone-3']);
    expect(proposals[0]!.site.technologies).toEqual(['4G', '5G']);
    expect(
      checkSites(
        proposals.map((p) => p.site),
        'suggest',
      ).issues,
    ).toEqual([]);
  });

  it('reports no towers when co-location is off', () => {
    const e = new CoverageEngine([zone('Z', C, 300)], []);
    const vnpt = createSite('v', offset(...C, 60, 40), 300, { operator: 'vnpt' });
    e.setSites([vnpt]);
    const r = suggestSites(e, { operator: 'viettel', k: 1, existingSites: [vnpt] });
    expect([r.towers, r.onTowers, r.proposals[0]!.tower, r.proposals[0]!.towerOperators]).toEqual([0, 0, null, []]);
  });

  it("with co-location first puts a site on another operator's tower where it gains as much", () => {
    // Every candidate within reach covers the whole 300 m zone: the tie goes to VNPT's tower.
    const e = new CoverageEngine([zone('Z', C, 300)], []);
    const at = offset(...C, 60, 40);
    const vnpt = createSite('v', at, 300, { operator: 'vnpt' });
    e.setSites([vnpt]);
    // Without a bonus: the tower is tried first among equal gains.
    const r = suggestSites(e, {
      operator: 'viettel',
      k: 1,
      existingSites: [vnpt],
      coLocation: true,
      coLocationBonus: 0,
    });
    expect([r.towers, r.onTowers]).toEqual([1, 1]);
    const p = r.proposals[0]!;
    expect([p.tower, p.towerOperators]).toEqual(['near-v', ['vnpt']]);
    expect([p.site.lng, p.site.lat]).toEqual(at);
    expect(p.gainKm2).toBeCloseTo(0.09, 5);
  });

  it('does not take a tower the operator already stands on', () => {
    const e = new CoverageEngine([zone('Z', C, 300)], []);
    // A Viettel 4G site shares VNPT's tower: no co-location candidate for Viettel there.
    const on = offset(...C, 60, 40);
    const sites = [
      createSite('v', on, 300, { operator: 'vnpt' }),
      createSite('t', on, 300, { technologies: ['4G'], bands: ['B3'], onAir5g: null }),
    ];
    e.setSites(sites);
    const r = suggestSites(e, { operator: 'viettel', k: 1, existingSites: sites, coLocation: true });
    expect([r.towers, r.onTowers, r.proposals[0]!.tower]).toEqual([0, 0, null]);
  });

  it('prefers a tower gaining less by up to its bonus, and a new mast beyond it', () => {
    // A 1 km zone, n78 reaching 875 m: a grid point near the centre covers it all (1 km²), MobiFone's tower
    // 300 m east of the centre leaves the far western corners out (0.989 km²): within the default 25 % bonus.
    const e = new CoverageEngine([zone('Z', C, 1000)], []);
    const near = createSite('m', offset(...C, 300, 0), 300, { operator: 'mobifone' });
    e.setSites([near]);
    const input = { operator: 'viettel', k: 1, existingSites: [near], coLocation: true } as const;
    const grid = suggestSites(e, { operator: 'viettel', k: 1 }).proposals[0]!;
    const tower = suggestSites(e, input).proposals[0]!;
    expect(grid.gainKm2).toBeCloseTo(1, 5);
    expect(tower.tower).toBe('near-m');
    expect(tower.gainKm2).toBeLessThan(grid.gainKm2 - 0.005);
    // Without a bonus the tower wins only a tie; with a bonus too small for its shortfall the grid wins.
    expect(suggestSites(e, { ...input, coLocationBonus: 0 }).proposals[0]!.tower).toBeNull();
    const shortfall = grid.gainKm2 / tower.gainKm2 - 1;
    expect(suggestSites(e, { ...input, coLocationBonus: shortfall * 0.9 }).proposals[0]!.tower).toBeNull();
    expect(suggestSites(e, { ...input, coLocationBonus: shortfall * 1.1 }).proposals[0]!.tower).toBe('near-m');
  });
});
