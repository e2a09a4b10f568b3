import { describe, expect, it } from 'vitest';
import { latLngToCell } from 'h3-js';
import type { LngLat } from '../domain/geo.js';
import type { GroundReport } from '../domain/ground-report.js';
import { importedFootprint } from './engine/footprints.js';
import { buildPointLookup, lookupPoint } from './point-lookup.js';
import { analyseGroundReports, type LocateAreas } from './ground-reports.js';
import { createSquare, offset } from '../../test/fixtures/analysis.js';

const C: LngLat = [105.85, 21.03];

/**
 * Viettel 5G: outdoors a 1,000 m square centred on C, indoors a 500 m one (edges 500 m and 250 m east of C). No 4G,
 * no other operator. A point 200 m east is covered indoors, 400 m east outdoors only, 800 m east not at all.
 */
const lookup = buildPointLookup({
  sites: [],
  speedTests: [],
  footprints: [
    importedFootprint('out', 'viettel', '5G', createSquare(...C, 1000))!,
    importedFootprint('in', 'viettel', '5G', createSquare(...C, 500), 'indoor')!,
  ],
});
const coverageAt = (p: LngLat) => lookupPoint(lookup, p).covered;
const east = (m: number) => offset(...C, m, 0);

/** Unit U1 and ward W1 up to 600 m east of C, unit U2 beyond (no ward there); district D1 everywhere. */
const locate: LocateAreas = (lng) =>
  lng < east(600)[0]
    ? [
        { level: 'unit2025', id: 'U1' },
        { level: 'district2019', id: 'D1' },
        { level: 'ward2019', id: 'W1' },
      ]
    : [
        { level: 'unit2025', id: 'U2' },
        { level: 'district2019', id: 'D1' },
      ];

/** A report `m` metres east of C: no Viettel 5G signal on 1 March 2026, overridable. */
function createReport(id: string, m: number, over: Partial<GroundReport> = {}): GroundReport {
  const [lng, lat] = east(m);
  return { id, lng, lat, kind: 'none', operator: 'viettel', technology: '5G', date: '2026-03-01', note: '', ...over };
}

const check = (r: GroundReport) => analyseGroundReports([r], coverageAt, locate).checks[0]!;

describe('analyseGroundReports: one report against the model', () => {
  it('a report of no signal inside the indoor footprint contradicts the model most: score 2 × 2', () => {
    expect(check(createReport('a', 200))).toMatchObject({
      modelled: { outdoor: true, indoor: true },
      conflict: true,
      score: 4,
    });
  });

  it('a report of no signal outside the footprint agrees with the model: no conflict, score 0', () => {
    expect(check(createReport('c', 800))).toMatchObject({
      modelled: { outdoor: false, indoor: false },
      conflict: false,
      score: 0,
    });
  });

  it('a weak signal between the indoor and the outdoor edge scores 1 × 1', () => {
    expect(check(createReport('b', 400, { kind: 'weak' }))).toMatchObject({
      modelled: { outdoor: true, indoor: false },
      conflict: true,
      score: 1,
    });
  });

  it('a report about an unknown operator is set against any operator', () => {
    expect(check(createReport('e', 200, { operator: 'unknown', kind: 'weak' })).score).toBe(2);
  });

  it("another operator's report is not contradicted by Viettel's footprint", () => {
    expect(check(createReport('d', 200, { operator: 'vnpt' })).conflict).toBe(false);
  });

  it('a 4G report is not contradicted by a 5G footprint', () => {
    expect(check(createReport('f', 200, { technology: '4G' })).conflict).toBe(false);
  });

  it('names the H3 resolution-8 cell holding the point', () => {
    const r = createReport('a', 200);
    expect(check(r).areas.h3r8).toBe(latLngToCell(r.lat, r.lng, 8));
  });
});

describe('analyseGroundReports: per area and the follow-up list', () => {
  const reports = [
    createReport('c', 800),
    createReport('b', 400, { kind: 'weak' }),
    createReport('a', 200),
    createReport('e', 200, { operator: 'unknown', kind: 'weak', date: '2026-03-05' }),
    createReport('g', 250 - 100, { operator: 'unknown', kind: 'weak', date: '2026-03-02' }),
  ];
  const analysis = analyseGroundReports(reports, coverageAt, locate);

  it('lists the reports most conflicting first, the newer first at equal score', () => {
    expect(analysis.checks.map((c) => [c.report.id, c.score])).toEqual([
      ['a', 4],
      ['e', 2],
      ['g', 2],
      ['b', 1],
      ['c', 0],
    ]);
  });

  it('counts the reports and conflicts of each 2025 unit, the most conflicts first', () => {
    expect(analysis.areas.unit2025).toEqual([
      {
        level: 'unit2025',
        id: 'U1',
        reports: 4,
        none: 1,
        weak: 3,
        conflicts: 4,
        conflictsNone: 1,
        conflictsWeak: 3,
        score: 9,
      },
      {
        level: 'unit2025',
        id: 'U2',
        reports: 1,
        none: 1,
        weak: 0,
        conflicts: 0,
        conflictsNone: 0,
        conflictsWeak: 0,
        score: 0,
      },
    ]);
  });

  it('leaves a report outside every ward out of the ward rows', () => {
    expect(analysis.areas.ward2019.map((r) => [r.id, r.reports])).toEqual([['W1', 4]]);
  });

  it('counts every report in some H3 cell', () => {
    expect(analysis.areas.h3r8.reduce((n, r) => n + r.reports, 0)).toBe(5);
  });

  it('totals the reports and the conflicts', () => {
    expect([analysis.reports, analysis.conflicts, analysis.outside]).toEqual([5, 4, 0]);
  });

  it('counts a report outside every 2025 unit as outside', () => {
    const none: LocateAreas = () => [];
    expect(analyseGroundReports([createReport('a', 200)], coverageAt, none).outside).toBe(1);
  });
});
