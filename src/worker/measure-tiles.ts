/**
 * The features of the worker-tiled measure layers (measure-tile-names.ts), computed from the analysis in use:
 * the roads cut into covered and uncovered parts for a technology, operator set and level (roads-split.ts), and
 * the towers of the sites in use (sharing-towers.ts). The worker cuts them into vector tiles like the coverage
 * and drops them with its other tiles when the figures change (a plan edit, a date, an import, parameters).
 *
 * The roads file (2.8 MB, about 10,000 features) is read and projected once, when the road layer is first asked
 * for; cutting them for one choice takes about 1 s on the shipped data (Node, 2 cores), the towers about 0.2 s.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { Site, Technology } from '../domain/telecom.js';
import type { OpSet } from '../analysis/engine/types.js';
import { prepareRoads, splitRoads, type PreparedRoads } from '../analysis/roads-split.js';
import { detectTowers } from '../analysis/sharing-towers.js';
import { towerPoints } from '../analysis/tower-points.js';
import { parseMeasureTileLayer, type MeasureTileLayer } from './measure-tile-names.js';
import { loadLayer, type DataSource } from '../data/load-layers.js';
import type { Manifest } from '../domain/report.js';

/** The manifest id of the roads the road layer cuts (OSM motorway to tertiary). */
export const ROADS_LAYER_ID = 'roads';

/** A roads loader for {@link MeasureFeatures}: the worker's data folder once the first analysis has loaded it. */
export const roadsFrom =
  (loaded: () => Promise<{ source: DataSource; manifest: Manifest }>) => async (): Promise<FeatureCollection> => {
    const { source, manifest } = await loaded();
    return loadLayer(source, manifest, ROADS_LAYER_ID);
  };

/** What the measure layers read of the coverage service (`CoverageService`; a fake in tests). */
export interface MeasureSource {
  /** The base sites in use at the map's date. */
  readonly sites: readonly Site[];
  readonly drawn: {
    coveredTiles(tech: Technology, op: OpSet, at: CoverageLevel): FeatureCollection<MultiPolygon>;
    gaps(tech: Technology, op: OpSet, at: CoverageLevel): FeatureCollection<MultiPolygon>;
  };
}

/** The measure layers' features, on the service in use; the roads come from `loadRoads`, read once. */
export class MeasureFeatures {
  private roads: Promise<PreparedRoads> | null = null;
  private prepared: PreparedRoads | null = null;

  constructor(
    private readonly service: MeasureSource,
    private readonly loadRoads: () => Promise<FeatureCollection>,
  ) {}

  /**
   * Loads what a tile layer needs before {@link features} can answer it: the roads, once, for a road layer; nothing
   * for any other layer. A failed read rejects with the loader's message and is tried again on the next call.
   */
  async prepare(layer: string): Promise<void> {
    if (this.prepared || parseMeasureTileLayer(layer)?.kind !== 'roads') return;
    this.roads ??= this.loadRoads().then((fc) => prepareRoads(fc.features));
    try {
      this.prepared = await this.roads;
    } catch (err) {
      this.roads = null;
      throw err;
    }
  }

  /**
   * The features of a measure layer now: road parts with `highway`, `name`, `covered` and the choice they were cut
   * for (`tech`, `op`, `level`), or tower points (see tower-points.ts); null for roads not yet loaded (see
   * {@link prepare}).
   */
  features(what: MeasureTileLayer): FeatureCollection | null {
    if (what.kind === 'towers') return collection(towerPoints(detectTowers(this.service.sites)));
    if (!this.prepared) return null;
    const { tech, op, level } = what;
    const geometries = (fc: FeatureCollection<MultiPolygon>) => fc.features.map((f) => f.geometry);
    const parts = splitRoads(
      this.prepared,
      geometries(this.service.drawn.coveredTiles(tech, op, level)),
      geometries(this.service.drawn.gaps(tech, op, level)),
    );
    // The choice goes with each part, so that a clicked road says what it is covered by.
    return collection(parts.map((f) => ({ ...f, properties: { ...f.properties, tech, op, level } })));
  }
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/**
 * `load` read once: every caller gets the same promise (the road layer and the panel's road figures share one
 * read); a failed read is tried again on the next call.
 */
export function readOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | null = null;
  return () => {
    kept ??= load();
    kept.catch(() => (kept = null));
    return kept;
  };
}
