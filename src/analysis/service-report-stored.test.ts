/**
 * The annual report from the data build's stored figures (`npm run report` on the shipped data, the app's report):
 * a service holding no site, given the stored sums of both report dates and the shipped sites for the towers,
 * writes the very report a service computing those dates writes. Speed tests and cables are the service's own
 * input, filtered to each date as usual.
 */
import { describe, expect, it } from 'vitest';
import { candidate, createInput, rowsOf } from '../../test/support/coverage-service-input.js';
import { CoverageService } from './coverage-service.js';
import { serviceReport } from './service-report.js';
import { engineSnapshot } from './service-stored.js';
import { decodeSnapshot, encodeSnapshot } from './stored-results.js';

const SITES = [
  candidate('e1', 1000, 0, { onAir: '2020-01-01', onAir5g: '2025-06-01', sample: true }),
  candidate('e2', 1010, 0, { operator: 'vnpt', onAir: '2026-03-01', onAir5g: '2026-03-01', sample: true }),
  candidate('w1', -1000, 0, { operator: 'mobifone', onAir: '2020-01-01', onAir5g: null, sample: true }),
  candidate('w2', -400, 300, { operator: 'viettel', onAir: '2025-12-01', onAir5g: '2025-12-01', sample: true }),
];
const DATES = ['2025-11-30', '2026-11-30'];

/** The computed report, and a service without sites holding the stored sums of DATES (through their bytes). */
function services() {
  const computed = new CoverageService();
  computed.init({ ...createInput(), siteRows: rowsOf(SITES) });
  const snaps = DATES.map((d) => {
    computed.setAsOf(d);
    return decodeSnapshot(encodeSnapshot(engineSnapshot(computed.requireEngine(), d)), `${d}.bin`);
  });
  computed.setAsOf(null);
  const stored = new CoverageService();
  stored.init({ ...createInput(), siteRows: [] });
  for (const s of snaps) stored.storedDates!.add(s);
  return { computed, stored, sites: computed.allSites };
}

describe('the annual report from stored figures', () => {
  it('equals the computed report, towers and figures alike', () => {
    const { computed, stored, sites } = services();
    const want = serviceReport(computed, 2026, '2025');
    const got = serviceReport(stored, 2026, '2025', undefined, [], sites);
    expect(got).toEqual(want);
    // Not trivially: the dates differ, and the towers are counted.
    expect(want.figures.sharing![0]!.now.towers).toBeGreaterThan(0);
    expect(JSON.stringify(want.rows)).not.toBe(JSON.stringify(serviceReport(computed, 2025, '2025').rows));
  });
});
