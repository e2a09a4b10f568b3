/**
 * The public map's point answer ("Có 5G ở đây không?") beyond any operator's coverage, written at build time and
 * read by the page only when a point is asked (src/public/public-point-details.ts); scripts/build-public.ts writes
 * them: each operator's coverage per
 * technology, one file per coverage level (`coverage-operators.fgb`, `…-indoor.fgb`: the engine's 1 km tiles,
 * simplified as the any-operator files are), the sites in use as points (`point-sites.fgb`), the speed records of
 * the twelve months up to the newest one (`point-speeds.fgb`) and what the page needs to say about them
 * (`point-meta.json`). Every file is a FlatGeobuf with its spatial index, so the page reads only the box it asks.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point } from 'geojson';
import { simplify } from '@turf/simplify';
import type { ServiceDrawing } from './service-drawing.js';
import { yearBefore } from './as-of.js';
import { MIN_SPEED_TESTS } from './targets.js';
import { COVERAGE_LEVELS } from '../domain/coverage-level.js';
import { OPERATORS, TECHNOLOGIES, type Site, type SpeedTestProps } from '../domain/telecom.js';
import { operatorCoverageFile, POINT_SITES_FILE, POINT_SPEEDS_FILE, type PointMeta } from '../domain/public-point.js';

/** One file of the point data: its name in the data folder and its features, title and description. */
export type PointDataFile = { file: string; collection: FeatureCollection; title: string; description: string };

/** The radius of the speed records counted around a point, metres (the planner's `POINT_LOOKUP_DEFAULTS`). */
export const POINT_SPEED_RADIUS_M = 500;

/**
 * Each operator's coverage tiles of each technology, one file per coverage level, every feature carrying its
 * `op` and `tech`; from the service's drawings, simplified by `toleranceDeg` degrees (the tiles are mutated), as the
 * any-operator files are (scripts/public/coverage-files.ts).
 */
export function operatorCoverageFiles(
  drawn: Pick<ServiceDrawing, 'coveredTiles'>,
  toleranceDeg: number,
): PointDataFile[] {
  return COVERAGE_LEVELS.map((level) => {
    const features = OPERATORS.flatMap((op) =>
      TECHNOLOGIES.flatMap((tech) =>
        drawn.coveredTiles(tech, op, level).features.map((f): Feature<MultiPolygon> => ({
          type: 'Feature',
          geometry: simplify(f, { tolerance: toleranceDeg, highQuality: false, mutate: true }).geometry,
          properties: { op, tech },
        })),
      ),
    );
    return {
      file: operatorCoverageFile(level),
      collection: { type: 'FeatureCollection', features },
      title: `coverage per operator ${level}`,
      description: `Modelled ${level} coverage of the sample sites, per operator and technology`,
    };
  });
}

/** The sites in use as points: operator, technologies (`4G,5G`) and whether they are sample data. */
export function pointSitesFile(sites: readonly Site[]): PointDataFile {
  const features = sites.map((s): Feature<Point> => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [s.lng, s.lat] },
    properties: { id: s.id, op: s.operator, tech: [...new Set(s.technologies)].join(','), sample: s.sample },
  }));
  return {
    file: POINT_SITES_FILE,
    collection: { type: 'FeatureCollection', features },
    title: 'sites',
    description: 'The sites in use (sample data where sample is true)',
  };
}

/**
 * The speed records of the twelve months up to the newest record's day (after the day a year before it, up to and
 * including it: the planner's window without a date, `lookupPoint`), with what the page averages (technology,
 * download in Mbit/s, the tests a record stands for), and the file's meta: the window, the radius and the minimum
 * number of tests of a mean.
 */
export function pointSpeedFiles(
  records: readonly Feature<Point, SpeedTestProps>[],
  sampleSites: boolean,
): { file: PointDataFile; meta: PointMeta } {
  const until = records.reduce<string | null>(
    (m, r) => (m === null || r.properties.date > m ? r.properties.date : m),
    null,
  );
  const after = until === null ? null : yearBefore(until);
  const kept = records.filter((r) => after !== null && r.properties.date > after && r.properties.date <= until!);
  const features = kept.map((r): Feature<Point> => ({
    type: 'Feature',
    geometry: r.geometry,
    // A record without a positive weight counts as one test, as the planner's averages count it (targets.ts).
    properties: { tech: r.properties.tech, down: r.properties.downMbps, tests: Math.max(r.properties.tests, 0) || 1 },
  }));
  return {
    file: {
      file: POINT_SPEEDS_FILE,
      collection: { type: 'FeatureCollection', features },
      title: 'speed tests',
      description: `Speed records dated after ${after ?? '-'} up to ${until ?? '-'}`,
    },
    meta: {
      window: after === null || until === null ? null : { after, until },
      radiusM: POINT_SPEED_RADIUS_M,
      minTests: MIN_SPEED_TESTS,
      sampleSites,
      sampleSpeeds: kept.some((r) => r.properties.sample),
    },
  };
}
