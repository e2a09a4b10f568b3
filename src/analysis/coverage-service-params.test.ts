/**
 * The model's parameters in the coverage service (`setParams`, service-params.ts): new parameters change the
 * figures, going back to the defaults gives the defaults' figures to the bit, the plan's sites and grid levels stay,
 * and the data build's stored figures (computed with the defaults) are not used under other parameters.
 */
import { describe, expect, it } from 'vitest';
import { at, candidate, createInput, rowsOf } from '../../test/support/coverage-service-input.js';
import { CoverageService, type ServiceResults } from './coverage-service.js';
import { engineSnapshot } from './service-stored.js';
import { decodeSnapshot, encodeSnapshot } from './stored-results.js';

/** Modelled sites (no declared range), so that the model's parameters decide their footprints. */
const SITES = [
  candidate('a', -1000, 0, { rangeM: null, sample: true, heightM: 25 }),
  candidate('b', 1200, 300, { rangeM: null, sample: true, heightM: 25, onAir: '2025-06-01' }),
];
const input = () => ({ ...createInput(), siteRows: rowsOf(SITES) });
const figures = ({ timings: _t, ...rest }: ServiceResults) => rest;

function createService(): CoverageService {
  const svc = new CoverageService();
  svc.init(input());
  return svc;
}

describe('CoverageService.setParams', () => {
  it('changes the figures when the cell-edge probability changes', () => {
    const svc = createService();
    const before = svc.setAsOf(null);
    const after = svc.setParams({ edgeProbability: 0.5 });
    expect(after.city.byLevel.outdoor['5G'].any.coveredKm2).toBeGreaterThan(
      before.city.byLevel.outdoor['5G'].any.coveredKm2,
    );
  });

  it('gives the defaults figures again, to the bit, after going back to the defaults', () => {
    const svc = createService();
    const defaults = figures(svc.setAsOf(null));
    svc.setParams({ edgeProbability: 0.5, linkBudget: { '4G': { txPowerDbm: 40 } } });
    expect(figures(svc.setParams({}))).toEqual(defaults);
  });

  it('keeps the plan sites in the figures', () => {
    const svc = createService();
    svc.applyPlan([candidate('plan-1', 1500, -1500, { rangeM: null })], []);
    const withPlan = figures(svc.setParams({ edgeProbability: 0.5 }));
    const fresh = createService();
    fresh.setParams({ edgeProbability: 0.5 });
    expect(withPlan.city.sites['5G'].any).toBe(fresh.setAsOf(null).city.sites['5G'].any + 1);
  });

  it('keeps the parameters for the next date asked', () => {
    const svc = createService();
    const custom = figures(svc.setParams({ edgeProbability: 0.5 }));
    svc.setAsOf('2024-12-31');
    expect(figures(svc.setAsOf(null))).toEqual(custom);
    expect(svc.model.params.edgeProbability).toBe(0.5);
  });

  it('refuses invalid parameters, naming the field, the value and the rule, and keeps those in use', () => {
    const svc = createService();
    svc.setParams({ edgeProbability: 0.5 });
    expect(() => svc.setParams({ edgeProbability: 1.5 })).toThrow(
      'coverage parameters: edgeProbability: 1.5 is not a number from 0.5 to 0.99',
    );
    expect(svc.model.params.edgeProbability).toBe(0.5);
  });

  it('classifies a site by the census density where it stands, as the engine does without a grid', () => {
    const env = createService().model.environmentOf();
    // The test city's one ward counts 1,250 residents/km² in the area index: suburban; outside it, none: rural.
    expect(env(SITES[0]!)).toBe('suburban');
    const [lng, lat] = at(5000, 0);
    expect(env({ ...SITES[0]!, lng, lat })).toBe('rural');
  });
});

/** A service with the date `now` and 2024-12-31 stored, as the data build stores them (with the defaults). */
function createStoredService(): CoverageService {
  const maker = createService();
  const snaps = ['2024-12-31', 'now'].map((d) => {
    maker.setAsOf(d === 'now' ? null : d);
    return decodeSnapshot(encodeSnapshot(engineSnapshot(maker.requireEngine(), d)), `${d}.bin`);
  });
  const svc = createService();
  for (const s of snaps) svc.storedDates!.add(s);
  return svc;
}

describe('stored figures under other parameters', () => {
  it('are not used while the parameters differ from the defaults', () => {
    const svc = createStoredService();
    expect(svc.setAsOf('2024-12-31').timings.stored).toBe(1);
    svc.setParams({ edgeProbability: 0.5 });
    const r = svc.setAsOf('2024-12-31');
    expect(r.timings.stored).toBeUndefined();
  });

  it('are used again once the parameters are back to the defaults', () => {
    const svc = createStoredService();
    svc.setParams({ edgeProbability: 0.5 });
    svc.setParams({ edgeProbability: 0.9 });
    expect(svc.setAsOf('2024-12-31').timings.stored).toBe(1);
  });
});
