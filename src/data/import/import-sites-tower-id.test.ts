/**
 * Tower ids through the importers (`tower-id.ts`): Excel's text files, GeoJSON and FlatGeobuf properties, the row
 * error of an overlong id, and export → import. Fixtures are built here: the bytes of each encoding in code.
 */
import type { Feature } from 'geojson';
import { describe, expect, test } from 'vitest';
import { concatBytes, utf16 } from '../../../test/support/encoded-text.js';
import { createSite } from '../../../test/support/site-import.js';
import { detectTowers } from '../../analysis/sharing-towers.js';
import type { Site } from '../../domain/telecom.js';
import { writeFgb } from '../fgb-write.js';
import { sitesToCsv, sitesToGeoJson } from './export-sites.js';
import { importSitesGeoJson } from './geojson-sites.js';
import { importAnyFile, type ImportedFile } from './import-file.js';
import { importSitesText } from './import-sites.js';

/** The bytes as a file's contents (copied into a plain `ArrayBuffer`, which `Blob` wants). */
const blobOf = (bytes: Uint8Array): Blob => new Blob([Uint8Array.from(bytes)]);

/** The sites of a file read as one site list. */
function sitesOf(file: ImportedFile): Site[] {
  if (file.kind !== 'sites') throw new Error(`expected a site list, got ${file.kind}`);
  return file.result.sites;
}

/**
 * Two operators' sites 400 m apart on one meridian (lng 105.85°, lat 21.03° and 21.0336°): 0.0036° of latitude
 * times the meridian's radius of curvature there, M = a(1 − e²) / (1 − e² sin² φ)^1.5 ≈ 6,343,634 m on WGS84, is
 * 398.6 m, far beyond the 30 m of towers found by distance. Both name tower `HN-0457`.
 */
const EXCEL_TEXT = [
  'Mã trạm;Nhà mạng;Kinh độ;Vĩ độ;Công nghệ;Mã cột',
  'A1;Viettel;105,85;21,03;4G;HN-0457',
  'B1;MobiFone;105,85;21,0336;4G; HN-0457 ',
  'C1;VinaPhone;105,86;21,04;4G;',
].join('\r\n');

describe('tower ids in text files', () => {
  test('Excel on Vietnamese Windows (UTF-16 LE with BOM, semicolons, decimal commas, "Mã cột"): one shared tower', async () => {
    const bytes = concatBytes([0xff, 0xfe], utf16(`${EXCEL_TEXT}\r\n`, true));
    const file = await importAnyFile(blobOf(bytes), 'cot.csv', 'auto', {});
    const sites = sitesOf(file);
    expect(sites.map((s) => [s.id, s.towerId])).toEqual([
      ['A1', 'HN-0457'],
      ['B1', 'HN-0457'],
      ['C1', undefined],
    ]);
    expect('towerId' in sites[2]!).toBe(false);
    const towers = detectTowers(sites);
    expect(towers.map((t) => [t.id, t.siteIds, t.operators, t.shared, t.by])).toEqual([
      ['HN-0457', ['A1', 'B1'], ['viettel', 'mobifone'], true, 'tower-id'],
      ['near-C1', ['C1'], ['vnpt'], false, 'distance'],
    ]);
  });

  test('without the tower id the same two sites are two towers: the id, not the distance, joined them', async () => {
    const text = EXCEL_TEXT.split('\r\n')
      .map((line) => line.slice(0, line.lastIndexOf(';')))
      .join('\r\n');
    const file = await importAnyFile(blobOf(concatBytes([0xff, 0xfe], utf16(text, true))), 'a.csv', 'auto', {});
    expect(detectTowers(sitesOf(file)).filter((t) => t.shared)).toEqual([]);
  });

  test('Windows-1258 "Mã cột" (ã as a + combining tilde, ộ as ô + dot below) names the tower id column', async () => {
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = concatBytes(
      ascii('id;operator;lon;lat;tech;'),
      [0x4d, 0x61, 0xde, 0x20, 0x63, 0xf4, 0xf2, 0x74],
      ascii('\r\nA1;viettel;105,85;21,03;4G;1234,0\r\n'),
    );
    const file = await importAnyFile(blobOf(bytes), 'b.csv', 'auto', {});
    if (file.kind !== 'sites') throw new Error(file.kind);
    expect(file.result.report.encoding?.encoding).toBe('windows-1258');
    expect(file.result.report.mapping?.columns.towerId).toBe(5);
    expect(sitesOf(file).map((s) => s.towerId)).toEqual(['1234']);
  });

  test('an id over 64 characters rejects its row, naming the file, row, column and value; the rest goes on', () => {
    const long = 'T'.repeat(65);
    const { sites, report } = importSitesText(
      `id;operator;lon;lat;tech;ma_cot\nA1;viettel;105,85;21,03;4G;${'T'.repeat(64)}\nB2;vnpt;105,86;21,04;4G;${long}\nC3;vnpt;105,87;21,05;4G;7\n`,
      { source: 'cot.csv' },
    );
    expect(sites.map((s) => [s.id, s.towerId?.length])).toEqual([
      ['A1', 64],
      ['C3', 1],
    ]);
    expect(report.rejected.map((i) => [i.rule, i.index, i.column, i.value, i.message, i.vi])).toEqual([
      [
        'site-tower-id-long',
        3,
        'ma_cot',
        long,
        `cot.csv: row 3 (id "B2"): tower id "${long}" has 65 characters — a tower id must be at most 64 characters`,
        `cot.csv: dòng 3 (mã "B2"): mã cột "${long}" dài 65 ký tự — mã cột không được dài quá 64 ký tự`,
      ],
    ]);
    expect([report.rows, report.accepted, report.rejectedRows]).toEqual([3, 2, 1]);
  });
});

/** A site Point feature with `properties` over the required ones. */
const createFeature = (id: string, lng: number, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, 21.03] },
  properties: { id, operator: 'viettel', technologies: '4G', ...properties },
});

describe('tower ids in GeoJSON and FlatGeobuf properties', () => {
  test('a numeric tower_id becomes its text (1234 and 1234.0 alike), text is trimmed, null and "" are none', () => {
    const features = [
      createFeature('A', 105.85, { tower_id: 1234 }),
      createFeature('B', 105.851, { tower_id: 12.5 }),
      createFeature('C', 105.852, { tower_id: '  T-9 ' }),
      createFeature('D', 105.853, { tower_id: null }),
      createFeature('E', 105.854, { tower_id: '' }),
    ];
    // `1234.0` as written in the text: JSON has one number type, so it parses to 1234.
    const text = JSON.stringify({ type: 'FeatureCollection', features }).replace(
      '"tower_id":1234',
      '"tower_id":1234.0',
    );
    expect(text).toContain('"tower_id":1234.0');
    const { sites, report } = importSitesGeoJson(text, { source: 't.geojson' });
    expect(report.rejected).toEqual([]);
    expect(sites.map((s) => s.towerId)).toEqual(['1234', '12.5', 'T-9', undefined, undefined]);
  });

  test('a tower id that is neither text nor a number rejects its feature', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [createFeature('A', 105.85, { towerId: true }), createFeature('B', 105.86, { towerId: 'X' })],
    });
    const { sites, report } = importSitesGeoJson(text, { source: 't.geojson' });
    expect(sites.map((s) => s.id)).toEqual(['B']);
    expect(report.rejected.map((i) => [i.rule, i.message])).toEqual([
      [
        'site-tower-id-invalid',
        't.geojson: feature 0 (id "A"): tower id true is not text or a number — a tower id must be text or a number',
      ],
    ]);
  });

  test('FlatGeobuf: a number column of tower ids reads as text, a null cell as none', async () => {
    const bytes = writeFgb({
      type: 'FeatureCollection',
      features: [createFeature('A', 105.85, { tower_id: 77 }), createFeature('B', 105.86, {})],
    });
    const file = await importAnyFile(blobOf(bytes), 's.fgb', 'auto', {});
    expect(sitesOf(file).map((s) => [s.id, s.towerId])).toEqual([
      ['A', '77'],
      ['B', undefined],
    ]);
  });
});

describe('tower ids survive export → import', () => {
  const sites = [
    createSite({ id: 'A1', operator: 'viettel', lng: 105.85, lat: 21.03, towerId: '0457' }),
    createSite({ id: 'B1', operator: 'mobifone', lng: 105.85, lat: 21.0336, towerId: '0457' }),
    createSite({ id: 'C1', operator: 'vnpt', lng: 105.86, lat: 21.04 }),
  ];

  test('CSV (a tower_id column), leading zeros kept', () => {
    const { sites: back, report } = importSitesText(sitesToCsv(sites), { source: 'export.csv' });
    expect(report.mapping?.header.at(-1)).toBe('tower_id');
    expect(back).toStrictEqual(sites);
  });

  test('GeoJSON and FlatGeobuf (a towerId property)', async () => {
    const geojson = sitesToGeoJson(sites);
    expect(importSitesGeoJson(JSON.stringify(geojson), { source: 'e.geojson' }).sites).toStrictEqual(sites);
    const file = await importAnyFile(blobOf(writeFgb(geojson)), 'e.fgb', 'auto', {});
    expect(sitesOf(file)).toStrictEqual(sites);
  });
});
