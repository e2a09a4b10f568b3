import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/domain/report.js';
import type { IndicatorAreaCatalogue } from '../../src/domain/indicators.js';
import { importFiles, type FileOutcome, type ImportedInput } from './import-files.js';
import { fileReport } from './import-report.js';
import { printFileReport } from './print-file-report.js';

const FIXTURES = path.join(import.meta.dirname, '../../test/fixtures');
const noAreas = (): IndicatorAreaCatalogue => ({
  unit2025: new Map([['00004', 'Ba Đình']]),
  ward2019: new Map(),
  district2019: new Map(),
});

async function createOutcome(rel: string, kind: 'auto' | 'indicators' = 'auto'): Promise<FileOutcome> {
  const [o] = await importFiles([{ path: path.join(FIXTURES, rel), kind }], {}, noAreas);
  return o!;
}

function createIssue(
  severity: DataIssue['severity'],
  rule: string,
  index: number | null,
  extra: Partial<DataIssue> = {},
): DataIssue {
  return { severity, rule, file: 'x', index, key: null, message: `x: ${rule}`, vi: `x: ${rule} (vi)`, ...extra };
}

describe('import-report.json, per file', () => {
  it('says how a semicolon CSV saved by Excel was read: format, encoding, delimiter, decimal mark, coordinates', async () => {
    const r = fileReport(await createOutcome('import/sites-excel-semicolon.csv'));
    expect(r).toMatchObject({
      file: 'sites-excel-semicolon.csv',
      kind: 'sites',
      format: 'project-csv',
      delimiter: ';',
      decimalMark: ',',
      refused: false,
    });
    expect(r.crs).toMatchObject({ system: 'wgs84', forced: false });
    expect(r.counts).toEqual({ read: 3, kept: 3, repaired: 0, rejected: 0, errors: 0, warnings: 0 });
    expect(r.parts).toBeNull();
  });

  it('counts rows read, kept and rejected and lists every message with its rule and row, file-level first', async () => {
    const r = fileReport(await createOutcome('import/sites-bad-rows.csv'));
    expect(r.counts).toMatchObject({ read: 19, kept: 3, rejected: 16, errors: 16 });
    expect(r.messages[0]).toEqual({
      severity: 'error',
      rule: 'csv-field-count',
      index: 3,
      key: null,
      dataRow: 2,
      line: 3,
      column: null,
      value: '5',
      message:
        'sites-bad-rows.csv: row 3: 5 fields, expected 12 as in the header — every row must have as many fields as the header (RFC 4180)',
      vi: r.messages[0]!.vi,
    });
    expect(r.messages.map((m) => m.index)).toEqual(
      [...r.messages.map((m) => m.index)].sort((a, b) => (a ?? -1) - (b ?? -1)),
    );
    expect(r.details).toMatchObject({ rows: 19, accepted: 3, rejectedRows: 16, leftOut: 0, merged: 0 });
    expect(r.details).not.toHaveProperty('rejected');
  });

  it('reads the kind of a GeoJSON by its geometry, splits a file of several kinds, and counts its features', async () => {
    const r = fileReport(await createOutcome('import/cables.geojson'));
    // Seven lines and a stray polygon: the polygon is read as coverage (and refused: it names no operator).
    expect(r).toMatchObject({
      kind: 'mixed',
      format: 'geojson',
      delimiter: null,
      decimalMark: null,
      counts: { read: 8, kept: 2, rejected: 6 },
    });
    expect(r.parts?.map((p) => p.kind)).toEqual(['coverage', 'cables']);
    expect(r.messages.find((m) => m.rule === 'cable-status-unknown')).toMatchObject({
      index: 4,
      key: 'C5',
      column: 'status',
      value: 'soon',
    });
  });

  it('reports an indicator file with its own counts', async () => {
    const r = fileReport(await createOutcome('indicators/bad-rows.csv', 'indicators'));
    expect(r).toMatchObject({
      kind: 'indicators',
      format: 'indicator-csv',
      delimiter: ',',
      counts: { read: 25, kept: 2, rejected: 23, repaired: 1 },
    });
  });

  it('refuses a file that does not exist, in both languages', async () => {
    const o = await createOutcome('import/no-such-file.csv');
    const r = fileReport(o);
    expect(r).toMatchObject({ kind: null, refused: true, counts: { read: null, kept: 0, errors: 1 } });
    expect(r.messages.map((m) => [m.rule, m.message, m.vi])).toEqual([
      ['file-refused', `no-such-file.csv: no such file (${o.path})`, `no-such-file.csv: không có tệp này (${o.path})`],
    ]);
  });

  it('passes through a kind and report fields it does not know (speed tests), counting the kept data', () => {
    const imported = {
      kind: 'speeds',
      result: {
        tests: [{}, {}],
        report: {
          source: 's.csv',
          format: 'ookla-csv',
          rows: 4,
          kept: 2,
          rejectedRows: 1,
          delimiter: ',',
          decimalSeparator: '.',
          window: ['2025-01-01', '2025-03-31'],
          rejected: [
            createIssue('error', 'speed-down-invalid', 3, { column: 'download', value: '-5', dataRow: 2, line: 3 }),
          ],
          warnings: [createIssue('warning', 'speed-kbps', 4)],
          fileErrors: [],
        },
      },
    } as unknown as ImportedInput;
    const r = fileReport({
      path: '/d/s.csv',
      name: 's.csv',
      bytes: 10,
      requested: 'speeds',
      imported,
      error: null,
      ms: 1,
    });
    expect(r).toMatchObject({
      kind: 'speeds',
      format: 'ookla-csv',
      counts: { read: 4, kept: 2, rejected: 1, repaired: 1, errors: 1, warnings: 1 },
    });
    expect(r.details).toEqual({ rows: 4, kept: 2, rejectedRows: 1, window: ['2025-01-01', '2025-03-31'] });
    expect(r.messages[0]).toMatchObject({
      rule: 'speed-down-invalid',
      index: 3,
      dataRow: 2,
      line: 3,
      column: 'download',
      value: '-5',
      vi: 'x: speed-down-invalid (vi)',
    });
  });

  it('reports a file split by kind with its own messages and one report per part', () => {
    const imported = {
      kind: 'mixed',
      issues: [createIssue('warning', 'geojson-mixed-split', null)],
      parts: [
        {
          kind: 'coverage',
          result: {
            items: [{}],
            issues: [createIssue('error', 'coverage-operator-unknown', 1)],
            repairs: { duplicateVertices: 0, ringsClosed: 1, ringsRewound: 0 },
          },
        },
        { kind: 'cables', result: { features: [{}, {}], issues: [] } },
      ],
    } as unknown as ImportedInput;
    const r = fileReport({
      path: '/d/m.geojson',
      name: 'm.geojson',
      bytes: 10,
      requested: 'auto',
      imported,
      error: null,
      ms: 1,
    });
    expect(r).toMatchObject({
      kind: 'mixed',
      format: 'geojson',
      refused: false,
      counts: { read: 4, kept: 3, rejected: 1, errors: 1, warnings: 1 },
    });
    expect(r.messages.map((m) => m.rule)).toEqual(['geojson-mixed-split', 'coverage-operator-unknown']);
    expect(r.parts?.map((p) => [p.kind, p.counts.kept, p.details])).toEqual([
      ['coverage', 1, { repairs: { duplicateVertices: 0, ringsClosed: 1, ringsRewound: 0 } }],
      ['cables', 2, {}],
    ]);
  });
});

describe('the stderr summary of a file', () => {
  it('gives the counts, then the first messages in the chosen language, then how many more', async () => {
    const r = fileReport(await createOutcome('import/cables.geojson'));
    const vi = printFileReport(r, 'vi', 'out/import-report.json');
    expect(vi[0]).toBe('cables.geojson: mixed, geojson; 8 dòng: 2 giữ, 0 sửa, 6 loại; 6 lỗi, 1 cảnh báo');
    expect(vi[1]).toBe(
      '  warning: cables.geojson: tệp chứa 1 vùng (đối tượng 7) và 7 đường (đối tượng 0, 1, 2, 3, 4, 5, 6) — mỗi loại được nhập riêng: điểm là trạm, vùng là vùng phủ sóng, đường là tuyến cáp',
    );
    expect(vi[2]).toBe(
      '  error: cables.geojson: đối tượng 7 (mã "C8"): thiếu nhà mạng — nhà mạng phải là một trong viettel, vnpt, mobifone, vietnamobile',
    );
    expect(vi[3]).toBe('  error: cables.geojson: đối tượng 2: thiếu mã đoạn tuyến — mỗi đoạn tuyến cần có mã');
    const bad = printFileReport(
      fileReport(await createOutcome('import/sites-bad-rows.csv')),
      'en',
      'out/import-report.json',
    );
    expect(bad[0]).toBe(
      'sites-bad-rows.csv: sites, project-csv, utf-8, delimiter ","; 19 rows: 3 kept, 0 repaired, 16 rejected; 16 error(s), 0 warning(s)',
    );
    expect(bad.at(-1)).toBe('  … and 8 more in out/import-report.json');
  });
});
