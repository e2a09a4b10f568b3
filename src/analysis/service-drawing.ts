/**
 * What the coverage service hands the map to draw: covered and uncovered geometry of the city by technology,
 * operator set and coverage level, as `[lng, lat]` MultiPolygons. Split from coverage-service.ts so that the
 * service keeps to its figures.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { Technology } from '../domain/telecom.js';
import type { CoverageEngine } from './engine/engine.js';
import type { OpSet } from './engine/types.js';
import { coverageCollection, tileCollection, type DrawnProps } from './service-results.js';

/** The drawings of a service's engine; `engine` and `sample` are read at each call (the engine catches up). */
export class ServiceDrawing {
  constructor(
    private readonly engine: () => CoverageEngine,
    private readonly sample: () => boolean,
  ) {}

  /** Covered area inside the city per operator. */
  coverage(
    tech: Technology,
    at: CoverageLevel = 'outdoor',
  ): FeatureCollection<MultiPolygon, { operator: OpSet; tech: Technology; sample: boolean }> {
    return coverageCollection(this.engine(), tech, this.sample(), at);
  }

  /** The covered part of the city per tile, for maps that read geometry by bounding box. */
  coveredTiles(
    tech: Technology,
    op: OpSet,
    at: CoverageLevel = 'outdoor',
  ): FeatureCollection<MultiPolygon, DrawnProps> {
    return tileCollection(this.engine().coveredByTile(tech, op, at), tech, op, this.sample());
  }

  /** The uncovered part of the city per tile, for drawing the gaps of the whole map. */
  gaps(tech: Technology, op: OpSet, at: CoverageLevel = 'outdoor'): FeatureCollection<MultiPolygon, DrawnProps> {
    return tileCollection(this.engine().uncoveredByTile(tech, op, at), tech, op, this.sample());
  }
}
