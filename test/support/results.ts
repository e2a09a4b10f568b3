/**
 * Small, fully typed analysis results for store and view tests: areas whose every technology and operator set
 * has the same covered share, and results made of them. Figures are illustrative, not computed.
 */
import type { ServiceResults } from '../../src/analysis/service-types.js';
import {
  OP_SETS,
  type AreaResult,
  type CoverageFigures,
  type EngineLevel,
  type OpSet,
} from '../../src/analysis/engine/types.js';
import type { ZoneTarget } from '../../src/analysis/targets.js';

/** Figures of an area of `areaKm2` km² and `population` residents covered at `percent` (0–100) for area and people. */
function createFigures(percent: number, areaKm2: number, population: number): Record<OpSet, CoverageFigures> {
  const f: CoverageFigures = {
    coveredKm2: (areaKm2 * percent) / 100,
    percent,
    popCovered: (population * percent) / 100,
    popPercent: percent,
  };
  return Object.fromEntries(OP_SETS.map((op) => [op, f])) as Record<OpSet, CoverageFigures>;
}

/** An area of 2 km² and 1,000 residents, `percent` covered by every technology and operator set. */
export function createArea(level: EngineLevel, id: string, percent: number): AreaResult {
  const sites = Object.fromEntries(OP_SETS.map((op) => [op, 0])) as Record<OpSet, number>;
  const coverage = { '4G': createFigures(percent, 2, 1000), '5G': createFigures(percent, 2, 1000) };
  return {
    id,
    level,
    areaKm2: 2,
    population: 1000,
    sites: { '4G': sites, '5G': sites },
    coverage,
    // Indoors half as much, so that a test reading the wrong level sees it.
    byLevel: {
      outdoor: coverage,
      indoor: { '4G': createFigures(percent / 2, 2, 1000), '5G': createFigures(percent / 2, 2, 1000) },
    },
  };
}

/** A priority zone at `percent` 5G for every operator set, against the 100 % target. */
export function createZone(id: string, percent: number): ZoneTarget {
  return {
    id,
    name: `Khu ${id}`,
    category: 'industrial_park',
    confidence: 'high',
    percent5g: Object.fromEntries(OP_SETS.map((op) => [op, percent])) as Record<OpSet, number>,
    target: 100,
    pass: percent >= 100,
  };
}

/** Results with the given areas (keyed `${level}|${id}`), a city at `cityPercent`, and no zones. */
export function createResults(areas: readonly AreaResult[], cityPercent = 50): ServiceResults {
  return {
    areas: Object.fromEntries(areas.map((a) => [`${a.level}|${a.id}`, a])),
    city: createArea('city', 'city', cityPercent),
    zones: [],
    population: createPopulation(cityPercent),
    speeds: {},
    cables: {},
    zonesInArea: {},
    issues: [],
    populationNote: '',
    timings: { totalMs: 1 },
  };
}

/** The city's 5G population target at `value` percent outdoors and half of it indoors, failing 99 %. */
export function createPopulation(value: number): ServiceResults['population'] {
  return {
    value,
    target: 99,
    year: 2030,
    pass: false,
    byLevel: { outdoor: { value, pass: false }, indoor: { value: value / 2, pass: false } },
  };
}
