/**
 * The environment class of a place, from its residential density (2019 census, people per km²), the
 * classes of the path-loss models (dense urban / urban / suburban / rural).
 */
export const ENVIRONMENTS = ['dense-urban', 'urban', 'suburban', 'rural', 'open'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** Lower density bounds of the classes, people per km². */
export const ENVIRONMENT_MIN_DENSITY: Readonly<Record<Environment, number>> = {
  'dense-urban': 15_000,
  urban: 5_000,
  suburban: 1_000,
  rural: 0,
  // Open land (fields, water, forest with nobody living there) is not a density class: it comes from the ground.
  open: Number.POSITIVE_INFINITY,
};

/** The environment class of a density, people per km². */
export function environmentOf(densityPerKm2: number): Environment {
  for (const env of ENVIRONMENTS) if (env !== 'open' && densityPerKm2 >= ENVIRONMENT_MIN_DENSITY[env]) return env;
  return 'rural';
}
