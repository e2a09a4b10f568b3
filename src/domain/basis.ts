/**
 * What a coverage percentage is a share of. Chosen in the app's choropleth and the public map, read by the
 * analysis (coverage-value.ts), the tables and the public build.
 */

/** The share of the area's km² (`area`), or of its residents (`population`, 2019 census). */
export type Basis = 'area' | 'population';

/** Every basis, in the order the controls list them. */
export const BASES: readonly Basis[] = ['area', 'population'];
