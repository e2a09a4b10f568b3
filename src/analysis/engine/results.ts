/**
 * Building results from per-area sums: the engine's own and the added-up sums of sharded engines use the
 * same code, so their figures cannot drift apart. Indices are `area * N_COMBOS + combo(tech, op, level)`.
 */
import { COVERAGE_LEVELS, type CoverageLevel } from '../../domain/coverage-level.js';
import { TECHNOLOGIES, type Technology } from '../../domain/telecom.js';
import { OP_SETS, type AreaResult, type CoverageFigures, type EngineLevel, type OpSet } from './types.js';

export const N_OPS = OP_SETS.length;
/** Combinations of coverage level, technology and operator set (at most 32: masks are 32-bit). */
export const N_COMBOS = COVERAGE_LEVELS.length * TECHNOLOGIES.length * N_OPS;
/** The index of a combination: operator sets innermost, so that "any" closes each level and technology. */
export const combo = (tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor') =>
  (COVERAGE_LEVELS.indexOf(level) * TECHNOLOGIES.length + TECHNOLOGIES.indexOf(tech)) * N_OPS + OP_SETS.indexOf(op);

/** Per-area sums of an engine, by `area * N_COMBOS + combination`. */
export type EngineSums = { covered: Float64Array; pop: Float64Array; sites: Int32Array };
export type AreaMeta = { id: string; level: Exclude<EngineLevel, 'city'>; areaM2: number; population: number };

/** Results of one level from the added-up sums of sharded engines (the city level is not built here). */
export function resultsFromSums(
  meta: readonly AreaMeta[],
  sums: EngineSums,
  level: Exclude<EngineLevel, 'city'>,
): AreaResult[] {
  const out: AreaResult[] = [];
  meta.forEach((a, i) => {
    if (a.level === level)
      out.push(
        build(a.id, a.level, a.areaM2, a.population, (c) => [
          sums.covered[i * N_COMBOS + c]!,
          sums.pop[i * N_COMBOS + c]!,
          sums.sites[i * N_COMBOS + c]!,
        ]),
      );
  });
  return out;
}

export function build(
  id: string,
  level: EngineLevel,
  areaM2: number,
  population: number,
  get: (c: number) => [number, number, number],
): AreaResult {
  const byLevel = {} as AreaResult['byLevel'];
  const sites = {} as AreaResult['sites'];
  for (const at of COVERAGE_LEVELS) {
    const coverage = (byLevel[at] = {} as AreaResult['coverage']);
    for (const tech of TECHNOLOGIES) {
      coverage[tech] = {} as Record<OpSet, CoverageFigures>;
      if (at === 'outdoor') sites[tech] = {} as Record<OpSet, number>;
      for (const op of OP_SETS) {
        const [m2, pop, count] = get(combo(tech, op, at));
        // Centimetre rounding can put a fully covered area a few m² over its own area: cap at the area.
        const covered = Math.min(m2, areaM2);
        const people = Math.min(pop, population);
        coverage[tech][op] = {
          coveredKm2: covered / 1e6,
          percent: areaM2 > 0 ? (100 * covered) / areaM2 : 0,
          popCovered: people,
          popPercent: population > 0 ? (100 * people) / population : 0,
        };
        // Sites are counted under every level alike; the outdoor combination's count is the one read.
        if (at === 'outdoor') sites[tech][op] = count;
      }
    }
  }
  return { id, level, areaKm2: areaM2 / 1e6, population, sites, coverage: byLevel.outdoor, byLevel };
}
