/**
 * The stored figures of the shipped data (the data build's, see stored-results.ts) on the coverage service's side:
 * which dates are stored, whether they apply (only to the shipped sites, with no plan, no grid level and the model's
 * default parameters), and the
 * service's full results built from one of them with the targets (speeds, cables, zones) of that date's input.
 */
import type { Feature, LineString } from 'geojson';
import type { CableStatus, Site, Technology } from '../domain/telecom.js';
import type { CoverageEngine } from './engine/engine.js';
import { POPULATION_NOTE } from './engine/types.js';
import { isDefaultParams } from './service-params.js';
import type { TargetsCache } from './results-cache.js';
import type { ServiceInput, ServiceResults } from './service-types.js';
import { resultsOfSnapshot, snapshotFits, snapshotOf, type ResultsSnapshot } from './stored-results.js';
import { populationTarget, zoneTargets, type SpeedFigure } from './targets.js';
import type { ZoneCategory, ZoneConfidence } from '../domain/zones.js';

/** Snapshots by date, for one engine's areas; a snapshot over other areas is refused. */
export class StoredDates {
  private readonly byDate = new Map<string, ResultsSnapshot>();
  private grid = false;

  /**
   * `engine`: the service's engine now (it is built again when the model's parameters change); `shipped`: the sites
   * the figures were stored for (the service's base sites at `init`, by identity).
   */
  constructor(
    private readonly engine: () => CoverageEngine,
    private readonly shipped: readonly Site[],
  ) {}

  /**
   * The snapshot of `date` when stored figures apply: the base sites are the shipped ones (`sites`, all dates), the
   * plan is empty (`planSites` 0), no grid level was added (their cells are not stored) and the engine's model
   * parameters are the defaults (the data build computed the figures with them). Null otherwise.
   */
  usable(date: string | null, sites: readonly Site[], planSites: number): ResultsSnapshot | null {
    const fits = sites === this.shipped && planSites === 0 && !this.grid && isDefaultParams(this.engine().params);
    return fits ? this.get(date) : null;
  }

  /** A grid level was added to the engine: its cells have no stored figures, so none apply from now on. */
  gridAdded(): void {
    this.grid = true;
  }

  /** Keeps a snapshot; throws, naming its date, when it was made over other areas than the engine's. */
  add(snap: ResultsSnapshot): void {
    if (!snapshotFits(snap, this.engine().areaMeta()))
      throw new Error(
        `stored results of ${snap.date}: made over ${snap.areaKeys.length} other areas than the analysis's — not used`,
      );
    this.byDate.set(snap.date, snap);
  }

  /** The snapshot of `date` (null: all the data, stored as `now`), or null when none is stored. */
  get(date: string | null): ResultsSnapshot | null {
    return this.byDate.get(date ?? 'now') ?? null;
  }

  /** Whether `date` (null: all the data) has a snapshot. */
  has(date: string | null): boolean {
    return this.byDate.has(date ?? 'now');
  }
}

/** Every result the app shows, from a snapshot and the date's `input` (speed tests, cables, zones). */
export function storedResults(
  engine: CoverageEngine,
  snap: ResultsSnapshot,
  input: ServiceInput,
  targets: TargetsCache,
): ServiceResults {
  const { areas, city } = resultsOfSnapshot(engine.areaMeta(), snap);
  const zoneAreas = Object.values(areas).filter((r) => r.level === 'zone');
  const zones = zoneTargets(
    zoneAreas,
    input.zones.features.map((f) => ({
      id: String(f.properties?.id),
      name: String(f.properties?.name),
      category: f.properties?.category as ZoneCategory,
      confidence: f.properties?.confidence as ZoneConfidence,
    })),
  );
  return {
    areas,
    city,
    zones,
    population: populationTarget(city),
    speeds: targets.speeds(input.speedTests.features) as Record<string, Record<Technology, SpeedFigure>>,
    cables: targets.cables(input.cables.features as Feature<LineString, { status: CableStatus }>[]),
    zonesInArea: targets.zonesInArea(input.zones),
    issues: [],
    populationNote: POPULATION_NOTE,
    timings: {},
  };
}

/** The engine's figures now, labelled `date`, as a snapshot to store (stored-results.ts). */
export function engineSnapshot(engine: CoverageEngine, date: string): ResultsSnapshot {
  return snapshotOf(date, engine.areaMeta(), engine.sums(), engine.results('city')[0]!, engine.reach.maxReachM());
}
