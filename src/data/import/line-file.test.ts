import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { writeFgb } from '../fgb-write.js';
import { importLineFile } from './line-file.js';

/** Two OSM ways of one ring road and a metro line, `[lng, lat]` degrees. */
function createCollection(): FeatureCollection {
  const line = (props: Record<string, unknown>, coordinates: number[][]) => ({
    type: 'Feature' as const,
    properties: props,
    geometry: { type: 'LineString' as const, coordinates },
  });
  return {
    type: 'FeatureCollection',
    features: [
      line({ name: 'Vành đai 3', highway: 'trunk' }, [
        [105.8, 21.0],
        [105.81, 21.0],
      ]),
      line({ name: 'Vành đai 3', highway: 'trunk' }, [
        [105.81, 21.0],
        [105.82, 21.0],
      ]),
      line({ name: 'Tuyến 2A', railway: 'light_rail' }, [
        [105.82, 21.0],
        [105.83, 21.01],
      ]),
    ],
  };
}

describe('importLineFile', () => {
  it('reads a FlatGeobuf file as a GeoJSON one', async () => {
    const bytes = writeFgb(createCollection());
    const r = await importLineFile(new Blob([bytes.slice().buffer as ArrayBuffer]), 'lines.fgb');
    expect(r.lines.map((l) => [l.name, l.kind, l.segments])).toEqual([
      ['Tuyến 2A', 'metro', 1],
      ['Vành đai 3', 'road', 2],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.report).toMatchObject({ format: 'flatgeobuf', encoding: null, crs: { system: 'wgs84' } });
  });

  it('reports how a GeoJSON file from Excel-era Windows was read: UTF-16 with a BOM, a VN-2000 crs member', async () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4756' } };
    const text = `\uFEFF${JSON.stringify({ ...createCollection(), crs })}`;
    const r = await importLineFile(new Blob([Buffer.from(text, 'utf16le')]), 'duong.geojson');
    expect(r.lines.map((l) => l.name)).toEqual(['Tuyến 2A', 'Vành đai 3']);
    expect(r.report).toMatchObject({
      format: 'geojson',
      encoding: { encoding: 'utf-16le', bom: true },
      crs: { system: 'vn2000', declared: 'EPSG:4756 VN-2000 [lng, lat]' },
    });
    expect(r.report!.crs.reason).toBe(
      "the GeoJSON's crs member declares EPSG:4756 VN-2000 [lng, lat]: every position converted to WGS84",
    );
    // Converted: VN-2000 degrees are not WGS84 degrees (the datums differ by a few hundred metres here).
    expect(r.lines[1]!.geometry.coordinates[0]![0]).not.toEqual([105.8, 21.0]);
  });

  it('reports a GeoJSON file without a crs member as read in WGS84, as RFC 7946 says', async () => {
    const r = await importLineFile(new Blob([JSON.stringify(createCollection())]), 'l.geojson');
    expect(r.report).toMatchObject({ format: 'geojson', encoding: { encoding: 'utf-8' } });
    expect(r.report!.crs).toEqual({
      system: 'wgs84',
      declared: null,
      reason: 'the GeoJSON has no crs member: read as WGS84 [lng, lat] degrees (RFC 7946)',
      reasonVi: 'GeoJSON không có thành phần crs: đọc là độ WGS84 [kinh độ, vĩ độ] (RFC 7946)',
    });
  });

  it('tells GeoJSON by its first byte when the name does not', async () => {
    const r = await importLineFile(new Blob([JSON.stringify(createCollection())]), 'export', 'railway');
    expect(r.lines.map((l) => l.kind)).toEqual(['railway', 'railway']);
  });

  it('refuses a delimited text file by name, in both languages', async () => {
    const r = await importLineFile(new Blob(['name,lng,lat\n']), 'l.csv');
    expect(r.issues.map((i) => [i.message, i.vi])).toEqual([
      [
        'l.csv: the file is neither GeoJSON nor FlatGeobuf — a line file needs geometry: export it as GeoJSON or FlatGeobuf (QGIS: Export → Save Features As…)',
        'l.csv: tệp không phải GeoJSON hay FlatGeobuf — tệp tuyến cần có hình học: hãy xuất ra GeoJSON hoặc FlatGeobuf (QGIS: Export → Save Features As…)',
      ],
    ]);
  });

  it('refuses a broken FlatGeobuf file with the reader’s reason', async () => {
    const r = await importLineFile(new Blob([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])]), 'x.fgb');
    expect(r.lines).toEqual([]);
    expect(r.report).toBeNull();
    expect(r.issues.map((i) => i.rule)).toEqual(['fgb-invalid']);
    expect(r.issues[0]!.message).toMatch(
      /^x\.fgb: not a FlatGeobuf file .* — the file could not be read as FlatGeobuf$/,
    );
  });
});
