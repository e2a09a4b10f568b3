import { describe, expect, it } from 'vitest';
import { CoverageEngine } from './engine.js';
import { createSite, createSquare } from '../../../test/fixtures/analysis.js';

const C: [number, number] = [105.85, 21.03];

/** The area, m², of a WKT MULTIPOLYGON in plane metres (rings with holes of opposite winding add up). */
function wktAreaM2(wkt: string): number {
  let sum = 0;
  for (const m of wkt.matchAll(/\(([^()]+)\)/g)) {
    const pts = m[1]!.split(',').map((p) => p.trim().split(' ').map(Number) as [number, number]);
    let s = 0;
    for (let i = 0; i + 1 < pts.length; i++) s += pts[i]![0] * pts[i + 1]![1] - pts[i + 1]![0] * pts[i]![1];
    sum += s / 2;
  }
  return Math.abs(sum);
}

describe('exportGeometry', () => {
  it('exports one footprint per technology and coverage level, each the one its level is measured with', () => {
    const e = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 30_000) }], []);
    e.setSites([createSite('omni', C, 0, { rangeM: null })]);
    const exp = e.exportGeometry();
    expect(exp.footprints.map((f) => `${f.level} ${f.tech}`).sort()).toEqual([
      'indoor 4G',
      'indoor 5G',
      'outdoor 4G',
      'outdoor 5G',
    ]);
    const unit = e.results('unit2025')[0]!;
    for (const f of exp.footprints) {
      // The unit holds the whole footprint: its covered area is the footprint's.
      const covered = unit.byLevel[f.level][f.tech].viettel.coveredKm2 * 1e6;
      expect(wktAreaM2(f.wkt)).toBeCloseTo(covered, -1);
    }
    const m2 = (level: string, tech: string) =>
      wktAreaM2(exp.footprints.find((f) => f.level === level && f.tech === tech)!.wkt);
    expect(m2('indoor', '5G')).toBeLessThan(m2('outdoor', '5G'));
    expect(exp.areas.map((a) => a.id)).toEqual(['U']);
  });
});
