import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HANOI_DATA_DIR } from '../../test/support/data-dir.js';
import type { DataIssue } from '../domain/report.js';
import { parseCsv, parseDistrictTotalsCsv, parsePopulationCsv } from './csv.js';
import { parseGeoJsonLayer } from './geojson-input.js';

const FIXTURES = 'test/fixtures/pipeline/';
const REAL = `${HANOI_DATA_DIR}/`;

function readFixture(file: string): string {
  return readFileSync(FIXTURES + file, 'utf8');
}

function createKnownWards(...codes: string[]): ReadonlySet<string> {
  return new Set(codes.length > 0 ? codes : ['00001', '00004', '00006', '00007']);
}

function createError(file: string, rule: string, index: number | null, key: string | null, message: string): DataIssue {
  return { severity: 'error', rule, file, index, key, message };
}

describe('parseCsv', () => {
  test('quoted fields with escaped quotes, delimiters and line breaks', () => {
    const text = 'a,b,c\n1,"x, ""y""","two\nlines"\n2,,z\n';
    const { header, rows, rowNumbers, issues } = parseCsv(text, 't.csv');
    expect(issues).toEqual([]);
    expect(header).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([
      { a: '1', b: 'x, "y"', c: 'two\nlines' },
      { a: '2', b: '', c: 'z' },
    ]);
    expect(rowNumbers).toEqual([2, 4]);
  });

  test('CRLF line ends, a byte-order mark and no final line break', () => {
    const { header, rows } = parseCsv('\uFEFFcode,total\r\n001,5\r\n002,6', 't.csv');
    expect(header).toEqual(['code', 'total']);
    expect(rows).toEqual([
      { code: '001', total: '5' },
      { code: '002', total: '6' },
    ]);
  });

  test('a semicolon delimiter when the header has no comma', () => {
    const { rows } = parseCsv(readFixture('population-semicolon.csv'), 'population-semicolon.csv');
    expect(rows).toEqual([
      { ward_code: '00001', ward_name_official: 'Phường Phúc Xá; Ba Đình', district_code: '001', total: '21946' },
    ]);
  });

  test('blank lines are skipped but keep the row numbering of the lines', () => {
    const { rows, rowNumbers } = parseCsv('a\n1\n\n2\n', 't.csv');
    expect(rows).toEqual([{ a: '1' }, { a: '2' }]);
    expect(rowNumbers).toEqual([2, 4]);
  });

  test('a row whose fields are all empty is kept, so that its checks report it', () => {
    const { rows, rowNumbers, issues } = parseCsv('code,total\n001,5\n,\n002,6\n', 't.csv');
    expect(rows).toEqual([
      { code: '001', total: '5' },
      { code: '', total: '' },
      { code: '002', total: '6' },
    ]);
    expect(rowNumbers).toEqual([2, 3, 4]);
    expect(issues).toEqual([]);
  });

  test('a tab delimiter when the header has more tabs than commas', () => {
    expect(parseCsv('code\tname\n001\tPhường Phúc Xá, Ba Đình\n', 't.tsv').rows).toEqual([
      { code: '001', name: 'Phường Phúc Xá, Ba Đình' },
    ]);
  });

  test('a row with the wrong field count is an error naming the row and the counts', () => {
    const file = 'wrong-field-count.csv';
    const { rows, issues } = parseCsv(readFixture(file), file);
    expect(issues).toEqual([
      createError(
        file,
        'csv-field-count',
        3,
        null,
        `${file}: row 3: 3 fields, expected 4 as in the header — every row must have as many fields as the header (RFC 4180)`,
      ),
    ]);
    expect(rows.map((r) => r['ward_code'])).toEqual(['00001', '00006']);
  });

  test('an unterminated quote names the row where it opened', () => {
    const { rows, issues } = parseCsv('a,b\n1,2\n3,"open\n4,5\n', 't.csv');
    expect(issues).toEqual([
      createError(
        't.csv',
        'csv-unterminated-quote',
        3,
        null,
        't.csv: row 3: a quoted field is never closed — every opening quote needs a closing quote (RFC 4180)',
      ),
    ]);
    expect(rows).toEqual([{ a: '1', b: '2' }]);
  });

  test('an empty file has no header', () => {
    expect(parseCsv('', 'e.csv').issues).toEqual([
      createError(
        'e.csv',
        'csv-empty',
        null,
        null,
        'e.csv: the file has no header row — a CSV file must start with a header row',
      ),
    ]);
  });

  test('a repeated header name is an error', () => {
    expect(parseCsv('a,b,a\n1,2,3\n', 'd.csv').issues.map((i) => [i.rule, i.message])).toEqual([
      [
        'csv-header-duplicate',
        'd.csv: column "a" appears twice in the header (columns 1 and 3) — column names must be unique',
      ],
    ]);
  });
});

describe('parsePopulationCsv', () => {
  test('a row that does not join, and known wards without a row', () => {
    const file = 'population-unjoined.csv';
    const { byWard, issues } = parsePopulationCsv(readFixture(file), file, createKnownWards());
    expect(issues).toEqual([
      createError(
        file,
        'population-unjoined',
        3,
        '99999',
        `${file}: row 3 (ward_code "99999"): ward_code "99999" does not join: no such ward in the boundary layer — every row must match a boundary ward`,
      ),
      createError(
        file,
        'population-missing',
        null,
        '00006',
        `${file}: ward "00006" has no population row — every boundary ward needs one`,
      ),
      createError(
        file,
        'population-missing',
        null,
        '00007',
        `${file}: ward "00007" has no population row — every boundary ward needs one`,
      ),
    ]);
    expect([...byWard]).toEqual([
      ['00001', { total: 21946, districtCode: '001', name: 'Phường Phúc Xá' }],
      ['00004', { total: 7065, districtCode: '001', name: 'Phường Trúc Bạch' }],
    ]);
  });

  test('non-numeric, negative and duplicate totals and an empty code, each once', () => {
    const file = 'population-bad-totals.csv';
    const { byWard, issues } = parsePopulationCsv(readFixture(file), file, createKnownWards());
    const why = 'total must be a non-negative whole number of residents';
    expect(issues).toEqual([
      createError(
        file,
        'population-total-invalid',
        3,
        '00004',
        `${file}: row 3 (ward_code "00004"): total "7,065" is not a whole number — ${why}`,
      ),
      createError(
        file,
        'population-total-negative',
        4,
        '00006',
        `${file}: row 4 (ward_code "00006"): total "-12" is negative — ${why}`,
      ),
      createError(
        file,
        'population-code-duplicate',
        5,
        '00001',
        `${file}: row 5 (ward_code "00001"): ward_code "00001" repeats row 2 — each ward_code must appear once`,
      ),
      createError(
        file,
        'population-code-missing',
        6,
        null,
        `${file}: row 6: ward_code is empty — every row needs a ward_code`,
      ),
    ]);
    expect([...byWard.keys()]).toEqual(['00001', '00007']);
    expect(byWard.get('00001')?.total).toBe(21946);
  });

  test('a missing column stops the file with one error per column', () => {
    const file = 'population-missing-column.csv';
    const { byWard, issues } = parsePopulationCsv(readFixture(file), file, createKnownWards());
    expect(issues).toEqual([
      createError(
        file,
        'csv-column-missing',
        null,
        null,
        `${file}: column "total" is missing (header: ward_code, ward_name_official, district_code, population) — required columns: ward_code, ward_name_official, district_code, total`,
      ),
    ]);
    expect(byWard.size).toBe(0);
  });
});

describe('parseDistrictTotalsCsv', () => {
  test('reads totals and reports a bad one and a missing district', () => {
    const file = 'district-totals.csv';
    const { byDistrict, issues } = parseDistrictTotalsCsv(
      readFixture(file),
      file,
      new Set(['001', '002', '003', '004']),
    );
    expect(issues).toEqual([
      createError(
        file,
        'population-total-invalid',
        3,
        '002',
        `${file}: row 3 (district_code "002"): population_2019 "abc" is not a whole number — population_2019 must be a non-negative whole number of residents`,
      ),
      createError(
        file,
        'population-missing',
        null,
        '004',
        `${file}: district "004" has no population row — every boundary district needs one`,
      ),
    ]);
    expect([...byDistrict]).toEqual([
      ['001', { total: 221893, name: 'Quận Ba Đình' }],
      ['003', { total: 160495, name: 'Quận Tây Hồ' }],
    ]);
  });

  test('without known codes no join is checked', () => {
    const { issues } = parseDistrictTotalsCsv('district_code,district_name,population_2019\n999,X,1\n', 'd.csv');
    expect(issues).toEqual([]);
  });
});

describe.skipIf(!existsSync(REAL))('the real 2019 census files', () => {
  test('every ward of the 2019 boundary layer joins, and the wards sum to the city total', () => {
    const wardsFile = 'wards-2019-lowres.geojson';
    const wards = parseGeoJsonLayer(readFileSync(`${REAL}admin/${wardsFile}`, 'utf8'), {
      file: wardsFile,
      geometryTypes: ['Polygon', 'MultiPolygon'],
      keyProperty: 'ward_code',
    });
    const known = new Set(wards.features.map((f) => String(f.properties?.['ward_code'])));
    const file = 'wards-2019-census.csv';
    const { byWard, issues } = parsePopulationCsv(readFileSync(`${REAL}population/${file}`, 'utf8'), file, known);
    const sum = [...byWard.values()].reduce((s, w) => s + w.total, 0);
    console.log(`${file}: ${byWard.size} wards joined of ${known.size}, ${issues.length} issues, total ${sum}`);
    expect(issues.map((i) => i.message)).toEqual([]);
    expect(byWard.size).toBe(584);
    expect(sum).toBe(8_053_663);
  });

  test('the 30 district totals join the district layer and sum to the city total', () => {
    const districtsFile = 'districts-2019.geojson';
    const districts = parseGeoJsonLayer(readFileSync(`${REAL}admin/${districtsFile}`, 'utf8'), {
      file: districtsFile,
      geometryTypes: ['Polygon', 'MultiPolygon'],
      keyProperty: 'district_code',
    });
    const known = new Set(districts.features.map((f) => String(f.properties?.['district_code'])));
    const file = 'districts-2019-census.csv';
    const { byDistrict, issues } = parseDistrictTotalsCsv(
      readFileSync(`${REAL}population/${file}`, 'utf8'),
      file,
      known,
    );
    const sum = [...byDistrict.values()].reduce((s, d) => s + d.total, 0);
    console.log(`${file}: ${byDistrict.size} districts joined of ${known.size}, ${issues.length} issues, total ${sum}`);
    expect(issues.map((i) => i.message)).toEqual([]);
    expect(byDistrict.size).toBe(30);
    expect(sum).toBe(8_053_663);
  });
});
