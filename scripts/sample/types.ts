/**
 * The sample generator's shared types: its input, options and output, and the prepared wards and site drafts
 * its steps pass to each other. Every module of `scripts/sample` imports them from here, so that no step imports
 * another's module for a type (which made import circles through `generate.ts`).
 */
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { CableSegmentProps, Operator, Site, SpeedTestProps } from '../../src/domain/telecom.js';
import type { ZoneCategory } from '../../src/domain/zones.js';
import type { PolygonIndex } from './polygon-index.js';

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

/** A speed measurement with the legacy ward and district it was drawn in. */
export type SampleSpeedTestProps = SpeedTestProps & { wardCode: string; districtCode: string };

/** The generated layers; every record has `sample: true`. */
export type SampleOutput = {
  sites: Site[];
  cables: Feature<LineString, CableSegmentProps>[];
  speedTests: Feature<Point, SampleSpeedTestProps>[];
};

/** Population density classes, people per km² (2019 census): the core is ≥ 10,000, rural < 2,000. */
export type DensityClass = 'core' | 'suburban' | 'rural';

/** A ward ready for sampling. */
export type PreparedWard = SampleWard & {
  index: PolygonIndex;
  /** People per km², 2019. */
  density: number;
  densityClass: DensityClass;
  /** 0 at 300 people/km² or less, 1 at 30,000 or more, log-linear between (fraction 0–1). */
  urbanity: number;
};

/** A placed site before its attributes are drawn. */
export type SiteDraft = {
  operator: Operator;
  lng: number;
  lat: number;
  /** The ward it was placed in (for zone sites: the first ward containing it), or null. */
  ward: PreparedWard | null;
  /** Within `zoneNearM` of a priority zone's edge. */
  nearZone: boolean;
};
