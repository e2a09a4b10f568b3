/**
 * The speed-test import on files as measurement apps export them (the Speedtest app's CSV, spreadsheets with
 * Vietnamese headers): units, rejected rows and their messages, chunked input, and the Vietnam day of a test.
 * Ookla's open-data tiles are tested in `speed-ookla.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { issueTexts } from '../../../test/support/import-fixtures.js';
import { createSpeedImporter, importSpeedText } from './speed-import.js';
import { testDay } from './speed-values.js';

const APP_EXPORT = [
  'Date,ConnType,Lat,Lon,Download,Upload,Latency,ServerName',
  '2025-03-14 08:30,Lte,21.0285,105.8523,45123,12034,28,Viettel IDC',
  '2025-03-14 09:00,Wifi,21.03,105.85,90000,40000,9,FPT Telecom',
  '2025-03-15 10:00,Cell,0,0,abc,-3,x,FPT Telecom',
].join('\r\n');

describe('speed tests as measurement apps export them', () => {
  it("reads the Speedtest app's export: unitless speeds are kbit/s, and the report says so", () => {
    const { tests, report } = importSpeedText(APP_EXPORT, { source: 'speedtest.csv' });
    expect(tests.map((t) => [t.geometry.coordinates, t.properties])).toEqual([
      [
        [105.8523, 21.0285],
        {
          id: 'speedtest.csv#2',
          tech: '4G',
          operator: null,
          downMbps: 45.123,
          upMbps: 12.034,
          latencyMs: 28,
          date: '2025-03-14',
          tests: 1,
          kind: 'test',
          sample: false,
        },
      ],
    ]);
    expect(issueTexts(report.warnings.filter((w) => w.rule === 'speed-unit-assumed'))[0]).toEqual([
      'speedtest.csv: column "Download" names no unit: read as kbit/s — the Speedtest app\'s export (with its ConnType column) writes kbit/s',
      'speedtest.csv: cột "Download" không ghi đơn vị: đọc là kbit/s — tệp xuất của ứng dụng Speedtest (có cột ConnType) ghi theo kbit/s',
    ]);
    expect(report).toMatchObject({
      format: 'speedtest-csv',
      rows: 3,
      kept: 1,
      rejectedRows: 1,
      skipped: 1,
      tests: 1,
      window: { from: '2025-03-14', to: '2025-03-14' },
    });
  });

  it('leaves a Wi-Fi test out with a warning naming the row, the column and the value', () => {
    const w = importSpeedText(APP_EXPORT, { source: 'speedtest.csv' }).report.warnings.find(
      (x) => x.rule === 'speed-network-skipped',
    )!;
    expect([w.message, w.vi, w.column, w.value, w.line, w.dataRow]).toEqual([
      'speedtest.csv: row 3: network type "Wifi" is not 4G or 5G: the test is left out — the plan\'s speed targets are for 4G and 5G',
      'speedtest.csv: dòng 3: loại mạng "Wifi" không phải 4G hay 5G: bỏ qua lượt đo này — mục tiêu tốc độ của kế hoạch dành cho 4G và 5G',
      'ConnType',
      'Wifi',
      3,
      2,
    ]);
  });

  it('reports every problem of a row, not only the first', () => {
    const { rejected } = importSpeedText(APP_EXPORT, { source: 'speedtest.csv' }).report;
    expect(rejected.map((i) => i.rule)).toEqual([
      'speed-position',
      'speed-download',
      'speed-upload',
      'speed-latency',
      'speed-network',
    ]);
    expect(issueTexts(rejected)).toEqual([
      [
        'speedtest.csv: row 4: position 0, 0 is no GPS fix — apps write 0, 0 when the phone had no position',
        'speedtest.csv: dòng 4: vị trí 0, 0 không phải là toạ độ GPS — ứng dụng ghi 0, 0 khi điện thoại chưa xác định được vị trí',
      ],
      [
        'speedtest.csv: row 4: download "abc" is not a number — download must be a number of kbit/s above 0',
        'speedtest.csv: dòng 4: tốc độ tải xuống "abc" không phải là số — tốc độ tải xuống phải là một số kbit/s lớn hơn 0',
      ],
      [
        'speedtest.csv: row 4: upload "-3" is below 0 — upload must be a number of kbit/s, 0 or more',
        'speedtest.csv: dòng 4: tốc độ tải lên "-3" nhỏ hơn 0 — tốc độ tải lên phải là một số kbit/s, từ 0 trở lên',
      ],
      [
        'speedtest.csv: row 4: latency "x" is not a number — latency must be a number of milliseconds from 0 to 10000',
        'speedtest.csv: dòng 4: độ trễ "x" không phải là số — độ trễ phải là một số mili giây từ 0 đến 10000',
      ],
      [
        'speedtest.csv: row 4: network type "Cell" is unknown — write LTE or 4G, NR or 5G (3G, 2G and Wi-Fi rows are left out)',
        'speedtest.csv: dòng 4: loại mạng "Cell" không nhận ra — ghi LTE hoặc 4G, NR hoặc 5G (dòng 3G, 2G và Wi-Fi được bỏ qua)',
      ],
    ]);
    expect(rejected.map((i) => [i.column, i.value])).toEqual([
      ['Lat', '0'],
      ['Download', 'abc'],
      ['Upload', '-3'],
      ['Latency', 'x'],
      ['ConnType', 'Cell'],
    ]);
  });

  it('reads an Excel file: BOM, semicolons, decimal commas, Vietnamese headers with units, brand names', () => {
    const text =
      '\uFEFFThời gian;Vĩ độ;Kinh độ;Tốc độ tải xuống (Mbps);Tốc độ tải lên (kbit/s);Độ trễ (ms);Nhà mạng;Loại mạng\r\n' +
      '14/03/2025 08:30;21,0285;105,8523;45,6;12300;28;VinaPhone;4G\r\n' +
      '1741940000;21,03;105,85;150,5;;;Viettel;NR NSA\r\n';
    const { tests, report } = importSpeedText(text, { source: 'do-toc-do.csv' });
    expect(
      tests.map((t) => [
        t.properties.tech,
        t.properties.operator,
        t.properties.downMbps,
        t.properties.upMbps,
        t.properties.latencyMs,
        t.properties.date,
      ]),
    ).toEqual([
      ['4G', 'vnpt', 45.6, 12.3, 28, '2025-03-14'],
      ['5G', 'viettel', 150.5, null, null, '2025-03-14'],
    ]);
    expect(report).toMatchObject({ delimiter: ';', decimalSeparator: ',', warnings: [], rejected: [], fileErrors: [] });
  });

  it('a header without a unit is read as Mbit/s, with a warning', () => {
    const { tests, report } = importSpeedText(
      'time,lat,lon,download,network_type\n2025-01-02T10:00:00+07:00,21.0,105.8,38.5,LTE\n',
      { source: 't.csv' },
    );
    expect(tests[0]!.properties.downMbps).toBe(38.5);
    expect(issueTexts(report.warnings)).toEqual([
      [
        't.csv: column "download" names no unit: read as Mbit/s — name it download_mbps or download_kbps to say which',
        't.csv: cột "download" không ghi đơn vị: đọc là Mbit/s — đặt tên download_mbps hoặc download_kbps để nói rõ',
      ],
    ]);
  });

  it('refuses a file without a time or a network-type column, naming the header', () => {
    const { report } = importSpeedText('lat,lon,download_mbps\n21,105.8,40\n', { source: 't.csv' });
    expect(issueTexts(report.fileErrors)).toEqual([
      [
        't.csv: no column for the time (header: lat, lon, download_mbps) — name it one of time, timestamp, date, datetime, date time, test time, start time, thời gian, thời điểm, ngày, ngày đo, ngày giờ',
        't.csv: không có cột thời gian (tiêu đề: lat, lon, download_mbps) — đặt tên cột là một trong time, timestamp, date, datetime, date time, test time, start time, thời gian, thời điểm, ngày, ngày đo, ngày giờ',
      ],
      [
        't.csv: no column for the network type (header: lat, lon, download_mbps) — name it one of network type, conntype, connection type, connection, network tech, technology, tech, rat, radio, công nghệ, loại mạng, loại kết nối, or choose the technology',
        't.csv: không có cột loại mạng (tiêu đề: lat, lon, download_mbps) — đặt tên cột là một trong network type, conntype, connection type, connection, network tech, technology, tech, rat, radio, công nghệ, loại mạng, loại kết nối, hoặc chọn công nghệ',
      ],
    ]);
    expect(report.rows).toBe(1);
  });

  it('reads a download in kbit/s far above 5G as a unit mistake', () => {
    const { report } = importSpeedText('time,lat,lon,download_mbps,tech\n2025-01-02,21,105.8,45000,4G\n', {
      source: 't.csv',
    });
    expect(issueTexts(report.rejected)).toEqual([
      [
        't.csv: row 2: download "45000" Mbit/s is above 20000 Mbit/s — no mobile link is faster than 5G\'s 20 Gbit/s peak (ITU-R M.2410): is the column in kbit/s? Name it download_kbps',
        't.csv: dòng 2: tốc độ tải xuống "45000" Mbit/s vượt quá 20000 Mbit/s — không kết nối di động nào nhanh hơn đỉnh 20 Gbit/s của 5G (ITU-R M.2410): cột có phải tính bằng kbit/s không? Đặt tên cột là download_kbps',
      ],
    ]);
  });

  it('gives the same records and messages whatever the chunking', () => {
    const whole = importSpeedText(APP_EXPORT, { source: 'speedtest.csv' });
    for (const size of [1, 2, 7, 64]) {
      const importer = createSpeedImporter({ source: 'speedtest.csv' });
      for (let i = 0; i < APP_EXPORT.length; i += size) importer.push(APP_EXPORT.slice(i, i + size));
      expect(importer.end()).toEqual(whole);
    }
  });
});

describe('test times', () => {
  it('takes the Vietnam day: a zoned time after 17:00 UTC is the next day in Hà Nội', () => {
    expect(testDay('2025-03-14T17:30:00Z')).toBe('2025-03-15');
    expect(testDay('2025-03-14T23:30:00+07:00')).toBe('2025-03-14');
    expect(testDay('2025-03-14 23:30')).toBe('2025-03-14');
    expect(testDay('14/03/2025 08:30')).toBe('2025-03-14');
    expect(testDay('1741973400')).toBe('2025-03-15'); // 2025-03-14T17:30:00Z
    expect(testDay('1741973400000')).toBe('2025-03-15');
  });

  it('refuses what is no time', () => {
    for (const bad of ['', 'yesterday', '31/02/2025 08:00', '2025-03-14 25:00', '123', '946659599'])
      expect(testDay(bad)).toBeNull();
  });
});
