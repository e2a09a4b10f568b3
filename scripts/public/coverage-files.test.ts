import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { CoverageLevel } from '../../src/domain/coverage-level.js';
import type { Technology } from '../../src/domain/telecom.js';
import { coverageTileFiles } from './coverage-files.js';

/** A drawing whose tiles are one square per call, `side` degrees wide (indoors half as wide), tagged with the call. */
function createDrawing(side = 0.01) {
  const calls: string[] = [];
  return {
    calls,
    coveredTiles(tech: Technology, op: string, level: CoverageLevel = 'outdoor') {
      calls.push(`${tech}|${op}|${level}`);
      const s = level === 'indoor' ? side / 2 : side;
      const square = [
        [105.8, 21],
        [105.8 + s, 21],
        [105.8 + s, 21 + s],
        [105.8, 21 + s],
        [105.8, 21],
      ];
      const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square]] };
      return {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry, properties: { tech, op, sample: true } }],
      } as FeatureCollection<MultiPolygon, never>;
    },
  };
}

describe('coverageTileFiles', () => {
  it('writes 4G and 5G outdoors under the old names and indoors with -indoor', () => {
    expect(coverageTileFiles(createDrawing()).map((f) => f.file)).toEqual([
      'coverage-4g.fgb',
      'coverage-5g.fgb',
      'coverage-4g-indoor.fgb',
      'coverage-5g-indoor.fgb',
    ]);
  });

  it('asks the drawing for any operator at each file’s technology and level', () => {
    const d = createDrawing();
    coverageTileFiles(d);
    expect(d.calls).toEqual(['4G|any|outdoor', '5G|any|outdoor', '4G|any|indoor', '5G|any|indoor']);
  });

  it('keeps each level’s own geometry (indoor tiles are the smaller ones here)', () => {
    const files = coverageTileFiles(createDrawing());
    const east = (i: number) =>
      (files[i]!.collection.features[0]!.geometry as MultiPolygon).coordinates[0]![0]![1]![0]!;
    expect(east(1)).toBeCloseTo(105.81, 9);
    expect(east(3)).toBeCloseTo(105.805, 9);
  });
});
