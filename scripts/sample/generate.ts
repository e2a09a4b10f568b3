/**
 * A deterministic, seeded generator of SAMPLE data for the layers that have no public data in Hà Nội:
 * base stations, underground-cable street segments and speed measurements. Every record carries
 * `sample: true`. The same input and options always give byte-identical JSON.
 *
 * Calibration figures, their sources and the resulting totals: `scripts/sample/CALIBRATION.md`.
 */
import { generateCables } from './cables.js';
import { prepareCity, prepareWards, prepareZones } from './context.js';
import { BTS_HANOI_2015, ESTIMATE_HANOI_2026, FIVE_G_HANOI_2024 } from './figures.js';
import { createRng } from './random.js';
import { generateSites } from './sites.js';
import { generateSpeedTests } from './speed-tests.js';
import { isoToDay } from './timeline.js';
import type { SampleInput, SampleOptions, SampleOutput } from './types.js';

export type {
  OperatorShares,
  SampleInput,
  SampleOptions,
  SampleOutput,
  SampleSpeedTestProps,
  SampleWard,
  SampleZone,
} from './types.js';

/** Default options; each field's doc comment gives its source. */
export const SAMPLE_DEFAULTS: Readonly<SampleOptions> = {
  seed: 1,
  sites: ESTIMATE_HANOI_2026.sites4g,
  asOf: '2026-10-01',
  speedTestsPerWard: 12,
  speedTests5gPerWard: 16,
  operatorShares: {
    viettel: BTS_HANOI_2015.viettel,
    vnpt: BTS_HANOI_2015.vinaphone,
    mobifone: BTS_HANOI_2015.mobifone,
    vietnamobile: BTS_HANOI_2015.vietnamobile,
  },
  share5g: ESTIMATE_HANOI_2026.sites5g / ESTIMATE_HANOI_2026.sites4g,
  operatorShares5g: { viettel: 0.78, vnpt: 0.18, mobifone: 0.04, vietnamobile: 0 },
  trial5gShare: (FIVE_G_HANOI_2024.trials.vnpt + FIVE_G_HANOI_2024.trials.viettel) / ESTIMATE_HANOI_2026.sites5g,
  sharedSiteShare: BTS_HANOI_2015.shared / BTS_HANOI_2015.total,
  zoneSiteShare: 0.03,
  zoneNearM: 1500,
  populationExponent: 1,
  areaExponent: 0.2,
  core5gExponent: 1,
  zone5gBoost: 4,
  cableDoneShare: 0.3,
  cablePlanned2025Share: 0.15,
};

/** Throws a message naming the option, its value and the rule it broke. */
function validate(o: SampleOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(o.sites) || o.sites < 0) problems.push(`sites ${o.sites}: must be a whole number ≥ 0`);
  if (!Number.isFinite(o.seed)) problems.push(`seed ${o.seed}: must be a finite number`);
  for (const k of ['speedTestsPerWard', 'speedTests5gPerWard'] as const) {
    if (!Number.isInteger(o[k]) || o[k] < 0) problems.push(`${k} ${o[k]}: must be a whole number ≥ 0`);
  }
  for (const k of ['share5g', 'trial5gShare', 'sharedSiteShare', 'zoneSiteShare', 'cableDoneShare'] as const) {
    if (!(o[k] >= 0 && o[k] <= 1)) problems.push(`${k} ${o[k]}: must be a fraction 0–1`);
  }
  if (!(o.cablePlanned2025Share >= 0 && o.cableDoneShare + o.cablePlanned2025Share <= 1)) {
    problems.push(`cablePlanned2025Share ${o.cablePlanned2025Share}: must be ≥ 0 with cableDoneShare ≤ 1`);
  }
  try {
    isoToDay(o.asOf);
  } catch (e) {
    problems.push(`asOf: ${(e as Error).message}`);
  }
  if (problems.length > 0) throw new Error(`Invalid sample options: ${problems.join('; ')}`);
}

/**
 * Generates the sample layers for Hà Nội from real wards, boundary, zones and roads.
 * Independent random streams (forked from the seed) drive sites, cables and speed tests, so changing the
 * number of speed tests leaves the sites unchanged.
 */
export function generateSample(input: SampleInput, options: Partial<SampleOptions> = {}): SampleOutput {
  const o: SampleOptions = { ...SAMPLE_DEFAULTS, ...options };
  validate(o);
  const rng = createRng(o.seed);
  const city = prepareCity(input.city);
  const wards = prepareWards(input.wards);
  const zones = prepareZones(input.zones, city);
  const sites = generateSites({ wards, city, zones, options: o, rng: rng.fork('sites') });
  const cables = generateCables({ roads: input.roads, city, options: o, rng: rng.fork('cables') });
  const speedTests = generateSpeedTests({ wards, city, sites, options: o, rng: rng.fork('speed-tests') });
  return { sites, cables, speedTests };
}
