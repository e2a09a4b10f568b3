/**
 * The propagation environment of a place: the clutter classes of the path-loss models (dense urban, urban,
 * suburban, rural, open), read from the ground around it (residents, major roads, industrial zones) by a
 * documented rule, {@link classifyEnvironment}. The classes mean what Okumura et al. (1968) and Hata (1980),
 * IEEE Trans. Veh. Technol. 29(3), describe: urban is a built-up city or large town (buildings of two storeys and
 * more, or large villages of close houses); suburban a village or a road lined with scattered houses and trees;
 * open land has no buildings or tall trees in the path for 300–400 m (fields, rice paddies).
 */
export const ENVIRONMENTS = ['dense-urban', 'urban', 'suburban', 'rural', 'open'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/**
 * Lower density bounds of the classes, people per km², when nothing but the census density is known (the
 * fallback outside the environment grid). Open land is never given by density alone: people live there.
 */
export const ENVIRONMENT_MIN_DENSITY: Readonly<Record<Environment, number>> = {
  'dense-urban': 15_000,
  urban: 5_000,
  suburban: 1_000,
  rural: 0,
  open: Number.POSITIVE_INFINITY,
};

/** The environment class of a density alone, people per km² (never `open`). */
export function environmentOf(densityPerKm2: number): Environment {
  for (const env of ENVIRONMENTS) if (env !== 'open' && densityPerKm2 >= ENVIRONMENT_MIN_DENSITY[env]) return env;
  return 'rural';
}

/** What the rule reads of a place: a cell of the environment grid (environment-grid.ts). */
export type EnvironmentIndicators = {
  /** Residents per km² of land (2019 census, uniform within each ward). */
  densityPerKm2: number;
  /**
   * Length of major roads (OpenStreetMap trunk to tertiary) per km² of land over the 3 × 3 km around the cell,
   * km/km².
   */
  roadKmPerKm2: number;
  /** Whether a priority industrial zone (industrial park, hi-tech park) covers the cell. */
  industrial: boolean;
};

/** The thresholds of {@link classifyEnvironment}, with their sources. */
export type EnvironmentRule = {
  /**
   * Whether uninhabited land without roads is classed open (Hata's open-area correction, 6–10 km ranges). Off:
   * the staged data has no land cover, and Hà Nội's uninhabited cells are Ba Vì's forested massif, which
   * Okumura's open area (cleared, flat, no tall trees) does not include; they stay rural. On for data with land
   * cover that tells fields from forest. @default false
   */
  openFromGround: boolean;
  /** Density from which a place is dense urban, people/km². @default 15000 (the model's density class) */
  denseUrbanMinDensity: number;
  /** Density from which a place is urban, people/km². @default 5000 (the model's density class) */
  urbanMinDensity: number;
  /** Density from which a place is suburban, people/km². @default 1000 (the model's density class) */
  suburbanMinDensity: number;
  /**
   * Density under which a cell holds no village, people/km²: the Degree of Urbanisation's threshold of a village
   * or urban cluster cell (UN Statistical Commission 2020; Eurostat, "Applying the Degree of Urbanisation", 2021).
   * @default 300
   */
  villageMinDensity: number;
  /**
   * Density under which a cell is mostly uninhabited, people/km² (the same method's lowest class). @default 50
   */
  inhabitedMinDensity: number;
  /**
   * Road density of a city's street grid, km/km²: where the major roads are this dense, the ground is built up to
   * at least urban even when few lived there in 2019 (new towns). In Hà Nội 9 in 10 of the cells of 15,000
   * residents/km² or more reach 3.9. @default 4
   */
  cityRoadKmPerKm2: number;
  /**
   * Road density of a road-side settlement, km/km²: a sparse commune crossed this densely by national and
   * provincial roads has houses along them (suburban). @default 2
   */
  townRoadKmPerKm2: number;
  /**
   * Road density under which no major road comes near, km/km²: under 0.1 km of road in the 9 km² around the cell
   * there is none within about 1.5 km. @default 0.1
   */
  noRoadKmPerKm2: number;
};

/** The rule's thresholds (see {@link EnvironmentRule}). */
export const ENVIRONMENT_RULE: Readonly<EnvironmentRule> = {
  openFromGround: false,
  denseUrbanMinDensity: 15_000,
  urbanMinDensity: 5_000,
  suburbanMinDensity: 1_000,
  villageMinDensity: 300,
  inhabitedMinDensity: 50,
  cityRoadKmPerKm2: 4,
  townRoadKmPerKm2: 2,
  noRoadKmPerKm2: 0.1,
};

/**
 * The environment of a place from its ground; the first rule that holds:
 * 1. dense urban: density ≥ 15,000 /km²;
 * 2. urban: density ≥ 5,000 /km², or ≥ 1,000 /km² with a city's road grid (≥ 4 km/km²);
 * 3. suburban: density ≥ 1,000 /km², or an industrial zone, or ≥ 300 /km² with roads ≥ 2 km/km²;
 * 4. open, only with `openFromGround` (off by default: see there): mostly uninhabited (< 50 /km²), or no village
 *    (< 300 /km²) and no major road within 1.5 km (< 0.1 km/km²);
 * 5. rural: everything else, where people live in villages among fields.
 * Roads only ever raise a class above its density's, except for open land: the major-road layer leaves out the
 * lanes of villages, so the absence of a major road alone says little where people live. Limits: the staged data
 * has no land cover or water, so forest cannot be told from fields, nor the river from its banks; on Hà Nội's data
 * the open cells are Ba Vì's forested massif, which Okumura's open area (no tall trees) would not include.
 */
export function classifyEnvironment(c: EnvironmentIndicators, rule: EnvironmentRule = ENVIRONMENT_RULE): Environment {
  const d = c.densityPerKm2;
  const r = c.roadKmPerKm2;
  if (d >= rule.denseUrbanMinDensity) return 'dense-urban';
  if (d >= rule.urbanMinDensity || (d >= rule.suburbanMinDensity && r >= rule.cityRoadKmPerKm2)) return 'urban';
  if (d >= rule.suburbanMinDensity || c.industrial || (d >= rule.villageMinDensity && r >= rule.townRoadKmPerKm2))
    return 'suburban';
  if (rule.openFromGround && (d < rule.inhabitedMinDensity || (d < rule.villageMinDensity && r < rule.noRoadKmPerKm2)))
    return 'open';
  return 'rural';
}
