/**
 * The measurement importer's decisions on small texts: header names, missing columns, the technology of an RSRP,
 * operators by PLMN code, values that are no RSRP, and the same result whatever the chunking.
 */
import { describe, expect, it } from 'vitest';
import { issueTexts } from '../../../test/support/import-fixtures.js';
import { createMeasurementImporter, importMeasurementText } from './measurements.js';
import { measurementFieldOf } from './measurements-columns.js';

describe('measurement columns', () => {
  it('matches English and Vietnamese names, with or without diacritics and a dBm unit', () => {
    const names = [
      'Vĩ độ',
      'KINH DO',
      'lng',
      'SS-RSRP (dBm)',
      'nr_rsrp',
      'RSRP_dBm',
      'Nhà mạng',
      'Thời gian',
      'Băng tần',
    ];
    expect(names.map(measurementFieldOf)).toEqual([
      'lat',
      'lng',
      'lng',
      'ssRsrp',
      'ssRsrp',
      'rsrp',
      'operator',
      'time',
      'band',
    ]);
  });

  it('stops at a missing column, naming it and the names it may have', () => {
    const { measurements, report } = importMeasurementText('lat,lon,rsrp\n21.02,105.85,-90\n', 'm.csv');
    expect([measurements, report.rows]).toEqual([[], 1]);
    expect(issueTexts(report.fileErrors)).toEqual([
      [
        'm.csv: no column for the operator (header: lat, lon, rsrp) — name it one of operator, carrier, network operator, operator name, sim operator, plmn, mcc-mnc, nhà mạng, nhà cung cấp',
        'm.csv: không có cột nhà mạng (tiêu đề: lat, lon, rsrp) — đặt tên cột là một trong operator, carrier, network operator, operator name, sim operator, plmn, mcc-mnc, nhà mạng, nhà cung cấp',
      ],
    ]);
  });

  it('says when every RSRP is read as 4G because nothing names the technology', () => {
    const { measurements, report } = importMeasurementText(
      'lat,lon,rsrp,operator\n21.02,105.85,-90,Viettel\n',
      'm.csv',
    );
    expect(measurements.map((m) => m.technology)).toEqual(['4G']);
    expect(report.warnings.map((w) => w.message)).toEqual([
      'm.csv: no technology, band or SS-RSRP column: every RSRP is read as 4G (LTE) — a column such as network_type (LTE, NR), or ss_rsrp for 5G, would let each row say',
    ]);
  });
});

describe('measurement rows', () => {
  it('takes the technology of an RSRP from its band when no column names it', () => {
    const { measurements } = importMeasurementText(
      'lat,lon,rsrp,operator,band\n21.02,105.85,-90,Viettel,n78\n',
      'm.csv',
    );
    expect(measurements.map((m) => [m.technology, m.band])).toEqual([['5G', 'n78']]);
  });

  it("reads Vietnam's PLMN codes as operators", () => {
    const text = 'lat,lon,rsrp,plmn\n21.02,105.85,-90,452-01\n21.02,105.85,-90,45202\n21.02,105.85,-90,452 05\n';
    expect(importMeasurementText(text, 'm.csv').measurements.map((m) => m.operator)).toEqual([
      'mobifone',
      'vnpt',
      'vietnamobile',
    ]);
  });

  it('rejects an SS-RSRP that is not a number, naming the column and the value', () => {
    const { report } = importMeasurementText('lat,lon,ss_rsrp,operator\n21.02,105.85,n/a,Viettel\n', 'm.csv');
    const issue = report.rejected[0]!;
    expect([issue.message, issue.column, issue.value, issue.line, issue.dataRow]).toEqual([
      'm.csv: row 2: SS-RSRP "n/a" is not a number — phones report RSRP and SS-RSRP from −156 to −31 dBm (3GPP TS 36.133, TS 38.133): is the sign missing, or is it another column?',
      'ss_rsrp',
      'n/a',
      2,
      1,
    ]);
  });

  it('reads the same measurements whatever the chunking', () => {
    const text =
      'lat;lon;rsrp;operator;time\r\n21,02;105,85;-90,5;Viettel;14/03/2025 08:30\r\n21,03;105,86;-95;Mobi;\r\n';
    const whole = importMeasurementText(text, 'm.csv');
    const importer = createMeasurementImporter('m.csv');
    for (const ch of text) importer.push(ch);
    expect(importer.end()).toEqual(whole);
    expect(whole.measurements.map((m) => [m.lat, m.rsrpDbm, m.date])).toEqual([
      [21.02, -90.5, '2025-03-14'],
      [21.03, -95, null],
    ]);
  });
});
