/**
 * `npm run analyse` with a line file, end to end, in-process, on the data folder the real-data project builds once
 * for its suites (test/setup/pipeline.ts: 2,000 sample sites, seed 7; read-only here): a railway GeoJSON across
 * central Hà Nội, written here as QGIS writes one, imported with `--kind railway`, and its rows in lines.csv after
 * the shipped named roads'.
 *
 * A real-data suite: it runs in the `real-data` project (vite.config.ts, `REAL_DATA_SUITES`), whose global setup
 * provides the shared build; elsewhere it is skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Feature } from 'geojson';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { destination } from '../../src/analysis/geodesy.js';
import type { LngLat } from '../../src/domain/geo.js';
import type { NamedLine } from '../../src/domain/named-line.js';
import { HANOI_DATA_DIR } from '../../test/support/data-dir.js';
import { sharedPipeline } from '../../test/setup/shared-pipeline.js';
import { LINES_COLUMNS } from './lines-csv.js';
import { runAnalyse } from './run.js';

const hasData = fs.existsSync(HANOI_DATA_DIR);
/** Only the real-data project's global setup provides the shared build. */
const inRealData = inject('sharedPipeline') !== undefined;
/** Generous: the run took 22 s on a shared two-core machine (analysis 9 s, lines.csv and roads.csv 12 s). */
const SETUP_TIMEOUT_MS = 300_000;

/** Ga Hà Nội; the railway runs south from it past Giáp Bát, geodesic legs of known length. */
const GA_HA_NOI: LngLat = [105.8412, 21.0245];
const LEGS_M = [1800, 1500, 2100] as const;
const RAIL_KM = LEGS_M.reduce((a, b) => a + b, 0) / 1000;
const BEARINGS_DEG = [178, 181, 184] as const;
const RAIL = LEGS_M.reduce<LngLat[]>((at, m, i) => [...at, destination(at.at(-1)!, BEARINGS_DEG[i]!, m)], [GA_HA_NOI]);

/** A LineString feature, `[lng, lat]` degrees. */
const createFeature = (properties: Record<string, unknown>, coordinates: LngLat[]): Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'LineString', coordinates },
});

/**
 * The railway in two OSM ways (one line once grouped) and a stray way outside Hà Nội (refused), as QGIS writes a
 * layer saved as GeoJSON: `name`, a `crs` member naming CRS84, one feature a line.
 */
function createRailwayGeoJson(): string {
  const features = [
    createFeature({ osm_id: 1, name: 'Đường sắt Thống Nhất', railway: 'rail' }, RAIL.slice(0, 3)),
    createFeature({ osm_id: 2, name: 'Đường sắt Thống Nhất', railway: 'rail' }, RAIL.slice(2)),
    createFeature({ osm_id: 3, name: 'Đường sắt Hà Nội – Hải Phòng', railway: 'rail' }, [
      [106.9, 20.9],
      [106.95, 20.91],
    ]),
  ];
  const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `{\n"type": "FeatureCollection",\n"name": "duong_sat",\n"crs": ${JSON.stringify(crs)},\n"features": [\n${body}\n]\n}\n`;
}

/** Haversine distance on a sphere of the mean Earth radius (IUGG R₁ = 6,371,008.8 m), metres: an independent check. */
function haversineM(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const [dLat, dLng] = [(b[1] - a[1]) * rad, (b[0] - a[0]) * rad];
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

describe.skipIf(!hasData || !inRealData)('npm run analyse with a line file', () => {
  let tmp: string;
  let data: string;
  let run: { code: number; lines: string[]; out: string };

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-analyse-lines-'));
    data = sharedPipeline().dir;
    fs.writeFileSync(path.join(tmp, 'duong-sat.geojson'), createRailwayGeoJson());
    const out = path.join(tmp, 'out');
    const lines: string[] = [];
    const argv = ['--kind', 'railway', 'duong-sat.geojson', '--out', out, '--data', data];
    const code = await runAnalyse(argv, { stderr: (l) => lines.push(l), cwd: tmp });
    run = { code, lines, out };
  }, SETUP_TIMEOUT_MS);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const csvRows = () => fs.readFileSync(path.join(run.out, 'lines.csv'), 'utf8').split('\r\n');
  const named = (): NamedLine[] => JSON.parse(fs.readFileSync(path.join(data, 'named-lines.json'), 'utf8')).lines;
  /** The imported railway's rows; its name holds no comma, so the fields split plainly. */
  const railRows = () =>
    csvRows()
      .filter((r) => r.startsWith('Đường sắt Thống Nhất,'))
      .map((r) => Object.fromEntries(r.split(',').map((v, i) => [LINES_COLUMNS[i], v])) as Record<string, string>);

  it('exits 0 and reports the file as the app reads it: one feature refused, named by feature and rule', () => {
    expect(run.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(run.out, 'import-report.json'), 'utf8'));
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({
      file: 'duong-sat.geojson',
      requested: 'railway',
      kind: 'lines',
      format: 'geojson',
      refused: false,
      counts: { read: 3, kept: 2, rejected: 1, errors: 1 },
      details: { kindChoice: 'railway', lines: 1 },
      // How the file was read: UTF-8, and its crs member naming CRS84.
      encoding: { encoding: 'utf-8' },
      crs: { system: 'wgs84', declared: 'OGC CRS84 (WGS 84 [lng, lat])' },
    });
    expect(report.files[0].messages).toMatchObject([{ severity: 'error', rule: 'coords-outside', index: 2 }]);
    expect(report.files[0].messages[0].message).toMatch(/^duong-sat\.geojson: feature 2: coordinate \[106\.9, 20\.9\]/);
    expect(run.lines).toContain(
      '[analyse] duong-sat.geojson: lines, geojson, utf-8; 3 rows: 2 kept, 0 repaired, 1 rejected; 1 error(s), 0 warning(s)',
    );
    expect(run.lines.some((l) => l.includes(`named lines, 1 from line files)`))).toBe(true);
  });

  it('writes the railway’s rows into lines.csv with its file as source, after the shipped lines at each level', () => {
    const rows = csvRows();
    expect(rows[0]).toBe(`\uFEFF${LINES_COLUMNS.join(',')}`);
    expect(LINES_COLUMNS.slice(0, 3)).toEqual(['name', 'kind', 'source']);
    const body = rows.slice(1, -1);
    const perLevel = (named().length + 1) * 2 * 5;
    expect(body).toHaveLength(2 * perLevel);
    for (const [k, at] of ['outdoor', 'indoor'].entries()) {
      const block = body.slice(k * perLevel, (k + 1) * perLevel);
      expect(block.every((r) => r.endsWith(`,${at}`))).toBe(true);
      expect(block.slice(0, -10).every((r) => /^("[^"]*"|[^,]*),(road|railway|metro),shipped,/.test(r))).toBe(true);
      expect(block.slice(-10).every((r) => r.startsWith('Đường sắt Thống Nhất,railway,duong-sat.geojson,rail,'))).toBe(
        true,
      );
    }
  });

  it('measures the railway’s length as the geodesic through its vertices, and covers at most that much', () => {
    const rail = railRows();
    expect(rail).toHaveLength(20);
    // Built from geodesic legs of 1.8, 1.5 and 2.1 km (Karney's direct problem): 5.400 km to the metre.
    expect(rail.every((r) => r.km === RAIL_KM.toFixed(3))).toBe(true);
    // A sphere is within 0.5 % of the ellipsoid at 21°N over a few km: the figure is no planar or Mercator length.
    const sphereM = RAIL.slice(1).reduce((sum, p, i) => sum + haversineM(RAIL[i]!, p), 0);
    expect(Math.abs(Number(rail[0]!.km) * 1000 - sphereM) / sphereM).toBeLessThan(0.005);
    for (const r of rail) {
      expect(r.kind).toBe('railway');
      expect(Number(r.covered_km)).toBeGreaterThanOrEqual(0);
      expect(Number(r.covered_km)).toBeLessThanOrEqual(Number(r.km));
      expect(Number(r.covered_pct)).toBeCloseTo((100 * Number(r.covered_km)) / Number(r.km), 1);
    }
    // Central Hà Nội is covered by 4G outdoors somewhere along 5 km, and "any" covers at least each operator.
    const outdoor4G = rail.filter((r) => r.technology === '4G' && r.coverage_level === 'outdoor');
    const any = Number(outdoor4G.find((r) => r.operator === 'any')!.covered_km);
    expect(any).toBeGreaterThan(0);
    for (const r of outdoor4G) expect(Number(r.covered_km)).toBeLessThanOrEqual(any);
  });
});
