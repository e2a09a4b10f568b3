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
    expect(r.issues.map((i) => i.rule)).toEqual(['fgb-invalid']);
    expect(r.issues[0]!.message).toMatch(
      /^x\.fgb: not a FlatGeobuf file .* — the file could not be read as FlatGeobuf$/,
    );
  });
});
