/**
 * The calibration fit on synthetic measurements drawn from the model with known environment offsets and Gaussian
 * shadowing (synthetic.ts, seeded): offsets recovered within 1 dB (issue #16), error not worse after, classes with
 * few measurements kept at 0, measurements without a server reported.
 */
import { describe, expect, it } from 'vitest';
import type { SignalMeasurement } from '../../domain/measurement.js';
import type { Site } from '../../domain/telecom.js';
import { ENVIRONMENTS, type Environment } from '../coverage/environment.js';
import { COVERAGE_DEFAULTS } from '../coverage/model.js';
import { HANOI_CENTER } from '../../domain/geo.js';
import { HANOI_LAEA } from '../projection.js';
import { applyCalibration, fitCalibration } from './fit.js';
import { createSyntheticMeasurements, createSyntheticSites, ringEnvironment, seededRandom } from './synthetic.js';
import type { EnvOffsets } from './types.js';

const TRUE_OFFSETS: EnvOffsets = { 'dense-urban': -7, urban: 3.5, suburban: -2, rural: 5, open: 0 };
const SIGMA_DB = 8;

/** Sites over a 30 km disc and measurements drawn around them with {@link TRUE_OFFSETS}; seeded. */
function createCase(opts: { seed: number; count: number; offsets?: EnvOffsets; sites?: Site[] }) {
  const random = seededRandom(opts.seed);
  const sites = opts.sites ?? createSyntheticSites(800, 30_000, random);
  const measurements = createSyntheticMeasurements({
    sites,
    params: COVERAGE_DEFAULTS,
    environmentOf: ringEnvironment,
    offsetsDb: opts.offsets ?? TRUE_OFFSETS,
    sigmaDb: SIGMA_DB,
    count: opts.count,
    random,
    maxDistanceM: 1500,
  });
  return { sites, measurements };
}

function fit(sites: readonly Site[], measurements: readonly SignalMeasurement[], params = COVERAGE_DEFAULTS) {
  return fitCalibration({
    measurements,
    sites,
    params,
    environmentOf: ringEnvironment,
    file: 'synthetic.csv',
    fitDate: '2026-12-05T10:00:00Z',
  });
}

/** The point `distanceM` metres due east of Hà Nội's centre. */
function lngLatAt(distanceM: number): { lng: number; lat: number } {
  const [x, y] = HANOI_LAEA.forward([...HANOI_CENTER]);
  const [lng, lat] = HANOI_LAEA.inverse([x + distanceM, y]);
  return { lng, lat };
}

const byEnv = <T extends { env: Environment }>(classes: readonly T[]) => new Map(classes.map((c) => [c.env, c]));

describe('calibration fit', () => {
  const { sites, measurements } = createCase({ seed: 16, count: 12_000 });
  const { calibration, noServer } = fit(sites, measurements);

  it('recovers every offset within 1 dB from measurements with 8 dB shadowing', () => {
    expect(noServer).toEqual([]);
    for (const c of calibration.classes) {
      expect(c.n, c.env).toBeGreaterThan(400);
      expect(Math.abs(c.offsetDb - TRUE_OFFSETS[c.env]), c.env).toBeLessThan(1);
      expect(Math.abs(calibration.envOffsetDb[c.env] - TRUE_OFFSETS[c.env]), c.env).toBeLessThan(1);
    }
  });

  it('sees the shadowing σ in each class', () => {
    for (const c of calibration.classes) expect(Math.abs(c.sigmaDb! - SIGMA_DB), c.env).toBeLessThan(0.5);
  });

  it('has no larger error after the fit than before, overall and per class', () => {
    expect(calibration.after.rmseDb).toBeLessThanOrEqual(calibration.before.rmseDb);
    expect(Math.abs(calibration.after.meanErrorDb)).toBeLessThan(0.01);
    expect(calibration.after.levelMatch).toBeGreaterThanOrEqual(calibration.before.levelMatch);
    for (const c of calibration.classes) expect(c.after.rmseDb, c.env).toBeLessThanOrEqual(c.before.rmseDb);
  });

  it('keeps its provenance: file, counts, date range, fit date', () => {
    expect(calibration.provenance).toEqual({
      file: 'synthetic.csv',
      measurements: 12_000,
      withServer: 12_000,
      noServer: 0,
      from: '2025-03-01',
      to: '2025-03-28',
      fitDate: '2026-12-05T10:00:00Z',
      sites: 800,
    });
  });

  it('moves a calibrated model by what is still wrong: fitted again, the offsets stay and the new ones are near 0', () => {
    const again = fit(sites, measurements, applyCalibration(COVERAGE_DEFAULTS, calibration)).calibration;
    for (const e of ENVIRONMENTS) {
      expect(again.envOffsetDb[e]).toBeCloseTo(calibration.envOffsetDb[e], 1);
      expect(Math.abs(byEnv(again.classes).get(e)!.offsetDb)).toBeLessThan(0.2);
    }
  });
});

describe('calibration fit, edge cases', () => {
  it('keeps 0 for a class with fewer than 30 measurements and says it was not fitted', () => {
    const random = seededRandom(7);
    const inner = createSyntheticSites(300, 8000, random);
    // One site alone 25 km out, in the open class: ten measurements around it have it as their best server.
    const lone = { ...inner[0]!, id: 'LONE', ...lngLatAt(25_000) };
    const near = createCase({ seed: 8, count: 10, sites: [lone] }).measurements;
    const { measurements } = createCase({ seed: 9, count: 600, sites: inner });
    const classes = byEnv(fit([...inner, lone], [...measurements, ...near]).calibration.classes);
    expect([classes.get('open')!.n, classes.get('open')!.fitted, classes.get('open')!.offsetDb]).toEqual([
      10,
      false,
      0,
    ]);
    expect(classes.get('dense-urban')!.fitted).toBe(true);
  });

  it('reports measurements without a server (too far, or no site on their band) and fits without them', () => {
    const { sites, measurements } = createCase({ seed: 3, count: 200 });
    const far: SignalMeasurement = { ...measurements[0]!, lng: 107.5, lat: 22.5 };
    const b28: SignalMeasurement = { ...measurements[1]!, technology: '4G', band: 'B28' };
    const { calibration, noServer } = fit(sites, [far, ...measurements, b28]);
    expect(noServer).toEqual([
      { index: 0, reason: 'no-site-in-radius' },
      { index: 201, reason: 'no-band' },
    ]);
    expect([calibration.provenance.withServer, calibration.provenance.noServer, calibration.before.n]).toEqual([
      200, 2, 200,
    ]);
  });

  it('gives empty figures and no offsets for no measurements', () => {
    const { calibration } = fit(createSyntheticSites(10, 5000, seededRandom(1)), []);
    expect([calibration.before, calibration.envOffsetDb.urban, calibration.provenance.from]).toEqual([
      { n: 0, meanErrorDb: 0, rmseDb: 0, levelMatch: 0 },
      0,
      null,
    ]);
  });
});
