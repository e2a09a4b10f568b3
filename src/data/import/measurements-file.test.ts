/**
 * Signal-measurement files as people have them (`test/fixtures/import/measurements-*`): an English drive-test
 * export, Excel's UTF-16 text with semicolons and decimal commas, Excel's Windows-1258 CSV, GeoJSON points.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_FIXTURES, issueTexts } from '../../../test/support/import-fixtures.js';
import { createSource } from '../../../test/support/encoded-text.js';
import { importMeasurementFile } from './measurements-file.js';

/** Reads a fixture through the file loader, its bytes in chunks of 50 (a boundary falls inside characters). */
function importFixture(file: string) {
  const bytes = new Uint8Array(readFileSync(IMPORT_FIXTURES + file));
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 50) chunks.push(bytes.subarray(i, i + 50));
  return importMeasurementFile(createSource(chunks), file);
}

describe('measurement files', () => {
  it('reads an English drive-test export: an NR NSA row gives its LTE anchor and its NR leg', async () => {
    const { measurements } = await importFixture('measurements-drive-test.csv');
    expect(measurements).toEqual([
      {
        lng: 105.8523,
        lat: 21.0285,
        rsrpDbm: -88.5,
        operator: 'viettel',
        technology: '4G',
        band: 'B3',
        date: '2025-03-14',
      },
      {
        lng: 105.853,
        lat: 21.0291,
        rsrpDbm: -92,
        operator: 'viettel',
        technology: '4G',
        band: null,
        date: '2025-03-14',
      },
      {
        lng: 105.853,
        lat: 21.0291,
        rsrpDbm: -97.5,
        operator: 'viettel',
        technology: '5G',
        band: 'n78',
        date: '2025-03-14',
      },
      {
        lng: 105.8561,
        lat: 21.032,
        rsrpDbm: -101,
        operator: 'viettel',
        technology: '4G',
        band: 'B3',
        date: '2025-03-15',
      },
    ]);
  });

  it("reports the drive test's bad rows with every problem, and its 3G row as left out", async () => {
    const { report } = await importFixture('measurements-drive-test.csv');
    expect(report.rejected.map((i) => [i.rule, i.message])).toEqual([
      [
        'measurement-position',
        'measurements-drive-test.csv: row 5: position 0, 0 is no GPS fix — apps write 0, 0 when the phone had no position',
      ],
      [
        'measurement-rsrp',
        'measurements-drive-test.csv: row 6: RSRP "95" dBm is outside −156 to −31 dBm — phones report RSRP and SS-RSRP from −156 to −31 dBm (3GPP TS 36.133, TS 38.133): is the sign missing, or is it another column?',
      ],
      [
        'measurement-band',
        'measurements-drive-test.csv: row 6: band "B7" (LTE B7, 2500–2690 MHz) is not modelled — the coverage model knows B28 700, B8 900, B3 1800, B1 2100 MHz (4G) and n28 700, n41 2600, n78 3500 MHz (5G)',
      ],
    ]);
    expect(issueTexts(report.warnings)).toEqual([
      [
        'measurements-drive-test.csv: row 4: network type "WCDMA" is not 4G or 5G: the row is left out — the model predicts 4G and 5G',
        'measurements-drive-test.csv: dòng 4: loại mạng "WCDMA" không phải 4G hay 5G: bỏ qua dòng này — mô hình chỉ dự báo 4G và 5G',
      ],
    ]);
    expect(report).toMatchObject({
      format: 'csv',
      delimiter: ',',
      decimalSeparator: '.',
      rows: 6,
      kept: 4,
      rejectedRows: 2,
      skipped: 1,
      window: { from: '2025-03-14', to: '2025-03-15' },
    });
  });

  it("reads Excel's UTF-16 text: byte-order mark, semicolons, decimal commas, Vietnamese headers, frequencies", async () => {
    const { measurements, report } = await importFixture('measurements-excel-utf16.csv');
    expect(measurements).toEqual([
      {
        lng: 105.8523,
        lat: 21.0285,
        rsrpDbm: -95.5,
        operator: 'viettel',
        technology: '4G',
        band: 'B3',
        date: '2025-03-14',
      },
      {
        lng: 105.8544,
        lat: 21.0301,
        rsrpDbm: -101.25,
        operator: 'vnpt',
        technology: '5G',
        band: 'n78',
        date: '2025-03-14',
      },
      {
        lng: 105.8012,
        lat: 21.0402,
        rsrpDbm: -88,
        operator: 'mobifone',
        technology: '4G',
        band: 'B3',
        date: '2025-03-15',
      },
    ]);
    expect([report.encoding?.encoding, report.delimiter, report.decimalSeparator]).toEqual(['utf-16le', ';', ',']);
    expect(issueTexts(report.rejected)).toEqual([
      [
        'measurements-excel-utf16.csv: row 5: operator "Gmobile" is unknown — operator must be one of Viettel, VinaPhone (VNPT), MobiFone, Vietnamobile, or a PLMN 452-01, 452-02, 452-04, 452-05',
        'measurements-excel-utf16.csv: dòng 5: nhà mạng "Gmobile" không nhận ra — nhà mạng phải là Viettel, VinaPhone (VNPT), MobiFone, Vietnamobile, hoặc mã PLMN 452-01, 452-02, 452-04, 452-05',
      ],
    ]);
  });

  it("reads Excel's Windows-1258 CSV: Vietnamese headers decoded, the encoding reported", async () => {
    const { measurements, report } = await importFixture('measurements-excel-1258.csv');
    expect(measurements).toEqual([
      {
        lng: 105.8234,
        lat: 21.0123,
        rsrpDbm: -99.5,
        operator: 'viettel',
        technology: '4G',
        band: 'B8',
        date: '2025-04-20',
      },
      {
        lng: 105.824,
        lat: 21.0131,
        rsrpDbm: -104,
        operator: 'vietnamobile',
        technology: '4G',
        band: null,
        date: '2025-04-20',
      },
      {
        lng: 105.8251,
        lat: 21.014,
        rsrpDbm: -110.75,
        operator: 'viettel',
        technology: '5G',
        band: 'n78',
        date: '2025-04-21',
      },
    ]);
    expect([report.encoding?.encoding, report.warnings.map((w) => w.rule)]).toEqual([
      'windows-1258',
      ['encoding-windows-1258'],
    ]);
  });

  it('reads GeoJSON points and rejects a feature that is not a point', async () => {
    const { measurements, report } = await importFixture('measurements.geojson');
    expect(measurements).toEqual([
      {
        lng: 105.8523,
        lat: 21.0285,
        rsrpDbm: -98.5,
        operator: 'viettel',
        technology: '5G',
        band: 'n78',
        date: '2025-05-02',
      },
      { lng: 105.8601, lat: 21.0302, rsrpDbm: -87, operator: 'mobifone', technology: '4G', band: null, date: null },
    ]);
    expect(report.rejected.map((i) => i.message)).toEqual([
      'measurements.geojson: feature 2 (id "M3"): geometry LineString is not a point — a measurement is taken at one point',
    ]);
  });
});
