/**
 * The public map's precomputed coverage: where 4G and 5G reach (any operator), outdoors and indoors, each cut into
 * the engine's 1 km tiles (so the page reads only the tiles around a point or the view) and simplified by
 * {@link PUBLIC_SIMPLIFY_DEG}. The page's point answer ("Có 5G ở đây không?") and coverage overlays read them.
 */
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { simplify } from '@turf/simplify';
import type { ServiceDrawing } from '../../src/analysis/service-drawing.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../src/domain/coverage-level.js';
import { coverageTilesFile } from '../../src/domain/public-level.js';
import { TECHNOLOGIES, type Technology } from '../../src/domain/telecom.js';
import { PUBLIC_SIMPLIFY_DEG } from './public-data.js';

/** One file of coverage tiles: its name in the data folder, its features, and the title and description it carries. */
export type CoverageTilesFile = {
  file: string;
  tech: Technology;
  level: CoverageLevel;
  collection: FeatureCollection;
  title: string;
  description: string;
};

/**
 * Every technology's coverage tiles at every coverage level, from the service's drawings (`coveredTiles`, any
 * operator), simplified by {@link PUBLIC_SIMPLIFY_DEG} degrees (the tiles are the page's, not shared: mutated).
 */
export function coverageTileFiles(drawn: Pick<ServiceDrawing, 'coveredTiles'>): CoverageTilesFile[] {
  return COVERAGE_LEVELS.flatMap((level) =>
    TECHNOLOGIES.map((tech): CoverageTilesFile => {
      const fc = drawn.coveredTiles(tech, 'any', level);
      const features = fc.features.map((f): Feature<MultiPolygon> =>
        simplify(f, { tolerance: PUBLIC_SIMPLIFY_DEG, highQuality: false, mutate: true }),
      );
      return {
        file: coverageTilesFile(tech, level),
        tech,
        level,
        collection: { type: 'FeatureCollection', features },
        title: `coverage ${tech} ${level}`,
        description: `Modelled ${level} coverage of the sample sites, any operator`,
      };
    }),
  );
}
