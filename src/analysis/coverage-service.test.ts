/**
 * The coverage service's site edits: plan sites through the incremental engine, base sites replaced under the plan,
 * and the results with other base sites for comparing two data sources. Dates: coverage-service-dates.test.ts;
 * the annual report: coverage-service-report.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { candidate, createInput, rowsOf } from '../../test/support/coverage-service-input.js';
import { CoverageService } from './coverage-service.js';

describe('CoverageService plan edits', () => {
  it('a candidate site in a failing zone raises the zone to 100 % and reports the areas it changed', () => {
    const svc = new CoverageService();
    const before = svc.init(createInput());
    expect(before.zones[0]!.pass).toBe(false);
    const up = svc.applyPlan([candidate('plan-1', 1200, 0)], []);
    expect(up.zones[0]).toMatchObject({ id: 'z1', pass: true });
    expect(up.zones[0]!.percent5g.viettel).toBeCloseTo(100, 6);
    // Every area with pieces in the tiles the site reaches is reported (here all of them share tiles).
    expect(Object.keys(up.areas)).toEqual(expect.arrayContaining(['district2019|D', 'unit2025|E', 'zone|z1']));
    expect(up.areas['unit2025|E']!.coverage['5G'].viettel.percent).toBeGreaterThan(
      before.areas['unit2025|E']!.coverage['5G'].viettel.percent,
    );
    expect(up.footprints['plan-1']!.map((f) => `${f.tech} ${f.level}`).sort()).toEqual([
      '4G indoor',
      '4G outdoor',
      '5G indoor',
      '5G outdoor',
    ]);
    expect(up.footprints['plan-1']![0]!.geometry.type).toBe('MultiPolygon');
  });

  it('moving then removing the candidate gives exactly the results of a fresh analysis', () => {
    const svc = new CoverageService();
    const before = svc.init(createInput());
    svc.applyPlan([candidate('plan-1', 1200, 0)], []);
    const moved = svc.applyPlan([candidate('plan-1', -500, 300)], []);
    const fresh = new CoverageService();
    fresh.init(createInput());
    fresh.applyPlan([candidate('plan-1', -500, 300)], []);
    const whole = fresh.setBaseSites(fresh.sites);
    for (const [key, r] of Object.entries(moved.areas)) expect(r).toEqual(whole.areas[key]);
    expect(moved.city).toEqual(whole.city);
    const removed = svc.applyPlan([], ['plan-1']);
    expect(removed.city).toEqual(before.city);
    expect(removed.areas['unit2025|W']).toEqual(before.areas['unit2025|W']);
  });

  it('replacing the base sites keeps the plan on top, and refuses ids that clash', () => {
    const svc = new CoverageService();
    svc.init(createInput());
    svc.applyPlan([candidate('plan-1', 1200, 0)], []);
    const r = svc.setBaseSites([]);
    expect(r.zones[0]!.pass).toBe(true);
    expect(r.city.sites['5G'].any).toBe(1);
    expect(() => svc.setBaseSites([candidate('plan-1', 0, 0)])).toThrow(/taken by a site of the plan/);
    expect(() => svc.applyPlan([candidate('s1', 0, 0)], [])).not.toThrow();
    svc.setBaseSites([candidate('base-9', 0, 0)]);
    expect(() => svc.applyPlan([candidate('base-9', 10, 0)], [])).toThrow(/taken by a base site/);
  });
});

describe('comparing two data sources', () => {
  const sample = candidate('s-1', -1000, 0, { sample: true, onAir: '2015-01-01' });
  const imported = [
    candidate('i-1', 1200, 0, { onAir: '2024-06-01' }),
    candidate('i-2', 500, 0, { onAir: '2026-03-01' }),
  ];

  it('the results with the sample alone equal an analysis of the sample alone, as of the date in use, and the sites in use come back', () => {
    const svc = new CoverageService();
    svc.init(createInput());
    const joined = svc.setBaseSites([sample, ...imported]);
    const alone = svc.resultsWithSites([sample]);
    const fresh = new CoverageService().init({ ...createInput(), siteRows: rowsOf([sample]) });
    expect(alone.areas).toEqual(fresh.areas);
    expect(alone.zones).toEqual(fresh.zones);
    expect(svc.setAsOf(null).areas).toEqual(joined.areas);
    // On a date, the imported sites alone are those on air by then.
    svc.setAsOf('2025-01-01');
    const importedThen = svc.resultsWithSites(svc.allSites.filter((s) => !s.sample));
    const freshThen = new CoverageService().init({ ...createInput(), siteRows: rowsOf([imported[0]!]) });
    expect(importedThen.areas).toEqual(freshThen.areas);
    expect(svc.sites.map((s) => s.id).sort()).toEqual(['i-1', 's-1']);
  });

  it('new base sites on a date are filtered to that date', () => {
    const svc = new CoverageService();
    svc.init(createInput());
    svc.setAsOf('2025-01-01');
    const r = svc.setBaseSites([sample, ...imported]);
    expect(svc.sites.map((s) => s.id).sort()).toEqual(['i-1', 's-1']);
    expect(r.city.sites['4G'].any).toBe(2);
    expect(svc.setAsOf(null).city.sites['4G'].any).toBe(3);
  });
});
