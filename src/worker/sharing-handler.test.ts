import { describe, expect, it } from 'vitest';
import type { Site } from '../domain/telecom.js';
import { candidate, createInput } from '../../test/support/coverage-service-input.js';
import { CoverageService } from '../analysis/coverage-service.js';
import { serviceReport } from '../analysis/service-report.js';
import { TOWER_DISTANCE_M } from '../analysis/sharing-towers.js';
import { sharingHandler } from './sharing-handler.js';

/** The test city (units W and E, 2 km squares) with `sites` as its base sites. */
function createService(sites: Site[]): CoverageService {
  const svc = new CoverageService();
  svc.init(createInput());
  svc.setBaseSites(sites);
  return svc;
}

/** A Viettel site and a VNPT one 10 m east of it, in unit E. */
const createPair = (): Site[] => [candidate('e1', 1000, 0), candidate('e2', 1010, 0, { operator: 'vnpt' })];

const ready = async () => {};

describe('sharingHandler', () => {
  it('counts two sites of different operators 10 m apart as one shared tower carrying 2 operators', async () => {
    const ask = sharingHandler(createService(createPair()), ready);
    const r = await ask(null, 'unit2025', 'E', null);
    expect(r.figures).toEqual({ sites: 2, towers: 1, sharedTowers: 1, sitesOnShared: 2, operatorTowers: 2 });
    expect(r.sharedSitesPercent).toBe(100);
    expect(r.operatorsPerTower).toBe(2);
  });

  it('adds a lone third site as a second, unshared tower: 2 of 3 sites on shared towers', async () => {
    const sites = [...createPair(), candidate('e3', 1500, 0, { operator: 'mobifone' })];
    const r = await sharingHandler(createService(sites), ready)(null, 'unit2025', 'E', null);
    expect(r.figures).toMatchObject({ sites: 3, towers: 2, sharedTowers: 1, sitesOnShared: 2 });
    expect(r.sharedSitesPercent).toBeCloseTo(66.667, 2);
    expect(r.operatorsPerTower).toBeCloseTo(1.5, 9);
  });

  it('answers zero figures for an area without towers', async () => {
    const r = await sharingHandler(createService(createPair()), ready)(null, 'unit2025', 'W', null);
    expect(r.figures).toEqual({ sites: 0, towers: 0, sharedTowers: 0, sitesOnShared: 0, operatorTowers: 0 });
    expect(r.sharedSitesPercent).toBeNull();
    expect(r.operatorsPerTower).toBeNull();
  });

  it('counts only the sites on air on the date asked', async () => {
    const sites = [
      candidate('e1', 1000, 0, { onAir: '2020-01-01' }),
      candidate('e2', 1010, 0, { operator: 'vnpt', onAir: '2026-03-01' }),
    ];
    const ask = sharingHandler(createService(sites), ready);
    expect((await ask(null, 'unit2025', 'E', '2026-01-01')).figures).toMatchObject({ towers: 1, sharedTowers: 0 });
    expect((await ask(null, 'unit2025', 'E', '2026-03-01')).figures).toMatchObject({ towers: 1, sharedTowers: 1 });
    expect((await ask(null, 'unit2025', 'E', null)).figures).toMatchObject({ towers: 1, sharedTowers: 1 });
  });

  it('groups the sites again when the base sites change', async () => {
    const svc = createService(createPair());
    const ask = sharingHandler(svc, ready);
    expect((await ask(null, 'unit2025', 'E', null)).figures.sharedTowers).toBe(1);
    svc.setBaseSites([candidate('e1', 1000, 0), candidate('e2', 1100, 0, { operator: 'vnpt' })]);
    expect((await ask(null, 'unit2025', 'E', null)).figures).toMatchObject({ towers: 2, sharedTowers: 0 });
  });

  it('names the tower distance of sharing-towers.ts and the date asked', async () => {
    const r = await sharingHandler(createService(createPair()), ready)(null, 'unit2025', 'E', '2026-11-30');
    expect(r).toMatchObject({ level: 'unit2025', id: 'E', asOf: '2026-11-30', distanceM: TOWER_DISTANCE_M });
  });

  it("gives the annual report's sharing row of the area, on the report date and a year before", async () => {
    const svc = createService([
      candidate('e1', 1000, 0, { onAir: '2020-01-01' }),
      candidate('e2', 1010, 0, { operator: 'vnpt', onAir: '2026-03-01' }),
      candidate('e3', 1500, 0, { operator: 'mobifone', onAir: '2020-01-01' }),
    ]);
    const row = serviceReport(svc, 2026, '2025').figures.sharing!.find((r) => r.level === 'unit2025' && r.id === 'E')!;
    const ask = sharingHandler(svc, ready);
    expect((await ask(null, 'unit2025', 'E', '2026-11-30')).figures).toEqual(row.now);
    expect((await ask(null, 'unit2025', 'E', '2025-11-30')).figures).toEqual(row.before);
    expect(row.now).not.toEqual(row.before);
  });
});
