/**
 * "Có 5G ở đây không?" on the public map at a coverage level: whether 4G and 5G (any operator) reach a point
 * outdoors or indoors, from the coverage tiles the public build writes per level (`coverage-5g.fgb`,
 * `coverage-5g-indoor.fgb`: domain/public-level.ts). Reads only the tiles around the point (the files' spatial
 * index, HTTP range requests), as public-point.ts does for outdoor coverage.
 */
import type { Feature } from 'geojson';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { LngLat } from '../domain/geo.js';
import { coverageTilesFile } from '../domain/public-level.js';
import { TECHNOLOGIES } from '../domain/telecom.js';
import { readFgbUrl } from '../data/fgb-read.js';
import { polygonHolds, type BoxReader, type PublicPointCoverage } from './public-point.js';

/** Half the side of the box read around the point, degrees (about 10 m): the tiles touching the point. */
const PICK_DEG = 0.0001;

/**
 * Whether 4G and 5G (any operator) reach `lngLat` (`[lng, lat]` degrees) at coverage `level`, from the level's
 * coverage tiles in the data folder `dataUrl` (ends with `/`). Rejects when a file cannot be read.
 */
export async function publicCoverageAtLevel(
  dataUrl: string,
  lngLat: Readonly<LngLat>,
  level: CoverageLevel,
  read: BoxReader = (url, bbox) => readFgbUrl(url, { bbox }),
): Promise<PublicPointCoverage> {
  const [lng, lat] = lngLat;
  const box: [number, number, number, number] = [lng - PICK_DEG, lat - PICK_DEG, lng + PICK_DEG, lat + PICK_DEG];
  const answers = await Promise.all(
    TECHNOLOGIES.map(async (tech) => {
      const fc = await read(new URL(coverageTilesFile(tech, level), dataUrl).href, box);
      return (fc.features as Feature[]).some(
        (f) =>
          (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') && polygonHolds(f.geometry, lngLat),
      );
    }),
  );
  return { '4G': answers[0]!, '5G': answers[1]! };
}
