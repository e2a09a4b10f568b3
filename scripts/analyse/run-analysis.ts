/**
 * The analysis phase of `npm run analyse`: the app's `CoverageService` run once on the base (shipped sample,
 * imports or both), with the engine's own split of the time, and the areas of the written tables in the data's
 * order.
 */
import type { Feature, MultiPolygon } from 'geojson';
import { CoverageService, type ServiceResults } from '../../src/analysis/coverage-service.js';
import type { AreaIndex } from '../../src/analysis/engine/area-index.js';
import type { OpSet } from '../../src/analysis/engine/types.js';
import { roadCoverage, type CoveredOf, type RoadCoverage } from '../../src/analysis/roads.js';
import { shapeToMultiPolygon, type PlanarShape } from '../../src/analysis/planar.js';
import type { DataIssue } from '../../src/domain/report.js';
import type { ParamOverrides } from '../../src/analysis/params-overrides.js';
import type { CoverageLevel } from '../../src/domain/coverage-level.js';
import type { Technology } from '../../src/domain/telecom.js';
import type { AnalysisBase } from './base.js';
import { HANOI_GSO_CODE, RESULT_LEVELS, type ResultArea, type ResultLevel } from './results-csv.js';
import { areaName, type ShippedData } from './shipped-data.js';

/** The analysis phase split as the engine reports it, ms: area index, per-area targets, coverage of the sites. */
export type AnalysisDetail = { indexMs: number; targetsMs: number; coverageMs: number };

/**
 * The analysis as the app's worker runs it, with one full computation: the engine is built without sites, set to
 * the date, then given the base sites and layers (`setBaseSites` computes everything, filtered to the date), under
 * the model's parameters `params` (overrides of the defaults; `{}`: the defaults); on `built`, an area index built
 * beforehand (index-threads.ts) and its time, else the stored one (or the engine builds its own).
 */
export function runAnalysis(
  data: ShippedData,
  base: AnalysisBase,
  asOf: string | null,
  issues: DataIssue[],
  params: ParamOverrides = {},
  built: { index: AreaIndex; ms: number } | null = null,
): { results: ServiceResults; service: CoverageService; detail: AnalysisDetail } {
  const service = new CoverageService();
  // No sites in `init`: `setBaseSites` puts the base (the sample, the imports or both) in place below.
  // Everything else as the app's worker has it, the environment grid included: without it every site would take
  // its class from the census density and the figures would differ from the app's.
  const { checkedSites: _checked, ...shipped } = data.input;
  const init = service.init({ ...shipped, siteRows: [] }, undefined, built?.index ?? data.index);
  // Set while the engine has no site: the parameters cost no recompute here.
  if (Object.keys(params).length > 0) service.setParams(params);
  if (asOf !== null) service.setAsOf(asOf);
  const results = service.setBaseSites(base.sites, issues, {
    coverage: base.coverage,
    cables: base.cables,
    speedTests: base.speedTests,
  });
  // The engine's own split: the area index and the per-area targets (speeds, cables, zones) are built by `init`.
  const detail = {
    indexMs: (built?.ms ?? 0) + (init.timings.indexMs ?? 0),
    targetsMs: init.timings.targetsMs ?? 0,
    coverageMs: results.timings.coverageMs ?? 0,
  };
  return { results, service, detail };
}

/** The table's areas: the city, then each level's areas in the data's order. */
export function* resultAreas(
  data: ShippedData,
  results: Pick<ServiceResults, 'areas' | 'city'>,
): Generator<ResultArea> {
  yield { level: 'city', code: HANOI_GSO_CODE, name: 'Thành phố Hà Nội', result: results.city };
  const layers: Record<Exclude<ResultLevel, 'city'>, [ShippedData['input']['units'], string]> = {
    unit2025: [data.input.units, 'code'],
    district2019: [data.input.districts, 'code'],
    ward2019: [data.input.wards, 'code'],
    zone: [data.input.zones, 'id'],
  };
  for (const level of RESULT_LEVELS) {
    if (level === 'city') continue;
    const [fc, key] = layers[level];
    for (const f of fc.features) {
      const code = String(f.properties?.[key]);
      const result = results.areas[`${level}|${code}`];
      if (result) yield { level, code, name: areaName(f), result };
    }
  }
}

/** Area names by `${level}|${code}` (the city under `city|city`). */
export function areaNames(data: ShippedData): Map<string, string> {
  const names = new Map<string, string>([['city|city', 'Thành phố Hà Nội']]);
  for (const [level, fc] of [
    ['unit2025', data.input.units],
    ['district2019', data.input.districts],
    ['ward2019', data.input.wards],
  ] as const) {
    for (const f of fc.features) names.set(`${level}|${String(f.properties?.code)}`, areaName(f));
  }
  return names;
}

/**
 * Coverage along `roads` (the staged OSM `roads` layer) for the sites the service has in use, per area of the 2025
 * units, 2019 districts and 2019 wards, road class, technology and operator (see `src/analysis/roads.ts`), against
 * the covered part of the city the service draws (`coveredTiles`).
 */
export function roadResults(data: ShippedData, service: CoverageService, roads: readonly Feature[]): RoadCoverage {
  return roadCoverage(roads, data.input, coveredShapesOf(service));
}

/** The covered shapes of a service's coverage, by `${tech}|${op}|${level}`, while that coverage lasts. */
const drawnTiles = new WeakMap<CoverageService, { city: object; tiles: Map<string, PlanarShape[]> }>();

/**
 * The covered part of the city for the service's sites (`coveredShapesByTile`: plane shapes, one per tile), each
 * technology, operator set and level cut once for roads.csv and lines.csv together (cutting all of them takes
 * seconds); cut again when the service's coverage has changed since (its city result is another object).
 */
export function coveredShapesOf(service: CoverageService): CoveredOf {
  return (tech, op, level) => {
    const engine = service.requireEngine();
    const city = engine.results('city')[0]!;
    let kept = drawnTiles.get(service);
    if (kept?.city !== city) drawnTiles.set(service, (kept = { city, tiles: new Map() }));
    const key = `${tech}|${op}|${level}`;
    let tiles = kept.tiles.get(key);
    if (!tiles) kept.tiles.set(key, (tiles = engine.coveredShapesByTile(tech, op, level)));
    return tiles;
  };
}

/** `coveredShapesOf` as the service draws them (`drawn.coveredTiles`: `[lng, lat]` MultiPolygons, one per tile). */
export function coveredTilesOf(
  service: CoverageService,
): (tech: Technology, op: OpSet, level: CoverageLevel) => MultiPolygon[] {
  const shapes = coveredShapesOf(service);
  return (tech, op, level) => shapes(tech, op, level).map((s) => shapeToMultiPolygon(s));
}
