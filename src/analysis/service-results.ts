/**
 * How the coverage service (coverage-service.ts) assembles what it answers from the engine: every area's figures
 * with the city, the priority zones and the targets after a full analysis (a plan edit's in service-plan.ts), and
 * the covered or uncovered parts of the city as collections to draw. Reads the engine only; changes nothing.
 */
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { Feature, FeatureCollection, LineString, MultiPolygon } from 'geojson';
import type { DataIssue } from '../domain/report.js';
import { OPERATORS, type CableStatus, type Technology } from '../domain/telecom.js';
import type { ZoneCategory, ZoneConfidence } from '../domain/zones.js';
import { GRID_LEVELS } from '../domain/grid.js';
import type { CoverageEngine } from './engine/engine.js';
import { POPULATION_NOTE, type AreaResult, type EngineLevel, type OpSet } from './engine/types.js';
import type { ServiceInput, ServiceResults } from './service-types.js';
import { SERVICE_LEVELS } from './engine-input.js';
import {
  populationTarget,
  zoneTargets,
  type AreaKey,
  type SpeedFigure,
  type ZoneMeta,
  type ZoneTarget,
} from './targets.js';
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

/** A zone's id and labels as the input gives them. */
const zoneMeta = (f: ServiceInput['zones']['features'][number]): ZoneMeta => ({
  id: String(f.properties?.id),
  name: String(f.properties?.name),
  category: f.properties?.category as ZoneCategory,
  confidence: f.properties?.confidence as ZoneConfidence,
});

/**
 * The zone targets last built for an engine: from which zone input, the zones (input order) and their results
 * then (null for a zone the engine has no area for), and whether the zones' ids are distinct.
 */
type ZoneMemo = {
  input: ServiceInput['zones'];
  meta: ZoneMeta[];
  distinct: boolean;
  results: (AreaResult | null)[];
  targets: ZoneTarget[];
};
const zoneMemos = new WeakMap<CoverageEngine, ZoneMemo>();

/** True when two zone targets have the same fields (objects among them compared one level down). */
const sameTarget = (a: ZoneTarget, b: ZoneTarget | undefined): boolean =>
  b !== undefined &&
  Object.entries(a).every(([k, x]) => {
    const y: unknown = b[k as keyof ZoneTarget];
    if (typeof x !== 'object' || x === null) return x === y;
    return typeof y === 'object' && y !== null && Object.entries(x).every(([j, v]) => (y as never)[j] === v);
  });

/**
 * The 5G target of each priority zone of the input (see targets.ts), failing zones first (lowest 5G share first).
 * The same array as the last call's (read-only) while no zone's target changed: the engine keeps an area's
 * result object until its figures change, so a plan edit costs a lookup per zone, and the targets of the zones
 * whose results changed only. When one did change, all are sorted again from their last order (which the sort
 * then mostly keeps; with distinct ids its output does not depend on its input's order).
 */
export function zoneResults(engine: CoverageEngine, zones: ServiceInput['zones']): ZoneTarget[] {
  let memo = zoneMemos.get(engine);
  if (memo?.input !== zones) {
    const meta = zones.features.map(zoneMeta);
    const distinct = new Set(meta.map((z) => z.id)).size === meta.length;
    memo = { input: zones, meta, distinct, results: meta.map(() => null), targets: [] };
    zoneMemos.set(engine, memo);
  }
  const changed: number[] = [];
  memo.meta.forEach((z, i) => {
    const r = engine.result('zone', z.id);
    if (r !== memo.results[i]) changed.push(i);
    memo.results[i] = r;
  });
  const built = memo.targets.length === memo.meta.length;
  if (built && changed.length === 0) return memo.targets;
  const results = memo.results.filter((r): r is AreaResult => r !== null);
  if (built && memo.distinct) {
    // Zones whose results changed with the same targets (a site count, a 4G figure) leave the list as it was.
    const old = new Map(memo.targets.map((t) => [t.id, t]));
    const meta = changed.map((i) => memo.meta[i]!);
    if (zoneTargets(results, meta).every((t) => sameTarget(t, old.get(t.id)))) return memo.targets;
    const byId = new Map(memo.meta.map((z) => [z.id, z]));
    return (memo.targets = zoneTargets(
      results,
      memo.targets.map((t) => byId.get(t.id)!),
    ));
  }
  return (memo.targets = zoneTargets(results, memo.meta));
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
  level: CoverageLevel = 'outdoor',
): FeatureCollection<MultiPolygon, { operator: OpSet; tech: Technology; sample: boolean }> {
  return {
    type: 'FeatureCollection',
    features: OPERATORS.map((operator) => ({
      type: 'Feature',
      geometry: engine.coverage(tech, operator, level),
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
