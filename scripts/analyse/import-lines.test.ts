/**
 * Line files on the command line (`--kind lines|road|railway|metro`): read by the app's line import, reported in
 * import-report.json like any file, kept out of the base data and handed to lines.csv with their file's name.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Feature } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { destination, lineLengthM } from '../../src/analysis/geodesy.js';
import type { IndicatorAreaCatalogue } from '../../src/domain/indicators.js';
import type { LngLat } from '../../src/domain/geo.js';
import type { Site } from '../../src/domain/telecom.js';
import { namedLinesHandlers } from '../../src/worker/named-lines-handler.js';
import type { AnalyseKind } from './args.js';
import { baseFromImports } from './base.js';
import { importedLineSets, importFiles, partsOf, type FileOutcome } from './import-files.js';
import { fileReport } from './import-report.js';
import { printFileReport } from './print-file-report.js';

/** Ga Hà Nội, where the railway leaves southwards. */
const GA_HA_NOI: LngLat = [105.8412, 21.0245];
const MID = destination(GA_HA_NOI, 178, 2000);
const SOUTH = destination(MID, 182, 2200);

const noAreas = (): IndicatorAreaCatalogue => {
  throw new Error('a line file needs no area catalogue');
};

/** A LineString feature with `properties`, `[lng, lat]` degrees. */
function createFeature(properties: Record<string, unknown>, coordinates: LngLat[]): Feature {
  return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
}

/** A FeatureCollection as QGIS writes one (a `name`, a `crs` member naming CRS84), one feature a line. */
function createGeoJson(name: string, features: Feature[]): string {
  const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `{\n"type": "FeatureCollection",\n"name": ${JSON.stringify(name)},\n"crs": ${JSON.stringify(crs)},\n"features": [\n${body}\n]\n}\n`;
}

/** The railway south of Ga Hà Nội in two OSM ways, with no tag: the kind comes from the command line. */
const RAIL_WAYS = [
  createFeature({ osm_id: 1, name: 'Đường sắt Thống Nhất' }, [GA_HA_NOI, MID]),
  createFeature({ osm_id: 2, name: 'Đường sắt Thống Nhất' }, [MID, SOUTH]),
];

describe('line files through import-files', () => {
  let tmp: string;
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(tmp, name), text);
    return path.join(tmp, name);
  };
  const importOne = async (file: string, kind: AnalyseKind): Promise<FileOutcome> =>
    (await importFiles([{ path: file, kind }], {}, noAreas))[0]!;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-import-lines-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads a railway GeoJSON with --kind railway: one railway of its two ways, its length geodesic', async () => {
    const o = await importOne(write('duong-sat.geojson', createGeoJson('duong_sat', RAIL_WAYS)), 'railway');
    expect(o.error).toBeNull();
    const [part] = partsOf(o.imported!);
    expect(part!.kind).toBe('lines');
    const lines = part!.kind === 'lines' ? part!.result.lines : [];
    expect(lines.map((l) => [l.name, l.kind, l.segments])).toEqual([['Đường sắt Thống Nhất', 'railway', 2]]);
    expect(lines[0]!.lengthM).toBeCloseTo(4200, 3);
    expect(lines[0]!.lengthM).toBeCloseTo(lineLengthM([GA_HA_NOI, MID, SOUTH]), 6);
  });

  it('gives the lines the app’s worker gives for the same file and choice', async () => {
    const text = createGeoJson('duong_sat', RAIL_WAYS);
    const o = await importOne(write('app.geojson', text), 'railway');
    const app = namedLinesHandlers({ sites: [] as Site[], requireEngine: () => ({}) as never }, async () => ({
      source: { getBytes: async () => null as never },
    }));
    const answer = await app.importLines(null as never, new Blob([text]), 'app.geojson', 'railway');
    const [set] = importedLineSets([o]);
    expect(set!.source).toBe('app.geojson');
    expect(set!.lines.map((l) => [l.name, l.kind, l.classes, l.lengthM / 1000])).toEqual(
      answer.lines.map((e) => [e.name, e.kind, e.classes, e.km]),
    );
  });

  it('tells each line’s kind by its OSM tags with --kind lines, as the app’s auto does', async () => {
    const features = [
      createFeature({ name: 'Metro Nhổn – Ga Hà Nội', railway: 'subway' }, [
        GA_HA_NOI,
        destination(GA_HA_NOI, 270, 900),
      ]),
      createFeature({ name: 'Đường sắt Thống Nhất', railway: 'rail' }, [GA_HA_NOI, MID]),
      createFeature({ name: 'Lê Duẩn', highway: 'primary' }, [GA_HA_NOI, MID]),
    ];
    const o = await importOne(write('osm.geojson', createGeoJson('osm', features)), 'lines');
    const [set] = importedLineSets([o]);
    expect(set!.lines.map((l) => [l.name, l.kind, l.classes])).toEqual([
      ['Đường sắt Thống Nhất', 'railway', ['rail']],
      ['Lê Duẩn', 'road', ['primary']],
      ['Metro Nhổn – Ga Hà Nội', 'metro', ['subway']],
    ]);
  });

  it('reports a refused feature with its file, feature, value and rule, and goes on with the rest', async () => {
    const long = `Tuyến ${'x'.repeat(200)}`;
    const features = [
      ...RAIL_WAYS,
      createFeature({ name: long }, [GA_HA_NOI, MID]),
      createFeature({ name: 'Nhánh Hải Phòng' }, [
        [106.9, 21.0],
        [106.95, 21.01],
      ]),
    ];
    const r = fileReport(await importOne(write('bad.geojson', createGeoJson('bad', features)), 'railway'));
    expect(r.messages).toHaveLength(2);
    expect(r.messages[0]).toMatchObject({
      severity: 'error',
      rule: 'line-name-long',
      index: 2,
      message: 'bad.geojson: feature 2: name holds 206 characters — a name must be at most 200 characters',
    });
    // The value as the app's messages cite a long text: its start and its length.
    expect(r.messages[0]!.value).toMatch(/^Tuyến x+… \(206 characters\)$/);
    expect(r.messages[1]).toMatchObject({ severity: 'error', rule: 'coords-outside', index: 3 });
    expect(r.messages[1]!.message).toMatch(/^bad\.geojson: feature 3: coordinate \[106\.9, 21\] .* outside Hà Nội/);
    expect(r.messages[1]!.vi).toMatch(/^bad\.geojson: đối tượng 3: /);
    expect(r).toMatchObject({ kind: 'lines', requested: 'railway', format: 'geojson', refused: false });
    expect(r.counts).toEqual({ read: 4, kept: 2, repaired: 0, rejected: 2, errors: 2, warnings: 0 });
    expect(r.details).toEqual({ kindChoice: 'railway', rows: 4, accepted: 2, rejectedRows: 2, lines: 1 });
    // How the file was read, in import-report.json as for any other file: its encoding and its system.
    expect(r.encoding).toMatchObject({ encoding: 'utf-8', bom: false });
    expect(r.crs).toMatchObject({ system: 'wgs84', declared: 'OGC CRS84 (WGS 84 [lng, lat])' });
    expect(printFileReport(r, 'en', 'import-report.json').slice(0, 2)).toEqual([
      'bad.geojson: lines, geojson, utf-8; 4 rows: 2 kept, 0 repaired, 2 rejected; 2 error(s), 0 warning(s)',
      "  CRS: wgs84 — the GeoJSON's crs member declares OGC CRS84 (WGS 84 [lng, lat]): read as [lng, lat] degrees",
    ]);
  });

  it('refuses a file that is not a line file, naming the rule, and a missing file as any other', async () => {
    const csv = fileReport(await importOne(write('sites.csv', 'id,lon,lat\nA,105.85,21.03\n'), 'lines'));
    expect(csv).toMatchObject({ kind: 'lines', refused: true, counts: { read: 0, kept: 0 } });
    expect(csv.messages.map((m) => [m.rule, m.index])).toEqual([['line-file-format', null]]);
    expect(csv.messages[0]!.message).toBe(
      'sites.csv: the file is neither GeoJSON nor FlatGeobuf — a line file needs geometry: export it as GeoJSON or FlatGeobuf (QGIS: Export → Save Features As…)',
    );
    const missing = fileReport(await importOne(path.join(tmp, 'nowhere.geojson'), 'metro'));
    expect(missing).toMatchObject({ kind: null, requested: 'metro', refused: true });
    expect(missing.messages[0]!.rule).toBe('file-refused');
  });

  it('keeps the lines out of the base data: the sample stays as it is', async () => {
    const o = await importOne(write('rail.geojson', createGeoJson('rail', RAIL_WAYS)), 'railway');
    const sample = { sites: [], cables: [], speedTests: [] };
    const base = baseFromImports([o], 'replace', sample, '2026-01-01T00:00:00.000Z');
    expect(base).toEqual(baseFromImports([], 'replace', sample, '2026-01-01T00:00:00.000Z'));
    expect(base.provenance).toMatchObject({ sites: 'sample', cables: 'sample', coverageImported: false });
  });

  it('hands lines.csv each file that gave lines, in file order, with its name; none for a refused one', async () => {
    const outcomes = await importFiles(
      [
        { path: write('b.geojson', createGeoJson('b', RAIL_WAYS)), kind: 'railway' },
        { path: write('none.csv', 'x\n'), kind: 'lines' },
        { path: write('a.geojson', createGeoJson('a', RAIL_WAYS.slice(0, 1))), kind: 'metro' },
      ],
      {},
      noAreas,
    );
    expect(importedLineSets(outcomes).map((s) => [s.source, s.lines.map((l) => l.kind)])).toEqual([
      ['b.geojson', ['railway']],
      ['a.geojson', ['metro']],
    ]);
  });
});
