/**
 * Regression: clipper2-ts 2.0.1 lost or gained area in some differences and unions (upstream clipper2-ts #29,
 * Clipper2 #1067), so the pieces of 2025 units 00565, 00592 and 10369 did not add up to the unit (up to
 * 19,868 m², 0.05 pp), found by the PostGIS cross-check. Pieces must now sum to every area.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { rawPath } from '../../../test/support/data-dir.js';
import { createGrid } from './tiles.js';
import { buildAreaIndex, PARTITION_TOLERANCE } from './area-index.js';

const units = rawPath('admin/wards-2025.geojson');
const wards = rawPath('admin/wards-2019-lowres.geojson');
type F = Feature<Polygon | MultiPolygon, Record<string, string>>;
const read = (p: string) => (JSON.parse(fs.readFileSync(p, 'utf8')) as { features: F[] }).features;

describe.skipIf(!fs.existsSync(units))('area pieces add up (regression: clipper2-ts union bug, unit 00592)', () => {
  it.each(['00565', '00592', '10369'])('unit %s', (code) => {
    const unit = read(units).find((f) => f.properties.code === code)!;
    const population = read(wards).map((f) => ({
      id: f.properties.ward_code!,
      population: 1000,
      geometry: f.geometry,
    }));
    const index = buildAreaIndex(
      [{ id: code, level: 'unit2025', geometry: unit.geometry }],
      population,
      createGrid(1000),
    );
    expect(index.partitionErrors).toEqual([]);
    const sum = index.piecesOfArea[0]!.reduce((s, [k, i]) => s + index.tiles.get(k)![i]!.areaM2, 0);
    const area = index.areas[0]!.areaM2;
    expect(Math.abs(sum - area)).toBeLessThanOrEqual(PARTITION_TOLERANCE.relative * area + PARTITION_TOLERANCE.m2);
  });
});
