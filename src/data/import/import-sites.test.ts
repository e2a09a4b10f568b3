import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distanceM } from '../../analysis/geodesy.js';
import type { Site } from '../../domain/telecom.js';
import { createSiteImporter, importSitesText } from './import-sites.js';
import type { SiteImportOptions, SiteImportResult } from './types.js';

const FIXTURES = 'test/fixtures/import/';
const readFixture = (file: string): string => readFileSync(FIXTURES + file, 'utf8');

function createSite(fields: Partial<Site> & Pick<Site, 'id' | 'operator' | 'lng' | 'lat'>): Site {
  return {
    technologies: ['4G'],
    bands: [],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: false,
    ...fields,
  };
}

/** Imports `text` in pieces cut at `cuts` (character offsets). */
function importInPieces(text: string, cuts: readonly number[], options: SiteImportOptions): SiteImportResult {
  const importer = createSiteImporter(options);
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    importer.push(text.slice(from, cut));
    from = cut;
  }
  return importer.end();
}

describe('project CSV: every class of bad row', () => {
  const source = 'sites-bad-rows.csv';
  const result = importSitesText(readFixture(source), { source });

  test('one exact message per rejected row, rows numbered with the header as row 1', () => {
    const p = `${source}: row`;
    expect(result.report.rejected.map((i) => [i.rule, i.index, i.message])).toEqual([
      [
        'csv-field-count',
        3,
        `${p} 3: 5 fields, expected 12 as in the header — every row must have as many fields as the header (RFC 4180)`,
      ],
      ['site-id-missing', 4, `${p} 4: id "" — every site needs an id`],
      ['site-id-duplicate', 5, `${p} 5 (id "A1"): id "A1" repeats row 2 — site ids must be unique`],
      [
        'site-coordinate-invalid',
        6,
        `${p} 6 (id "A3"): position ["abc", "21.03"] is not a pair of numbers — lng and lat must be finite numbers in WGS84 degrees`,
      ],
      [
        'site-coordinate-outside',
        7,
        `${p} 7 (id "A4"): position [21.03, 105.85] is outside Hà Nội — latitude and longitude look swapped`,
      ],
      [
        'site-coordinate-outside',
        8,
        `${p} 8 (id "A5"): position [106.7, 10.78] is outside Hà Nội — a site must lie in or near Hà Nội (lon 105.2–106.1, lat 20.5–21.5)`,
      ],
      [
        'site-operator-unknown',
        9,
        `${p} 9 (id "A6"): operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile`,
      ],
      [
        'site-technology-unknown',
        10,
        `${p} 10 (id "A7"): technology "3G" is unknown — technologies must be among 4G, 5G`,
      ],
      [
        'site-band-not-modelled',
        11,
        `${p} 11 (id "A8"): band "B7" (LTE B7, 2500–2690 MHz) is not modelled — the coverage model knows B28 700, B8 900, B3 1800, B1 2100 MHz (4G) and n28 700, n41 2600, n78 3500 MHz (5G)`,
      ],
      [
        'site-band-technology',
        12,
        `${p} 12 (id "A9"): band "n78" is 5G but the site's technologies are 4G — each band must belong to one of the site's technologies`,
      ],
      [
        'site-height-invalid',
        13,
        `${p} 13 (id "A10"): antenna height "400" — height must be a number of metres above 0 and at most 300`,
      ],
      [
        'site-range-invalid',
        14,
        `${p} 14 (id "A11"): range "-5" m — a range override must be above 0 and at most 50000 m`,
      ],
      ['site-range-invalid', 15, `${p} 15 (id "A12"): range "far" — a range override must be a number of metres`],
      ['site-azimuth-invalid', 16, `${p} 16 (id "A13"): azimuth 360 — azimuths must be degrees in [0, 360)`],
      [
        'site-date-invalid',
        17,
        `${p} 17 (id "A14"): on-air date "31/02/2021" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY`,
      ],
      [
        'site-sample-invalid',
        18,
        `${p} 18 (id "A15"): sample "maybe" is not true or false — sample must be true, false, 1, 0 or empty`,
      ],
    ]);
  });

  test('good rows become sites, with names, radios, band case and Vietnamese dates normalised', () => {
    expect(result.sites).toEqual([
      createSite({
        id: 'A1',
        operator: 'viettel',
        lng: 105.85,
        lat: 21.03,
        technologies: ['4G', '5G'],
        bands: ['B3', 'n78'],
        azimuthsDeg: [0, 120, 240],
        onAir: '2021-03-15',
        onAir5g: '2024-10-01',
      }),
      createSite({
        id: 'A16, "Tower"',
        operator: 'vnpt',
        lng: 105.83,
        lat: 21.01,
        bands: ['B3'],
        heightM: 25,
        azimuthsDeg: [0, 180],
        onAir: '2020-06-15',
        rangeM: 1200,
      }),
      createSite({
        id: 'A17',
        operator: 'vnpt',
        lng: 105.84,
        lat: 21.04,
        technologies: ['4G', '5G'],
        bands: ['B1', 'n78'],
        heightM: 35,
        azimuthsDeg: [90],
        onAir: '2019-01-02',
        onAir5g: '2025-02-03',
        sample: true,
      }),
    ]);
  });

  test('every data row is accepted or rejected: nothing is dropped silently', () => {
    const { rows, accepted, rejected, fileErrors, warnings } = result.report;
    expect([rows, accepted, rejected.length, fileErrors, warnings]).toEqual([19, 3, 16, [], []]);
  });
});

describe("Excel's habits", () => {
  const source = 'sites-excel-semicolon.csv';
  const text = readFixture(source);

  test('BOM, semicolons, decimal commas, CRLF, quoted delimiters, quotes and line breaks, trailing empty lines', () => {
    const { sites, report } = importSitesText(text, { source });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(sites).toEqual([
      createSite({
        id: 'HN-001',
        operator: 'viettel',
        lng: 105.8523,
        lat: 21.0285,
        bands: ['B3'],
        azimuthsDeg: [0, 120, 240],
        onAir: '2021-03-15',
      }),
      createSite({
        id: 'HN-002',
        operator: 'mobifone',
        lng: 105.7801,
        lat: 21.0312,
        technologies: ['4G', '5G'],
        bands: ['B3', 'n78'],
        heightM: 42.5,
        azimuthsDeg: [90],
        onAir: '2020-01-01',
        onAir5g: '2024-12-01',
        rangeM: 850.5,
      }),
      createSite({ id: 'HN-003', operator: 'vietnamobile', lng: 105.9, lat: 21.1, bands: ['B1'], heightM: 18 }),
    ]);
    expect([report.delimiter, report.decimalSeparator, report.rows, report.rejected, report.fileErrors]).toEqual([
      ';',
      ',',
      3,
      [],
      [],
    ]);
  });

  test('Vietnamese headers are mapped and the unknown one is offered to the mapping dialog', () => {
    const { mapping } = importSitesText(text, { source }).report;
    expect(mapping?.columns).toEqual({
      id: 0,
      operator: 1,
      lng: 2,
      lat: 3,
      technologies: 4,
      bands: 5,
      heightM: 6,
      azimuthsDeg: 7,
      onAir: 8,
      onAir5g: 9,
      rangeM: 10,
      sample: null,
    });
    expect(mapping?.unknownHeaders).toEqual(['Ghi chú']);
  });

  test('tab-delimited text', () => {
    const { sites, report } = importSitesText(
      'site\tcarrier\tlongitude\tlatitude\ttech\nT1\tViettel\t105,85\t21,03\tNR 4G\n',
      { source: 't.tsv' },
    );
    expect(report.delimiter).toBe('\t');
    expect(sites).toEqual([
      createSite({ id: 'T1', operator: 'viettel', lng: 105.85, lat: 21.03, technologies: ['5G', '4G'] }),
    ]);
  });

  test('a comma inside quotes in the header does not make the file comma-delimited', () => {
    const { report } = importSitesText(
      '"id";"operator";lon;lat;tech;"note, free text"\nQ1;Viettel;105,85;21,03;4G;x\n',
      { source: 'q.csv' },
    );
    expect([report.delimiter, report.accepted, report.mapping?.unknownHeaders]).toEqual([';', 1, ['note, free text']]);
  });
});

describe('file-level problems', () => {
  test('a required column that cannot be mapped names the field and the headers seen', () => {
    const { sites, report } = importSitesText('code,company,longitude,latitude,radio\nA,Viettel,105.8,21,LTE\n', {
      source: 'm.csv',
    });
    expect(report.fileErrors.map((i) => [i.rule, i.index, i.message])).toEqual([
      [
        'import-column-missing',
        null,
        'm.csv: no column for "id" (header: code, company, longitude, latitude, radio) — name it one of id, site id, site, site code, station id, bts id, cell site id, mã trạm, mã, mã site, tên trạm, or choose it in the mapping',
      ],
      [
        'import-column-missing',
        null,
        'm.csv: no column for "operator" (header: code, company, longitude, latitude, radio) — name it one of operator, nhà mạng, carrier, network, mạng, nhà cung cấp, operator id, doanh nghiệp, or choose it in the mapping',
      ],
    ]);
    expect([sites, report.rows, report.rejected]).toEqual([[], 1, []]);
  });

  test("the user's mapping completes the columns", () => {
    const text = 'code,company,longitude,latitude,radio\nA,Viettel,105.8,21,LTE\n';
    const { sites, report } = importSitesText(text, { source: 'm.csv', mapping: { id: 0, operator: 1 } });
    expect([report.fileErrors, report.mapping?.unknownHeaders]).toEqual([[], []]);
    expect(sites).toEqual([createSite({ id: 'A', operator: 'viettel', lng: 105.8, lat: 21 })]);
  });

  test('an empty file', () => {
    expect(importSitesText('\uFEFF\r\n\r\n', { source: 'e.csv' }).report.fileErrors.map((i) => i.message)).toEqual([
      'e.csv: the file has no header row — a CSV file must start with a header row',
    ]);
  });

  test('a quote never closed', () => {
    const { report } = importSitesText('id,operator,lon,lat,tech\nA,Viettel,105.8,21,4G\n"B,Viettel,105.8,21,4G\n', {
      source: 'u.csv',
    });
    expect(report.fileErrors.map((i) => [i.index, i.message])).toEqual([
      [3, 'u.csv: row 3: a quoted field is never closed — every opening quote needs a closing quote (RFC 4180)'],
    ]);
    expect(report.accepted).toBe(1);
  });
});

describe('coordinates in VN-2000', () => {
  const text =
    'id,operator,x,y,tech\nV1,Viettel,588394.4421,2326344.2562,4G\nV2,Viettel,2347375.1341,583049.2424,4G\nV3,Viettel,105.95,21.03,4G\n';

  test('undeclared metres are held, each row named, and the report asks which system', () => {
    const { sites, report } = importSitesText(text, { source: 'vn.csv' });
    expect(sites.map((x) => x.id)).toEqual(['V3']);
    expect(report.rejected.map((i) => [i.rule, i.index])).toEqual([
      ['coords-crs-undeclared', 2],
      ['coords-crs-undeclared', 3],
    ]);
    expect(report.coordinates).toMatchObject({
      system: 'mixed',
      wgs84Rows: 1,
      vn2000Rows: 0,
      heldRows: 2,
      heldSample: [2, 3],
      declared: null,
    });
    expect(report.coordinates.reason).toContain(
      '2 rows beyond ±1000 are projected metres and the file does not say which system: held, not converted (rows 2, 3; 1 of them with X = northing first)',
    );
    expect(report.coordinates.reasonVi).toContain(
      'bị giữ lại, chưa chuyển đổi (dòng 2, 3; trong đó 1 dòng ghi X = tọa độ bắc trước)',
    );
  });

  test('with VN-2000 chosen: per-row detection, Vietnamese X = northing order, and the reason in the report', () => {
    const { sites, report } = importSitesText(text, { source: 'vn.csv', coordinates: 'vn2000' });
    expect(distanceM([sites[0]!.lng, sites[0]!.lat], [105.8523, 21.0285])).toBeLessThan(0.05);
    expect(distanceM([sites[1]!.lng, sites[1]!.lat], [105.8019, 21.2187])).toBeLessThan(0.05);
    expect([sites[2]!.lng, sites[2]!.lat]).toEqual([105.95, 21.03]);
    expect(report.coordinates).toMatchObject({
      system: 'mixed',
      forced: true,
      wgs84Rows: 1,
      vn2000Rows: 2,
      northingFirstRows: 1,
      heldRows: 0,
    });
    expect(report.coordinates.reason).toBe(
      'VN-2000 chosen by the caller; 1 row within ±1000 read as WGS84 [lng, lat] degrees (first: row 4: 105.95, 21.03); 2 rows beyond ±1000 read as VN-2000 / TM-3 105°00′ (Hà Nội, k 0.9999, EPSG:5897; datum shift EPSG:6960) and converted to WGS84 (first: row 2: 588394.4421, 2326344.2562); each row was read by its own values; 1 row wrote X = northing before Y = easting (Vietnamese surveying order) and was read so',
    );
  });

  test('forced WGS84 leaves metres to checkSites, which names them', () => {
    const { report } = importSitesText(text, { source: 'vn.csv', coordinates: 'wgs84' });
    expect(report.rejected.map((i) => i.message)[0]).toBe(
      'vn.csv: row 2 (id "V1"): position [588394.4421, 2326344.2562] is outside Hà Nội — looks like projected metres (VN-2000 / UTM), not degrees',
    );
    expect(report.coordinates.reason).toBe('forced by the caller: every position read as WGS84 [lng, lat] degrees');
  });
});

describe('streaming', () => {
  const files = ['sites-bad-rows.csv', 'sites-excel-semicolon.csv', 'opencellid-mixed.csv'];

  test.each(files)(
    '%s: every single cut (inside quotes, between CR and LF, inside the BOM line) gives the one-shot result',
    (file) => {
      const text = readFixture(file);
      const whole = importSitesText(text, { source: file });
      for (let cut = 0; cut <= text.length; cut++) expect(importInPieces(text, [cut], { source: file })).toEqual(whole);
    },
  );

  test.each(files)('%s: one character at a time gives the one-shot result', (file) => {
    const text = readFixture(file);
    const cuts = Array.from({ length: text.length }, (_, i) => i + 1);
    expect(importInPieces(text, cuts, { source: file })).toEqual(importSitesText(text, { source: file }));
  });

  test('progress counts characters and completed rows', () => {
    const importer = createSiteImporter({ source: 'p.csv' });
    expect(importer.push('id,operator,lon,lat,tech\nA,Viettel,105.8,21,4G\nB,Vi')).toEqual({ chars: 51, rows: 1 });
    expect(importer.push('ettel,105.8,21,4G\n')).toEqual({ chars: 69, rows: 2 });
    expect(importer.end().report.accepted).toBe(2);
  });
});

describe('every problem of a row, placed by line and data row', () => {
  const text =
    'Mã trạm;Nhà mạng;Kinh độ;Vĩ độ;Công nghệ;Băng tần;Độ cao;Hướng anten\r\n' +
    'H1;Viettel;105,85;21,03;4G;L1800;30;omni\r\n' +
    '"H2\r\nB";Gmobile;105,85;21,03;4G;NR3500;-4;0 400\r\n' +
    '\r\n' +
    'H3;Viettel;105,85;21,03;4G;B3;30;0-360\r\n';
  const { sites, report } = importSitesText(text, { source: 'op.csv' });

  test('one error per problem, each with its column as written, its value, line and data row; the row counts once', () => {
    expect(report.rejected.map((i) => [i.rule, i.column, i.value, i.line, i.dataRow, i.message, i.vi])).toEqual([
      [
        'site-operator-unknown',
        'Nhà mạng',
        'Gmobile',
        3,
        2,
        'op.csv: row 3 (id "H2\r\nB"): operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile',
        'op.csv: dòng 3 (mã "H2\r\nB"): nhà mạng "Gmobile" không nhận ra — nhà mạng phải là một trong viettel, vnpt, mobifone, vietnamobile',
      ],
      [
        'site-band-technology',
        'Băng tần',
        'NR3500',
        3,
        2,
        'op.csv: row 3 (id "H2\r\nB"): band "NR3500" (n78) is 5G but the site\'s technologies are 4G — each band must belong to one of the site\'s technologies',
        'op.csv: dòng 3 (mã "H2\r\nB"): băng tần "NR3500" (n78) thuộc 5G nhưng công nghệ của trạm là 4G — mỗi băng tần phải thuộc một công nghệ của trạm',
      ],
      [
        'site-height-invalid',
        'Độ cao',
        '-4',
        3,
        2,
        'op.csv: row 3 (id "H2\r\nB"): antenna height "-4" — height must be a number of metres above 0 and at most 300',
        'op.csv: dòng 3 (mã "H2\r\nB"): độ cao anten "-4" — độ cao phải là số mét lớn hơn 0 và không quá 300',
      ],
      [
        'site-azimuth-invalid',
        'Hướng anten',
        '400',
        3,
        2,
        'op.csv: row 3 (id "H2\r\nB"): azimuth 400 — azimuths must be degrees in [0, 360)',
        'op.csv: dòng 3 (mã "H2\r\nB"): góc phương vị 400 — góc phương vị phải là số độ trong [0, 360)',
      ],
    ]);
    expect([report.rows, report.accepted, report.rejectedRows]).toEqual([3, 2, 1]);
  });

  test('a record after a multi-line record and a blank line keeps its own line and data row', () => {
    const again = importSitesText(text.replace('H3;Viettel', 'H3;Nokia'), { source: 'op.csv' });
    expect(again.report.rejected.filter((i) => i.key === 'H3').map((i) => [i.line, i.dataRow])).toEqual([[6, 3]]);
  });

  test('MHz labels and omni azimuths are read', () => {
    expect(sites.map((s) => [s.id, s.bands, s.azimuthsDeg])).toEqual([
      ['H1', ['B3'], []],
      ['H3', ['B3'], []],
    ]);
  });

  test('a field-count error carries its line and data row', () => {
    const { report } = importSitesText('id,operator,lon,lat\nA,Viettel,105.8\n', { source: 'f.csv' });
    expect(report.rejected.map((i) => [i.line, i.dataRow, i.message, i.vi])).toEqual([
      [
        2,
        1,
        'f.csv: row 2: 3 fields, expected 4 as in the header — every row must have as many fields as the header (RFC 4180)',
        'f.csv: dòng 2: 3 trường, cần 4 như dòng tiêu đề — mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)',
      ],
    ]);
  });
});

describe('empty and header-only files name the file', () => {
  test.each([
    ['', 'e.csv'],
    ['\uFEFF\r\n\r\n', 'e.csv'],
  ])('empty %j', (text, source) => {
    expect(importSitesText(text, { source }).report.fileErrors.map((i) => [i.rule, i.message, i.vi])).toEqual([
      [
        'csv-empty',
        'e.csv: the file has no header row — a CSV file must start with a header row',
        'e.csv: tệp không có dòng tiêu đề — tệp CSV phải bắt đầu bằng một dòng tiêu đề',
      ],
    ]);
  });

  test.each([
    ['a project header', 'id;operator;lon;lat\r\n'],
    [
      'an OpenCelliD header',
      'radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal\n',
    ],
  ])('%s and no rows', (_, text) => {
    const { sites, report } = importSitesText(text, { source: 'h.csv' });
    expect([sites, report.rows, report.fileErrors.map((i) => [i.rule, i.message, i.vi])]).toEqual([
      [],
      0,
      [
        [
          'csv-no-data',
          'h.csv: the file has a header row but no data rows — a site list needs one row per site below the header',
          'h.csv: tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào — danh sách trạm cần mỗi trạm một dòng bên dưới dòng tiêu đề',
        ],
      ],
    ]);
  });
});
