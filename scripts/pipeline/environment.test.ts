import fs from 'node:fs';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENVIRONMENTS } from '../../src/analysis/coverage/environment.js';
import { createEnvironmentGrid, environmentAt } from '../../src/analysis/coverage/environment-grid.js';
import { bandRangeM } from '../../src/analysis/coverage/model.js';
import { HANOI_LAEA } from '../../src/analysis/projection.js';
import { parsePopulationCsv } from '../../src/data/csv.js';
import { parseGeoJsonLayer } from '../../src/data/geojson-input.js';
import { HANOI_DATA_DIR, rawPath } from '../../test/support/data-dir.js';
import { buildWards2019 } from './admin.js';
import { measureCells } from './environment-cells.js';
import { buildEnvironmentLayer, environmentSummaryLines, type EnvironmentCellProps } from './environment.js';
import { buildZones } from './zones.js';

/** A square of plane metres [x0, x1] × [y0, y1] as a `[lng, lat]` polygon (counter-clockwise). */
function createSquare(x0: number, y0: number, x1: number, y1: number): Polygon {
  const ring = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ].map((p) => HANOI_LAEA.inverse(p));
  return { type: 'Polygon', coordinates: [ring] };
}

/** A road of a class along plane metres (x0, y) → (x1, y). */
function createRoad(highway: string, x0: number, x1: number, y: number) {
  return {
    highway,
    geometry: { type: 'LineString', coordinates: [HANOI_LAEA.inverse([x0, y]), HANOI_LAEA.inverse([x1, y])] },
  } satisfies { highway: string; geometry: LineString };
}

describe('measureCells', () => {
  // A ward of 2,000 residents over the two cells (0, 0) and (1, 0).
  const wards = [{ population: 2000, geometry: createSquare(0, 0, 2000, 1000) }];

  it('spreads a ward’s residents over the cells by land', () => {
    const cells = measureCells(wards, [], [], 1000);
    expect(cells.map((c) => [c.i, c.j])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    for (const c of cells) {
      expect(c.landKm2).toBeCloseTo(1, 4);
      expect(c.residents).toBeCloseTo(1000, 1);
    }
  });

  it('splits a road’s length at the cell line and leaves motorways out', () => {
    const roads = [createRoad('trunk', 500, 1700, 500), createRoad('motorway', 0, 2000, 800)];
    const [a, b] = measureCells(wards, roads, [], 1000);
    expect(a!.roadKm).toBeCloseTo(0.5, 3);
    expect(b!.roadKm).toBeCloseTo(0.7, 3);
  });

  it('marks the cells an industrial zone covers the centre of', () => {
    const [lng, lat] = HANOI_LAEA.inverse([1600, 500]);
    const zones = [
      { category: 'industrial_park', lng, lat, radiusM: 200 },
      { category: 'university', lng: HANOI_LAEA.inverse([500, 500])[0], lat, radiusM: 900 },
    ];
    expect(measureCells(wards, [], zones, 1000).map((c) => c.industrial)).toEqual([false, true]);
  });
});

/** The pipeline's environment layer of the real data, read and joined as run.ts does. */
function buildRealLayer() {
  const read = (rel: string) => fs.readFileSync(rawPath(rel), 'utf8');
  const wardsFile = 'admin/wards-2019-lowres.geojson';
  const rawWards = parseGeoJsonLayer(read(wardsFile), {
    file: wardsFile,
    geometryTypes: ['Polygon', 'MultiPolygon'],
    keyProperty: 'ward_code',
    keyPattern: /^\d{5}$/,
  }).features as Feature<Polygon | MultiPolygon, Record<string, unknown>>[];
  const censusFile = 'population/wards-2019-census.csv';
  const codes = new Set(rawWards.map((f) => String(f.properties.ward_code)));
  const wards = buildWards2019(rawWards, parsePopulationCsv(read(censusFile), censusFile, codes).byWard);
  type Props = Record<string, unknown>;
  const roads = JSON.parse(read('roads/major-roads-osm-2025.geojson')).features as Feature<LineString, Props>[];
  const points = (rel: string) => ({ raw: JSON.parse(read(rel)).features as Feature<Point, Props>[], file: rel });
  const zones = buildZones(points('poi/priority-zones.geojson'), points('poi/hospitals-osm-2024.geojson')).zones;
  return { wards, layer: buildEnvironmentLayer(wards, roads, zones) };
}

describe.skipIf(!fs.existsSync(HANOI_DATA_DIR))('the environment layer of the real data', () => {
  let built: ReturnType<typeof buildRealLayer>;
  let cells: EnvironmentCellProps[];
  beforeAll(() => {
    built = buildRealLayer();
    cells = built.layer.features.map((f) => f.properties);
  });

  it('classifies every 1 km cell of the city, holding its 8,053,663 residents', () => {
    const { summary } = built.layer;
    for (const line of environmentSummaryLines(summary)) console.log(line);
    expect(ENVIRONMENTS.reduce((s, e) => s + summary[e].cells, 0)).toBe(cells.length);
    expect(cells.length).toBeGreaterThan(3_300);
    expect(ENVIRONMENTS.reduce((s, e) => s + summary[e].residents, 0)).toBeCloseTo(8_053_663, -1);
    for (const e of ENVIRONMENTS) if (e !== 'open') expect(summary[e].cells, e).toBeGreaterThan(0);
    // Open land only from land cover, which the staged data lacks (ENVIRONMENT_RULE.openFromGround).
    expect(summary.open.cells).toBe(0);
  });

  it('keeps a site where people live in Ba Vì’s forest commune off open-area range', () => {
    // Xã Ba Vì (91 residents/km²) holds the national park: its cells, roadless or road-side, are rural.
    const baVi = built.wards.find((w) => w.properties.name === 'Ba Vì' && w.properties.districtCode === '271')!;
    const near = cells.filter((c) =>
      booleanPointInPolygon(HANOI_LAEA.inverse([(c.i + 0.5) * 1000, (c.j + 0.5) * 1000]), baVi.geometry),
    );
    const village = near.filter((c) => c.roadKmPerKm2 >= 0.1).sort((a, b) => b.roadKmPerKm2 - a.roadKmPerKm2)[0]!;
    expect(near.length).toBeGreaterThan(0);
    expect(near.every((c) => c.env === 'rural')).toBe(true);
    const grid = createEnvironmentGrid(cells);
    const site = HANOI_LAEA.inverse([(village.i + 0.5) * 1000, (village.j + 0.5) * 1000]);
    const env = environmentAt(grid, site[0], site[1])!;
    expect(env).toBe('rural');
    expect(bandRangeM('B3', 30, env)).toBeLessThan(bandRangeM('B3', 30, 'open'));
  });
});
