/**
 * Stored figures of the shipped data (stored-results.ts, service-stored.ts): a date answered from them equals the
 * engine's own figures for that date, the engine catches up before anything reads it, and the stored figures are not
 * used once the sites are not the shipped ones (an import, a plan site, a grid level).
 */
import { describe, expect, it } from 'vitest';
import { candidate, createInput, rowsOf } from '../../test/support/coverage-service-input.js';
import { CoverageService, type ServiceResults } from './coverage-service.js';
import { engineSnapshot } from './service-stored.js';
import { decodeSnapshot, encodeSnapshot } from './stored-results.js';

const dated = (id: string, dx: number, onAir: string, onAir5g: string | null) =>
  candidate(id, dx, 0, { onAir, onAir5g, sample: true });
const SITES = [
  dated('a', -1000, '2015-01-01', '2024-12-01'),
  dated('b', 1200, '2021-06-01', '2025-06-01'),
  dated('c', 500, '2024-03-01', null),
  dated('d', -300, '2026-02-01', '2026-02-01'),
];
const DATES = ['2020-12-31', '2024-12-31', '2025-06-30', '2026-03-31'];
const input = () => ({ ...createInput(), siteRows: rowsOf(SITES) });
const figures = ({ timings: _t, ...rest }: ServiceResults) => rest;

/** A service with every date of DATES stored, through the bytes, as the data build stores them. */
function createStoredService(): CoverageService {
  const maker = new CoverageService();
  maker.init(input());
  const snaps = DATES.map((d) => {
    maker.setAsOf(d);
    return decodeSnapshot(encodeSnapshot(engineSnapshot(maker.requireEngine(), d)), `${d}.bin`);
  });
  const svc = new CoverageService();
  svc.init(input());
  for (const s of snaps) svc.storedDates!.add(s);
  return svc;
}

describe('stored figures of a date', () => {
  it('answer the date with exactly the figures the engine computes for it', () => {
    const stored = createStoredService();
    const computed = new CoverageService();
    computed.init(input());
    for (const d of [...DATES, DATES[0]!]) {
      const fromStore = stored.setAsOf(d);
      expect(fromStore.timings.stored).toBe(1);
      expect(figures(fromStore)).toEqual(figures(computed.setAsOf(d)));
    }
  });

  it('leave the engine behind until it is read, then it catches up to the date', () => {
    const stored = createStoredService();
    const computed = new CoverageService();
    computed.init(input());
    stored.setAsOf('2020-12-31');
    computed.setAsOf('2020-12-31');
    const site = candidate('plan-1', 200, 100);
    const a = stored.applyPlan([site], []);
    const b = computed.applyPlan([site], []);
    expect(a.areas).toEqual(b.areas);
    expect(a.city).toEqual(b.city);
    // With a plan site the stored figures no longer apply: the date is computed.
    expect(stored.setAsOf('2024-12-31').timings.stored).toBeUndefined();
  });

  it('are not used for a date that is not stored, nor after the base sites are replaced', () => {
    const stored = createStoredService();
    expect(stored.setAsOf('2023-01-01').timings.stored).toBeUndefined();
    stored.setBaseSites([candidate('imported-1', 0, 0)]);
    expect(stored.setAsOf('2024-12-31').timings.stored).toBeUndefined();
  });

  it('are refused when made over other areas, naming the date', () => {
    const maker = new CoverageService();
    maker.init(input());
    const snap = engineSnapshot(maker.requireEngine(), '2024-12-31');
    const other = { ...snap, areaKeys: snap.areaKeys.slice(1) };
    expect(() => maker.storedDates!.add(other)).toThrow(
      `stored results of 2024-12-31: made over ${snap.areaKeys.length - 1} other areas than the analysis's — not used`,
    );
  });
});

describe('stored figures file', () => {
  const bytes = () => {
    const svc = new CoverageService();
    svc.init(input());
    return encodeSnapshot(engineSnapshot(svc.requireEngine(), '2024-12-31'));
  };

  it('is refused when truncated, naming the file', () => {
    const b = bytes();
    expect(() => decodeSnapshot(b.subarray(0, b.length - 8), 'q.bin')).toThrow(
      `q.bin: ${b.length - 8} bytes, expected ${b.length} — not a stored results file of this version; run \`npm run data\` again`,
    );
  });

  it('is refused when it is another kind of file', () => {
    const text = new TextEncoder().encode('{"type":"FeatureCollection"}');
    const b = new Uint8Array(4 + text.length);
    new DataView(b.buffer).setUint32(0, text.length, true);
    b.set(text, 4);
    expect(() => decodeSnapshot(b, 'zones.json')).toThrow(
      'zones.json: the file starts with undefined, not "HNRS" — not a stored results file of this version; run `npm run data` again',
    );
  });
});
