/**
 * The calibration fit at scale: `tsx scripts/bench/calibrate.ts [measurements]`. On the shipped sample's sites
 * (12,500, `public/data`; run `npm run data` first) with their environment classes as the command line takes them
 * (`calibrate/site-environment.ts`), draws 100,000 (or `measurements`) synthetic measurements around random sites
 * with known offsets per class and 8 dB shadowing (`analysis/calibration/synthetic.ts`, seeded), then times
 * `fitCalibration` (drawing is not counted). Prints one JSON line: sites, measurements, fit ms, passes of the
 * alternating fit, measurements without a server, measurements per class, the largest error of a recovered offset
 * (dB, fitted classes), peak RSS (MB).
 */
import path from 'node:path';
import { fitCalibration } from '../../src/analysis/calibration/fit.js';
import { createSyntheticMeasurements, seededRandom } from '../../src/analysis/calibration/synthetic.js';
import type { EnvOffsets } from '../../src/analysis/calibration/types.js';
import { COVERAGE_DEFAULTS } from '../../src/analysis/coverage/model.js';
import { loadShippedData } from '../analyse/shipped-data.js';
import { siteEnvironment } from '../calibrate/site-environment.js';
import { REPO_ROOT } from '../pipeline/options.js';
import { vmHwmMb } from './measure.js';

const COUNT = Number(process.argv[2] ?? 100_000);
const OFFSETS: EnvOffsets = { 'dense-urban': -6, urban: 3, suburban: -2, rural: 4, open: 1 };

const data = await loadShippedData(path.join(REPO_ROOT, 'public/data'));
const sites = data.sample.sites;
const environmentOf = siteEnvironment(data.input.environment, data.input.wards);
const measurements = createSyntheticMeasurements({
  sites,
  params: COVERAGE_DEFAULTS,
  environmentOf,
  offsetsDb: OFFSETS,
  sigmaDb: 8,
  count: COUNT,
  random: seededRandom(2026),
  maxDistanceM: 2000,
});
const t = performance.now();
const { calibration, noServer } = fitCalibration({
  measurements,
  sites,
  params: COVERAGE_DEFAULTS,
  environmentOf,
  file: 'bench',
  fitDate: new Date().toISOString(),
});
const fitMs = performance.now() - t;
const fitted = calibration.classes.filter((c) => c.fitted);
console.log(
  JSON.stringify({
    sites: sites.length,
    measurements: measurements.length,
    fitMs: Math.round(fitMs),
    passes: calibration.passes,
    noServer: noServer.length,
    classes: Object.fromEntries(calibration.classes.map((c) => [c.env, c.n])),
    maxOffsetErrorDb: Number(Math.max(...fitted.map((c) => Math.abs(c.offsetDb - OFFSETS[c.env]))).toFixed(2)),
    peakRssMb: vmHwmMb(),
  }),
);
