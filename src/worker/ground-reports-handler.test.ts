import { describe, expect, it } from 'vitest';
import type { LngLat } from '../domain/geo.js';
import type { GroundReport } from '../domain/ground-report.js';
import type { Site } from '../domain/telecom.js';
import { CoverageEngine } from '../analysis/engine/engine.js';
import { groundReportsHandler, MAX_GROUND_REPORTS } from './ground-reports-handler.js';
import type { PointService } from './point-handler.js';
import { createSite, createSquare, offset } from '../../test/fixtures/analysis.js';

const C: LngLat = [105.85, 21.0];

/** A service over an engine of one 10 km square unit with `sites` placed. */
function createService(sites: Site[]) {
  const engine = new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 10_000) }], []);
  engine.setSites(sites);
  const service: PointService & { sites: readonly Site[] } = { sites, requireEngine: () => engine };
  return { service, engine };
}

const layers = async () => ({ coverage: [] });

/** A report of no Viettel 4G signal `m` metres east of C. */
function createReport(id: string, m: number): GroundReport {
  const [lng, lat] = offset(...C, m, 0);
  return { id, lng, lat, kind: 'none', operator: 'viettel', technology: '4G', date: '2026-03-01', note: '' };
}

describe('groundReportsHandler', () => {
  it("sets reports inside and outside a site's 1 km footprint against the engine", async () => {
    const { service } = createService([createSite('s', C, 1000, { technologies: ['4G'], bands: ['B3'] })]);
    const r = await groundReportsHandler(service, layers)(null, [createReport('out', 3000), createReport('in', 300)]);
    expect(r.checks.map((c) => [c.report.id, c.conflict])).toEqual([
      ['in', true],
      ['out', false],
    ]);
    expect(r.areas.unit2025.map((a) => [a.id, a.reports, a.conflicts])).toEqual([['U', 2, 1]]);
  });

  it('refuses a value that is not a report, naming its place and problem, and analyses the rest', async () => {
    const { service } = createService([]);
    const r = await groundReportsHandler(service, layers)(null, [
      { ...createReport('x', 0), kind: 'strong' },
      createReport('ok', 0),
    ]);
    expect(r.refused).toEqual([{ index: 0, problem: 'kind "strong" is not one of none, weak' }]);
    expect(r.reports).toBe(1);
  });

  it('rejects more reports than it analyses at once, in both languages', async () => {
    const { service } = createService([]);
    const ask = () => groundReportsHandler(service, layers)(null, new Array(MAX_GROUND_REPORTS + 1).fill(null));
    await expect(ask()).rejects.toThrow('100,001 reports are more than the 100,000 analysed at once');
    await expect(ask()).rejects.toMatchObject({
      vi: '100.001 báo cáo vượt quá 100.000 báo cáo được phân tích một lần',
    });
  });
});
