import { describe, expect, it } from 'vitest';
import { CoverageEngine } from './engine.js';
import { innerRadius } from './footprints.js';
import { COVERAGE_LEVELS } from '../../domain/coverage-level.js';
import { TECHNOLOGIES } from '../../domain/telecom.js';
import { OP_SETS } from './types.js';
import { createSite, createSquare, offset } from '../../../test/fixtures/analysis.js';

const C: [number, number] = [105.85, 21.03];
const FINE = { circleVertices: 1440 };
const disc = (r: number) => Math.PI * r * r;

/** Modelled sites (no declared range) around C: omni and three-sector, both technologies. */
function createModelledSites() {
  return [
    createSite('omni', C, 0, { rangeM: null }),
    createSite('sectors', offset(...C, 900, -400), 0, { rangeM: null, azimuthsDeg: [10, 130, 250] }),
    createSite('vnpt', offset(...C, -1200, 600), 0, {
      rangeM: null,
      operator: 'vnpt',
      bands: ['B8'],
      technologies: ['4G'],
    }),
  ];
}

describe('CoverageEngine coverage levels', () => {
  it('places a site at the levels asked only, and removing it restores every figure', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 8000) }], []);
    e.setSites(createModelledSites());
    const before = e.results('unit2025')[0]!;
    e.upsertSite(createSite('trial', offset(...C, 2000, 2000), 0, { rangeM: null }), ['outdoor']);
    const during = e.results('unit2025')[0]!;
    expect(during.byLevel.outdoor['5G'].viettel.coveredKm2).toBeGreaterThan(
      before.byLevel.outdoor['5G'].viettel.coveredKm2,
    );
    expect(during.byLevel.indoor).toEqual(before.byLevel.indoor);
    expect(e.footprintsOf('trial')!.map((f) => f.level)).toEqual(['outdoor', 'outdoor']);
    e.removeSite('trial');
    expect(e.results('unit2025')[0]).toEqual(before);
  });

  it('covers πr² at each level with the range the model gives that level', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 20_000) }], [], FINE);
    e.setSites([createSite('s', C, 0, { rangeM: null, technologies: ['4G'], bands: ['B3'] })]);
    const r = e.results('unit2025')[0]!;
    const ranges = e.footprintsOf('s')!;
    for (const level of COVERAGE_LEVELS) {
      const rangeM = ranges.find((f) => f.level === level)!.rangeM;
      expect(r.byLevel[level]['4G'].viettel.coveredKm2).toBeCloseTo(disc(rangeM) / 1e6, 3);
    }
    expect(ranges.find((f) => f.level === 'indoor')!.rangeM).toBeLessThan(
      ranges.find((f) => f.level === 'outdoor')!.rangeM,
    );
  });

  it('never covers more indoors than outdoors, in any area, technology or operator set', () => {
    const areas = [-1, 0, 1].flatMap((i) =>
      [-1, 0, 1].map((j) => ({
        id: `${i},${j}`,
        level: 'ward2019' as const,
        geometry: createSquare(...offset(...C, i * 1500, j * 1500), 1500),
      })),
    );
    const e = new CoverageEngine(areas, []);
    e.setSites(createModelledSites());
    let compared = 0;
    for (const r of e.results('ward2019'))
      for (const tech of TECHNOLOGIES)
        for (const op of OP_SETS) {
          expect(r.byLevel.indoor[tech][op].coveredKm2).toBeLessThanOrEqual(
            r.byLevel.outdoor[tech][op].coveredKm2 + 1e-9,
          );
          if (r.byLevel.indoor[tech][op].coveredKm2 > 0) compared++;
        }
    expect(compared).toBeGreaterThan(0);
  });

  it('keeps outdoor figures in `coverage`, the same object as `byLevel.outdoor`', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 8000) }], []);
    e.setSites(createModelledSites());
    const r = e.results('unit2025')[0]!;
    expect(r.coverage).toBe(r.byLevel.outdoor);
    expect(r.byLevel.indoor['4G'].any.coveredKm2).toBeLessThan(r.byLevel.outdoor['4G'].any.coveredKm2);
  });

  it('draws the uncovered part of each level: larger indoors', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 8000) }], []);
    e.setSites(createModelledSites());
    const out = e.uncovered('unit2025', 'U', '5G', 'any', 'outdoor')!;
    const ind = e.uncovered('unit2025', 'U', '5G', 'any', 'indoor')!;
    expect(ind.areaKm2).toBeGreaterThan(out.areaKm2);
    const r = e.results('unit2025')[0]!;
    expect(ind.areaKm2).toBeCloseTo(r.areaKm2 - r.byLevel.indoor['5G'].any.coveredKm2, 3);
  });
});

describe('innerRadius', () => {
  it('is the distance to the nearest edge of an outline traced around the site, either way round', () => {
    const square: [number, number][] = [
      [10, 10],
      [-10, 10],
      [-10, -10],
      [10, -10],
    ];
    expect(innerRadius(square)).toBeCloseTo(10, 9);
    expect(innerRadius([...square].reverse())).toBeCloseTo(10, 9);
  });

  it('is 0 for a wedge through the site and for an outline not around it', () => {
    expect(
      innerRadius([
        [0, 0],
        [10, 10],
        [-10, 10],
      ]),
    ).toBe(0);
    expect(
      innerRadius([
        [20, 1],
        [30, 1],
        [30, 10],
        [20, 10],
      ]),
    ).toBe(0);
  });
});
