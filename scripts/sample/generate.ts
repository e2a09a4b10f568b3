/**
 * A deterministic, seeded generator of SAMPLE data for the layers that have no public data in Hà Nội:
 * base stations, underground-cable street segments and speed measurements. Every record carries
 * `sample: true`. The same input and options always give byte-identical JSON.
 *
 * Calibration figures, their sources and the resulting totals: `scripts/sample/CALIBRATION.md`.
 */
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { CableSegmentProps, Operator, Site, SpeedTestProps } from '../../src/domain/telecom.js';
import type { ZoneCategory } from '../../src/domain/zones.js';
import { generateCables } from './cables.js';
import { prepareCity, prepareWards, prepareZones } from './context.js';
import { BTS_HANOI_2015, ESTIMATE_HANOI_2026, FIVE_G_HANOI_2024 } from './figures.js';
import { createRng } from './random.js';
import { generateSites } from './sites.js';
import { generateSpeedTests } from './speed-tests.js';
import { isoToDay } from './timeline.js';

/** A 2019 legacy ward with its census population (2019) and area, km². Geometry `[lng, lat]`. */
export type SampleWard = {
  code: string;
  districtCode: string;
  population: number;
  areaKm2: number;
  geometry: Polygon | MultiPolygon;
};

/** A priority zone as a circle: centre `[lng, lat]` degrees, radius metres. */
export type SampleZone = { id: string; category: ZoneCategory; lng: number; lat: number; radiusM: number };

/** Everything the generator reads; all geometry `[lng, lat]` WGS84 degrees. */
export type SampleInput = {
  wards: SampleWard[];
  /** The city boundary: every generated point falls inside it. */
  city: Polygon | MultiPolygon;
  zones: SampleZone[];
  /** OSM road lines with their `highway` class (the cable programme is drawn on them). */
  roads: Array<{ highway: string; coordinates: Position[] }>;
};

/** A share per operator, fraction 0–1 (normalised by the generator, so they need not sum to 1). */
export type OperatorShares = Readonly<Record<Operator, number>>;

/** Generator options. */
export type SampleOptions = {
  /** Seed of every random draw. @default 1 */
  seed: number;
  /** Total number of 4G sites. @default 12500 (README estimate for 2025–2026) */
  sites: number;
  /** The "as of" date, ISO `YYYY-MM-DD`: nothing goes on air after it. @default '2026-10-01' */
  asOf: string;
  /** 4G speed tests per legacy ward. @default 12 */
  speedTestsPerWard: number;
  /**
   * 5G speed tests per legacy ward, drawn only where a 5G site is within 1 km. @default 16 (then the median
   * of all tests is close to Ookla's 119.52 Mbit/s for Hà Nội, H1 2025)
   */
  speedTests5gPerWard: number;
  /**
   * Share of sites per operator. @default the ~2015 BTS counts without Gmobile and S-Fone (no network of
   * their own any more), renormalised: VNPT 1,900, Viettel 1,750, MobiFone 1,600, Vietnamobile 450
   */
  operatorShares: OperatorShares;
  /** Share of sites with 5G, fraction 0–1. @default 0.24 (README estimate: 3,000 of 12,500) */
  share5g: number;
  /**
   * Share of 5G sites per operator. @default Viettel 0.78, VNPT 0.18, MobiFone 0.04, Vietnamobile 0
   * (between Hà Nội Q4 2024, Viettel 1,500 / VNPT 480, and the national Jan 2026 "Viettel over 80 %")
   */
  operatorShares5g: OperatorShares;
  /** Share of 5G sites that were 2020–2023 trial sites. @default 86 / 3,000 (86 trials in 2024) */
  trial5gShare: number;
  /** Share of sites at the same position as another operator's site. @default 1,200 / 6,340 (~2015) */
  sharedSiteShare: number;
  /** Share of sites placed within `zoneNearM` of a priority zone's centre. @default 0.03 */
  zoneSiteShare: number;
  /** Distance from a zone (its edge for the 5G weight, its centre for placement), metres. @default 1500 */
  zoneNearM: number;
  /** Sites per ward ∝ population^populationExponent · areaKm2^areaExponent. @default 1 */
  populationExponent: number;
  /** See `populationExponent`; > 0 adds coverage sites in large, sparse communes. @default 0.2 */
  areaExponent: number;
  /** 5G weight of a site ∝ (ward density)^core5gExponent. @default 1 */
  core5gExponent: number;
  /** Extra 5G weight of a site near a priority zone (factor). @default 4 */
  zone5gBoost: number;
  /** Share of the cable programme's length done by `asOf`, fraction 0–1. @default 0.3 */
  cableDoneShare: number;
  /** Share of the cable programme's length planned for 2025 (not yet done). @default 0.15 */
  cablePlanned2025Share: number;
};

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

/** A speed measurement with the legacy ward and district it was drawn in. */
export type SampleSpeedTestProps = SpeedTestProps & { wardCode: string; districtCode: string };

/** The generated layers; every record has `sample: true`. */
export type SampleOutput = {
  sites: Site[];
  cables: Feature<LineString, CableSegmentProps>[];
  speedTests: Feature<Point, SampleSpeedTestProps>[];
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
