/**
 * The coverage service's engine under given model parameters: built at `init` on the input's areas (or the data
 * build's stored index of them), and built again on the same area index when the parameters change
 * (`CoverageService.setParams`): the index does not depend on the parameters, so only the sites are placed again.
 * Also the environment class of a site as the engine decides it, for fitting a calibration against the sites.
 * Fallback: CoverageEngine has no public `environmentAt` yet (its SitePlacement has); this reproduces it.
 */
import type { Polygon } from 'geojson';
import type { Site } from '../domain/telecom.js';
import type { Environment } from './coverage/environment.js';
import { COVERAGE_DEFAULTS, type CoverageParams } from './coverage/model.js';
import type { AreaIndex } from './engine/area-index.js';
import { CoverageEngine, type ImportedCoverage } from './engine/engine.js';
import { environmentAtSite } from './engine/engine-locate.js';
import { createGrid } from './engine/tiles.js';
import { ENGINE_DEFAULTS, type EngineOptions } from './engine/types.js';
import { engineInputOf } from './engine-input.js';
import { overridesOf, resolveParams, type ParamOverrides } from './params-overrides.js';
import type { ServiceInput } from './service-types.js';

export type { ParamOverrides } from './params-overrides.js';

/**
 * An engine of the input's areas under `params`, on `index` when given: the data build's stored index (checked
 * against the input's areas), or with `own` an earlier engine's (which may hold grid levels added since, so it is
 * checked against its own list of areas). `options`: the engine's other tunables (the environment is the input's).
 */
export function engineFor(
  input: ServiceInput,
  params: CoverageParams,
  index: AreaIndex | null,
  own = false,
  options: Partial<EngineOptions> = {},
): CoverageEngine {
  const { areas, population } = engineInputOf(input);
  // With an index the engine only compares the areas' levels and ids; it cuts nothing from their geometry.
  const listed = own && index ? index.areas.map(({ id, level }) => ({ id, level, geometry: EMPTY })) : areas;
  return new CoverageEngine(listed, population, params, { ...options, environment: input.environment ?? null }, index);
}

const EMPTY: Polygon = { type: 'Polygon', coordinates: [] };

/** The full parameters of `overrides`; throws, listing every problem (field, value, rule), when one is invalid. */
export function checkedParams(overrides: ParamOverrides): CoverageParams {
  const { params, errors } = resolveParams(overrides);
  if (errors.length > 0) throw new Error(`coverage parameters: ${errors.map((e) => e.message).join('; ')}`);
  return params;
}

/**
 * The model's parameters of one coverage service and what its engine is built from: the input (its areas and
 * environment grid), the area index of the first engine, the imported coverage polygons in use.
 */
export class ServiceModel {
  private current: CoverageParams = COVERAGE_DEFAULTS;
  private input: ServiceInput | null = null;
  private index: AreaIndex | null = null;
  private coverage: readonly ImportedCoverage[] = [];

  /** The first engine of `input` (on the data build's `storedIndex` when given) under the parameters in use. */
  engine(input: ServiceInput, storedIndex: AreaIndex | null): CoverageEngine {
    const e = engineFor(input, this.current, storedIndex);
    this.input = input;
    // The engine's own index object: grid levels added later are added to it, and a rebuilt engine keeps them.
    this.index = e.areaIndex as AreaIndex;
    return e;
  }

  /** Notes the imported coverage polygons given to the engine (a rebuilt engine gets them too); answers them. */
  imported(items: readonly ImportedCoverage[]): readonly ImportedCoverage[] {
    return (this.coverage = items);
  }

  /**
   * A new engine under the parameters of `overrides` (`{}`: the defaults), on the same area index, with the
   * imported coverage and `sites` placed. Throws, naming every invalid field, value and rule, before anything
   * changes.
   */
  rebuild(overrides: ParamOverrides, sites: readonly Site[]): CoverageEngine {
    const params = checkedParams(overrides);
    if (this.input === null || this.index === null) throw new Error('coverage service: init() has not run');
    const e = engineFor(this.input, params, this.index, true);
    if (this.coverage.length > 0) e.setImportedCoverage(this.coverage, false);
    e.setSites(sites);
    this.current = params;
    return e;
  }

  /** The parameters in use. */
  get params(): CoverageParams {
    return this.current;
  }

  /**
   * The environment class of a site as the engine classifies it for its footprints: the environment grid's cell,
   * else the census density where it stands (engine-locate.ts `environmentAtSite`, on the default tile grid the
   * service's engines use). Memoised per site. For fitting a calibration against the sites.
   */
  environmentOf(): (site: Site) => Environment {
    if (this.input === null || this.index === null) throw new Error('coverage service: init() has not run');
    const [grid, index, cells] = [createGrid(ENGINE_DEFAULTS.tileM), this.index, this.input.environment ?? null];
    const memo = new Map<Site, Environment>();
    return (site) => {
      let env = memo.get(site);
      if (env === undefined) memo.set(site, (env = environmentAtSite(grid, index, cells, site)));
      return env;
    };
  }
}

/** True when `params` are the defaults in every field of the catalogue. */
export function isDefaultParams(params: CoverageParams): boolean {
  return Object.keys(overridesOf(params)).length === 0;
}
