import { describe, expect, it } from 'vitest';
import type { GroundReport } from '../../domain/ground-report.js';
import { groundReportsToCsv, groundReportsToGeoJson } from '../ground-report-export.js';
import { importGroundReportBytes, importGroundReportFile, MAX_GROUND_REPORT_BYTES } from './ground-reports.js';

/** A report near Hoàn Kiếm lake, overridable. */
const createReport = (over: Partial<GroundReport> = {}): GroundReport => ({
  id: 'r1',
  lng: 105.8523,
  lat: 21.0285,
  kind: 'weak',
  operator: 'viettel',
  technology: '5G',
  date: '2026-03-15',
  note: '',
  ...over,
});

/** Reports whose notes hold what CSV must quote or guard: a comma, a quote, a line break, a formula. */
const createReports = (): GroundReport[] => [
  createReport({ note: 'Ngõ 12, "nhà xanh"\ntầng 3' }),
  createReport({ id: 'r2', lng: 105.80001, lat: 21.00002, kind: 'none', operator: 'unknown', technology: '4G' }),
  createReport({ id: 'r3', operator: 'vnpt', note: '=1+1' }),
];

const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-16LE bytes with a byte-order mark, as Excel's "Unicode text" writes them. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) new DataView(out.buffer).setUint16(2 + 2 * i, text.charCodeAt(i), true);
  return out;
}

/** Tone marks Windows-1258 writes as combining characters after the letter (grave, acute, tilde, hook, dot below). */
const TONES = new Map([
  ['\u0300', 0xcc],
  ['\u0301', 0xec],
  ['\u0303', 0xde],
  ['\u0309', 0xd2],
  ['\u0323', 0xf2],
]);

/** Windows-1258 bytes of a text, as Excel's "CSV" on Vietnamese Windows writes them (tone marks combining). */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const whole = table.get(ch);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const marks = [...ch.normalize('NFD')];
    const tones = marks.filter((m) => TONES.has(m));
    const base = marks
      .filter((m) => !TONES.has(m))
      .join('')
      .normalize('NFC');
    out.push(table.get(base)!, ...tones.map((t) => TONES.get(t)!));
  }
  return new Uint8Array(out);
}

describe('importGroundReportBytes: the public page’s own files', () => {
  it('reads back the page’s CSV exactly, notes with commas, quotes, line breaks and formulas included', () => {
    const r = importGroundReportBytes(utf8(groundReportsToCsv(createReports())), 'bao-cao-song.csv');
    expect(r.issues).toEqual([]);
    expect(r.reports).toEqual(createReports());
  });

  it('reads back the page’s GeoJSON exactly', () => {
    const text = JSON.stringify(groundReportsToGeoJson(createReports()));
    const r = importGroundReportBytes(utf8(text), 'bao-cao-song.geojson');
    expect(r.issues).toEqual([]);
    expect(r.reports).toEqual(createReports());
  });
});

describe('importGroundReportBytes: files made by hand', () => {
  const EXCEL =
    'Mã;Kinh độ;Vĩ độ;Tình trạng;Nhà mạng;Công nghệ;Ngày;Ghi chú\r\n' +
    'A1;105,8523;21,0285;Sóng yếu;VinaPhone;LTE;15/03/2026;Ngõ Huyện\r\n' +
    'A2;105,9;21,1;Mất sóng;;5G;16/03/2026;\r\n;;;;;;;\r\n';

  it('reads an Excel CSV on Vietnamese Windows: Windows-1258, semicolons, decimal commas, Vietnamese headers', () => {
    const r = importGroundReportBytes(windows1258(EXCEL), 'excel.csv');
    expect(r.reports).toEqual([
      createReport({ id: 'A1', kind: 'weak', operator: 'vnpt', technology: '4G', note: 'Ngõ Huyện' }),
      createReport({ id: 'A2', lng: 105.9, lat: 21.1, kind: 'none', operator: 'unknown', date: '2026-03-16' }),
    ]);
    expect(r.summary).toMatchObject({ delimiter: ';', decimalComma: true, rows: 2, accepted: 2, rejected: 0 });
    expect(r.summary.encoding?.encoding).toBe('windows-1258');
  });

  it('reads Excel’s "Unicode text": UTF-16LE with a byte-order mark and tabs', () => {
    const text = 'Kinh độ\tVĩ độ\tLoại\tCông nghệ\tNgày\r\n105,8523\t21,0285\tkhông có sóng\t5G\t2026-03-15\r\n';
    const r = importGroundReportBytes(utf16le(text), 'unicode.txt');
    expect(r.reports).toEqual([createReport({ id: 'unicode.txt:2', kind: 'none', operator: 'unknown' })]);
    expect(r.summary.encoding?.encoding).toBe('utf-16le');
  });
});

describe('importGroundReportBytes: rows refused, the rest read', () => {
  const CSV = [
    'id,lng,lat,kind,operator,technology,date,note',
    'a,105.85,21.03,weak,viettel,4G,2026-03-15,',
    'b,105.85,21.03,strong,viettel,4G,2026-03-15,',
    'c,21.03,105.85,none,viettel,4G,2026-03-15,',
    'd,105.85,21.03,none,Gmobile,4G/5G,2026-02-30,',
    'a,105.85,21.03,none,viettel,4G,2026-03-15,',
    'e,105.85,21.03,none,viettel,4G',
  ].join('\n');
  const read = () => importGroundReportBytes(utf8(CSV), 'tay.csv');

  it('keeps the good row', () => {
    expect(read().reports.map((r) => r.id)).toEqual(['a']);
  });

  it('names the file, row, column, value and rule of a kind that is neither none nor weak', () => {
    const issue = read().issues.find((i) => i.key === 'b')!;
    expect(issue).toMatchObject({ rule: 'ground-kind-invalid', index: 3, column: 'kind', value: 'strong', dataRow: 2 });
    expect(issue.message).toBe(
      'tay.csv: row 3 (id "b"): kind "strong" is neither none nor weak — write none (no signal) or weak (weak signal)',
    );
    expect(issue.vi).toBe(
      'tay.csv: dòng 3 (mã "b"): loại "strong" không phải "không có sóng" hay "sóng yếu" — hãy ghi none (không có sóng) hoặc weak (sóng yếu)',
    );
  });

  it('refuses swapped coordinates as outside Hà Nội', () => {
    expect(read().issues.find((i) => i.key === 'c')!.message).toBe(
      'tay.csv: row 4 (id "c"): position 21.03, 105.85 (longitude, latitude) is outside Hà Nội — a report must lie in the box 105.2, 20.5, 106.1, 21.5 (were longitude and latitude swapped?)',
    );
  });

  it('reports every problem of a row: operator, technology and date', () => {
    expect(
      read()
        .issues.filter((i) => i.key === 'd')
        .map((i) => i.rule),
    ).toEqual(['ground-operator-invalid', 'ground-technology-invalid', 'ground-date-invalid']);
  });

  it('refuses a second row with an id already used', () => {
    const issue = read().issues.find((i) => i.rule === 'ground-id-duplicate')!;
    expect(issue.message).toBe(
      'tay.csv: row 6 (id "a"): id "a" is used by an earlier row — every report needs its own id',
    );
  });

  it('refuses a row with fewer fields than the header', () => {
    expect(read().issues.find((i) => i.key === 'e')!.message).toBe(
      'tay.csv: row 7 (id "e"): 6 fields, expected 8 as in the header — every row must have as many fields as the header (RFC 4180)',
    );
  });
});

describe('importGroundReportBytes: files refused and warnings', () => {
  it('refuses a file without a date column, naming the names it takes', () => {
    const r = importGroundReportBytes(utf8('lng,lat,kind,technology\n105.85,21.03,weak,4G\n'), 'x.csv');
    expect(r.reports).toEqual([]);
    expect(r.issues.map((i) => i.message)).toEqual([
      'x.csv: no column for "date" (header: lng, lat, kind, technology) — name it one of date, ngày, ngày báo, ngày ghi nhận, thời gian',
    ]);
  });

  it('holds VN-2000 metres the file does not declare', () => {
    const text = 'lng,lat,kind,technology,date\n586000,2326000,weak,4G,2026-03-15\n';
    expect(importGroundReportBytes(utf8(text), 'm.csv').issues.map((i) => i.rule)).toEqual(['coords-crs-undeclared']);
  });

  it('refuses a GeoJSON feature that is not a Point', () => {
    const line = {
      type: 'LineString',
      coordinates: [
        [105.85, 21.03],
        [105.86, 21.03],
      ],
    };
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: line, properties: { kind: 'weak', technology: '4G', date: '2026-03-15' } },
      ],
    };
    expect(importGroundReportBytes(utf8(JSON.stringify(fc)), 'l.geojson').issues[0]!.message).toBe(
      'l.geojson: feature 0: the feature has a LineString — a report is a Point [lng, lat]',
    );
  });

  it('cuts a note over 500 characters with a warning and keeps the report', () => {
    const text = `lng,lat,kind,technology,date,note\n105.8523,21.0285,weak,5G,2026-03-15,${'x'.repeat(501)}\n`;
    const r = importGroundReportBytes(utf8(text), 'n.csv');
    expect(r.reports[0]!.note).toHaveLength(500);
    expect(r.issues.map((i) => [i.severity, i.rule])).toEqual([['warning', 'ground-note-long']]);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const file = { size: MAX_GROUND_REPORT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read')) };
    const r = await importGroundReportFile(file, 'big.csv');
    expect(r.issues.map((i) => i.message)).toEqual([
      `big.csv: the file has ${MAX_GROUND_REPORT_BYTES + 1} bytes — a file of reports is read up to ${MAX_GROUND_REPORT_BYTES} bytes`,
    ]);
  });
});
