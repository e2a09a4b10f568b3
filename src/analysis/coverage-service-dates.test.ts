/**
 * The coverage service as of a date: stepping through time equals a fresh analysis of the data filtered to each
 * date, preparing dates changes nothing, and new base sites on a date keep all the undated speed tests and cables.
 */
import { describe, expect, it } from 'vitest';
import { at, candidate, createInput, rowsOf } from '../../test/support/coverage-service-input.js';
import { CoverageService, type ServiceInput } from './coverage-service.js';
import { WARM_MAX_CHANGES } from './service-dates.js';

describe('figures as of a date', () => {
  const dated = (id: string, dx: number, onAir: string, onAir5g: string | null) =>
    candidate(id, dx, 0, { onAir, onAir5g, sample: true });
  const SITES = [
    dated('a', -1000, '2015-01-01', '2024-12-01'),
    dated('b', 1200, '2021-06-01', '2025-06-01'),
    dated('c', 500, '2024-03-01', null),
    dated('d', -300, '2026-02-01', '2026-02-01'),
  ];
  const input = () => ({
    ...createInput(),
    siteRows: rowsOf(SITES),
  });

  it('each step through the time equals a full analysis of the data filtered to that date', () => {
    const svc = new CoverageService();
    svc.init(input());
    for (const date of ['2020-01-01', '2024-06-30', '2025-01-01', '2025-12-31', '2020-01-01', '2026-11-30']) {
      const stepped = svc.setAsOf(date);
      const fresh = new CoverageService();
      const rows = SITES.filter((s) => s.onAir! <= date).map((s) =>
        s.onAir5g !== null && s.onAir5g > date ? { ...s, technologies: ['4G'], bands: ['B3'], onAir5g: null } : s,
      );
      const full = fresh.init({
        ...input(),
        siteRows: rowsOf(rows),
      });
      expect(stepped.areas).toEqual(full.areas);
      expect(stepped.city).toEqual(full.city);
      expect(stepped.zones).toEqual(full.zones);
    }
    const back = svc.setAsOf(null);
    expect(back.city.sites['4G'].any).toBe(4);
  });

  it('preparing other dates leaves the figures exactly as they were, and a prepared date is not visited twice', () => {
    const svc = new CoverageService();
    svc.init(input());
    const before = svc.setAsOf('2025-01-01');
    const visited = [...svc.warmDates(['2020-01-01', '2025-01-01', '2026-11-30', '2020-01-01'])];
    expect(visited).toEqual(['2020-01-01', '2026-11-30']);
    const again = svc.setAsOf('2025-01-01');
    expect(again.areas).toEqual(before.areas);
    expect(again.city).toEqual(before.city);
    expect(again.zones).toEqual(before.zones);
    expect(svc.setAsOf('2026-11-30').areas).toEqual(
      new CoverageService().init({ ...input(), siteRows: input().siteRows }).areas,
    );
  });

  it('leaves the dates too many sites away, and stops at the next plan edit', () => {
    // WARM_MAX_CHANGES + 1 sites go on air in 2025: 2024 is that many changes away from "now", 2026 none.
    const many = Array.from({ length: WARM_MAX_CHANGES + 1 }, (_, i) => dated(`n${i}`, i - 50, '2025-03-01', null));
    const svc = new CoverageService();
    svc.init({ ...createInput(), siteRows: rowsOf([...SITES, ...many]) });
    expect([...svc.warmDates(['2024-06-30', '2026-11-30'])]).toEqual(['2026-11-30']);
    const visits = svc.warmDates(['2026-03-31', '2026-06-30', '2026-09-30']);
    expect(visits.next().value).toBe('2026-03-31');
    svc.applyPlan([candidate('plan-1', 0, 800)], []);
    expect(visits.next().done).toBe(true);
    expect([...svc.warmDates(['2026-06-30'])]).toEqual(['2026-06-30']);
  });
});

describe('new base sites while the map stands on a date', () => {
  it('keep every speed test and cable of the data: back to "now", the figures are those of all the data', () => {
    const test = (id: string, date: string, downMbps: number) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: at(-1000, 0) },
      properties: {
        id,
        tech: '4G' as const,
        operator: 'viettel' as const,
        downMbps,
        upMbps: null,
        latencyMs: null,
        date,
        tests: 1,
        kind: 'test' as const,
        sample: true,
      },
    });
    const withTests = (): ServiceInput => ({
      ...createInput(),
      speedTests: { type: 'FeatureCollection', features: [test('t1', '2024-06-01', 30), test('t2', '2026-06-01', 50)] },
    });
    const svc = new CoverageService();
    const fresh = svc.init(withTests());
    svc.setAsOf('2025-01-01');
    svc.setBaseSites(svc.allSites);
    const now = svc.setAsOf(null);
    expect(now.speeds).toEqual(fresh.speeds);
    expect(now.speeds['unit2025|W']!['4G'].count).toBe(2);
  });
});
