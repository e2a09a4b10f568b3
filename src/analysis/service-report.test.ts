/**
 * The annual report's tables beyond the targets, from the coverage service: the operator comparison, shared
 * towers on the report date and a year before (sites on air by each date), and the parameters in use.
 */
import { describe, expect, it } from 'vitest';
import { candidate, createInput } from '../../test/support/coverage-service-input.js';
import { CoverageService } from './coverage-service.js';
import { serviceReport } from './service-report.js';

/** The test city with a Viettel site and a VNPT one 10 m away in E (on air 2026-03-01), and a lone MobiFone site in W. */
function createService(): CoverageService {
  const svc = new CoverageService();
  svc.init(createInput());
  svc.setBaseSites([
    candidate('e1', 1000, 0, { onAir: '2020-01-01' }),
    candidate('e2', 1010, 0, { operator: 'vnpt', onAir: '2026-03-01' }),
    candidate('w1', -1000, 0, { operator: 'mobifone', onAir: '2020-01-01' }),
  ]);
  return svc;
}

describe('serviceReport figures', () => {
  it('counts a tower shared on the report date that was not shared a year before', () => {
    const report = serviceReport(createService(), 2026, '2025');
    const east = report.figures.sharing!.find((r) => r.id === 'E')!;
    expect(east.now).toMatchObject({ towers: 1, sharedTowers: 1, sitesOnShared: 2 });
    expect(east.before).toMatchObject({ towers: 1, sharedTowers: 0, sitesOnShared: 0 });
  });

  it('lists the city first in the sharing table, counting every tower', () => {
    const report = serviceReport(createService(), 2026, '2025');
    expect(report.figures.sharing![0]).toMatchObject({ level: 'city', now: { towers: 2, sharedTowers: 1 } });
  });

  it('names the leading 5G operator of each unit at both coverage levels', () => {
    const report = serviceReport(createService(), 2026, '2025');
    for (const level of ['outdoor', 'indoor'] as const) {
      const west = report.figures.operators[level].find((r) => r.id === 'W')!;
      expect(west.comparison['5G'].area.operators).toEqual(['mobifone']);
    }
  });

  it('records the default parameters when none were changed', () => {
    expect(serviceReport(createService(), 2026, '2025').figures.params).toEqual({ overrides: {}, defaults: true });
  });

  it('records the parameters changed from the defaults', () => {
    const svc = createService();
    svc.setParams({ edgeProbability: 0.95 });
    expect(serviceReport(svc, 2026, '2025').figures.params).toEqual({
      overrides: { edgeProbability: 0.95 },
      defaults: false,
    });
  });
});
