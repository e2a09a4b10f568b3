/**
 * How the coverage service (coverage-service.ts) assembles what it answers from the engine: every area's figures
 * with the city, the priority zones and the targets after a full analysis (a plan edit's in service-plan.ts), and
 * the covered or uncovered parts of the city as collections to draw. Reads the engine only; changes nothing.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon } from 'geojson';
import type { DataIssue } from '../domain/report.js';
import { OPERATORS, type CableStatus, type Technology } from '../domain/telecom.js';
import type { ZoneCategory, ZoneConfidence } from '../domain/zones.js';
import { GRID_LEVELS } from '../domain/grid.js';
import type { CoverageEngine } from './engine/engine.js';
import { POPULATION_NOTE, type AreaResult, type EngineLevel, type OpSet } from './engine/types.js';
import type { ServiceInput, ServiceResults } from './service-types.js';
import { SERVICE_LEVELS } from './engine-input.js';
import { populationTarget, zoneTargets, type AreaKey, type SpeedFigure, type ZoneTarget } from './targets.js';
import type { TargetsCache } from './results-cache.js';

/** Properties of a drawn coverage or gap collection: the technology, the operator set, whether sample sites made it. */
export type DrawnProps = { tech: Technology; op: OpSet; sample: boolean };

/**
 * A hexagon grid level added to the analysis: its cells' results keyed `${level}|${id}`, the number of cells with
 * no part in the city, and the time taken (ms).
 */
export type GridUpdate = { areas: Record<string, AreaResult>; outside: number; ms: number };

/** The results of every area of `levels`, keyed `${level}|${id}`, in the engine's order per level. */
export function levelResults(engine: CoverageEngine, levels: readonly EngineLevel[]): Record<string, AreaResult> {
  const areas: Record<string, AreaResult> = {};
  for (const level of levels) for (const r of engine.results(level)) areas[`${level}|${r.id}`] = r;
  return areas;
}

/** The 5G target of each priority zone of the input (see targets.ts), failing zones first (lowest 5G share first). */
export function zoneResults(engine: CoverageEngine, zones: ServiceInput['zones']): ZoneTarget[] {
  return zoneTargets(
    engine.results('zone'),
    zones.features.map((f) => ({
      id: String(f.properties?.id),
      name: String(f.properties?.name),
      category: f.properties?.category as ZoneCategory,
      confidence: f.properties?.confidence as ZoneConfidence,
    })),
  );
}

/**
 * Every result the app shows, for the engine's current sites and the speed tests, cables and zones of `input`,
 * with the data `issues` to report; `timings` is left empty for the caller to fill (ms).
 */
export function collectResults(
  engine: CoverageEngine,
  input: ServiceInput,
  targets: TargetsCache,
  issues: DataIssue[],
): ServiceResults {
  // The engine keeps each area's result until its figures change: untouched areas cost a lookup here.
  const areas = levelResults(engine, [...SERVICE_LEVELS.map(([, level]) => level), ...GRID_LEVELS]);
  const city = engine.results('city')[0]!;
  const zones = zoneResults(engine, input.zones);
  const speeds = targets.speeds(input.speedTests.features);
  const cables = targets.cables(input.cables.features as Feature<LineString, { status: CableStatus }>[]);
  const zonesInArea = targets.zonesInArea(input.zones);
  return {
    areas,
    city,
    zones,
    population: populationTarget(city),
    speeds: speeds as Record<AreaKey, Record<Technology, SpeedFigure>>,
    cables,
    zonesInArea,
    issues,
    populationNote: POPULATION_NOTE,
    timings: {},
  };
}

/** Covered area inside the city per operator for `tech`, one feature each (`[lng, lat]` MultiPolygons). */
export function coverageCollection(
  engine: CoverageEngine,
  tech: Technology,
  sample: boolean,
): FeatureCollection<MultiPolygon, { operator: OpSet; tech: Technology; sample: boolean }> {
  return {
    type: 'FeatureCollection',
    features: OPERATORS.map((operator) => ({
      type: 'Feature',
      geometry: engine.coverage(tech, operator),
      properties: { operator, tech, sample },
    })),
  };
}

/** Per-tile geometries (`[lng, lat]` MultiPolygons) of `tech` and `op` as a collection to draw. */
export function tileCollection(
  tiles: readonly MultiPolygon[],
  tech: Technology,
  op: OpSet,
  sample: boolean,
): FeatureCollection<MultiPolygon, DrawnProps> {
  return {
    type: 'FeatureCollection',
    features: tiles.map((geometry) => ({ type: 'Feature', geometry, properties: { tech, op, sample } })),
  };
}
