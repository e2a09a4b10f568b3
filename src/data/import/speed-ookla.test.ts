/**
 * The speed-test import on Ookla's open-data tiles (CSV and GeoJSON): quadkey centres, kbit/s to Mbit/s, the
 * quarter a file covers, the fixed-broadband layer, bad rows; and telling speed files from other files.
 */
import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { issueTexts } from '../../../test/support/import-fixtures.js';
import { importSpeedFeatures, importSpeedText, looksLikeOoklaFeatures, looksLikeSpeedHeader } from './speed-import.js';

const OOKLA_HEADER = 'quadkey,tile,avg_d_kbps,avg_u_kbps,avg_lat_ms,tests,devices';
const HOAN_KIEM = '1322101121220121';

describe("Ookla's open-data tiles", () => {
  it('places a tile at its quadkey centre, in Mbit/s, weighted by its tests, dated by the file name', () => {
    const text = `${OOKLA_HEADER}\n${HOAN_KIEM},"POLYGON((105.8477783203125 21.0281, 105.853271484375 21.0281, 105.853271484375 21.0332, 105.8477783203125 21.0332, 105.8477783203125 21.0281))",54321,12345,21,42,17\n`;
    const { tests, report } = importSpeedText(text, { source: '2024-10-01_performance_mobile_tiles.csv' });
    expect(tests[0]!.geometry.coordinates[0]).toBeCloseTo(105.85052490234375, 12);
    expect(tests[0]!.geometry.coordinates[1]).toBeCloseTo(21.030673606555048, 12);
    expect(tests[0]!.properties).toEqual({
      id: `${HOAN_KIEM}@2024-10-01`,
      tech: '4G',
      operator: null,
      downMbps: 54.321,
      upMbps: 12.345,
      latencyMs: 21,
      date: '2024-10-01',
      tests: 42,
      kind: 'tile',
      sample: false,
    });
    expect(report).toMatchObject({
      format: 'ookla-csv',
      kept: 1,
      tests: 42,
      window: { from: '2024-10-01', to: '2024-12-31' },
    });
    expect(issueTexts(report.warnings)).toEqual([
      [
        '2024-10-01_performance_mobile_tiles.csv: Ookla tiles average every cellular technology together (4G, 5G, some 3G): their figures are labelled 4G — a tile is not a measurement of one technology; no operator is given either',
        '2024-10-01_performance_mobile_tiles.csv: ô đo của Ookla gộp chung mọi công nghệ di động (4G, 5G, một phần 3G): số liệu được ghi là 4G — một ô không phải là số đo của riêng một công nghệ; dữ liệu cũng không ghi nhà mạng',
      ],
    ]);
  });

  it('refuses tiles whose quarter nobody gave, and takes it from year and quarter columns or the option', () => {
    const row = `${HOAN_KIEM},,54321,12345,21,42,17`;
    expect(issueTexts(importSpeedText(`${OOKLA_HEADER}\n${row}\n`, { source: 'tiles.csv' }).report.fileErrors)).toEqual(
      [
        [
          "tiles.csv: the file does not say which quarter its tiles cover — keep Ookla's file name (2024-10-01_performance_mobile_tiles.csv), add year and quarter columns, or choose the quarter",
          'tiles.csv: tệp không cho biết các ô đo thuộc quý nào — giữ tên tệp của Ookla (2024-10-01_performance_mobile_tiles.csv), thêm cột year và quarter, hoặc chọn quý',
        ],
      ],
    );
    expect(
      importSpeedText(`${OOKLA_HEADER},year,quarter\n${row},2025,2\n`, { source: 'tiles.csv' }).tests[0]!.properties
        .date,
    ).toBe('2025-04-01');
    expect(
      importSpeedText(`${OOKLA_HEADER}\n${row}\n`, { source: 'tiles.csv', period: '2025-Q3', speedTech: '5G' })
        .tests[0]!.properties,
    ).toMatchObject({ date: '2025-07-01', tech: '5G' });
  });

  it('refuses the fixed-broadband layer unless a technology is chosen', () => {
    const text = `${OOKLA_HEADER}\n${HOAN_KIEM},,54321,12345,21,42,17\n`;
    expect(
      issueTexts(importSpeedText(text, { source: '2024-10-01_performance_fixed_tiles.csv' }).report.fileErrors),
    ).toEqual([
      [
        "2024-10-01_performance_fixed_tiles.csv: these are Ookla's fixed-broadband tiles (tests over Wi-Fi and Ethernet) — the plan's speed targets are for 4G and 5G: import the performance_mobile_tiles layer, or choose a technology to import them anyway",
        '2024-10-01_performance_fixed_tiles.csv: đây là các ô băng rộng cố định của Ookla (đo qua Wi-Fi và Ethernet) — mục tiêu tốc độ của kế hoạch dành cho 4G và 5G: hãy nhập lớp performance_mobile_tiles, hoặc chọn công nghệ nếu vẫn muốn nhập',
      ],
    ]);
    expect(
      importSpeedText(text, { source: '2024-10-01_performance_fixed_tiles.csv', speedTech: '4G' }).report.kept,
    ).toBe(1);
  });

  it('names a bad quadkey and a tile without tests in one row', () => {
    const { report } = importSpeedText(`${OOKLA_HEADER}\n13224,,54321,12345,21,0,0\n`, {
      source: '2024-10-01_performance_mobile_tiles.csv',
    });
    expect(report.rejected.map((i) => [i.rule, i.message, i.vi])).toEqual([
      [
        'ookla-quadkey',
        '2024-10-01_performance_mobile_tiles.csv: row 2 (id "13224"): quadkey "13224" is not a quadkey — a quadkey is digits 0–3, one per zoom level (Ookla\'s have 16)',
        '2024-10-01_performance_mobile_tiles.csv: dòng 2 (mã "13224"): quadkey "13224" không hợp lệ — quadkey gồm các chữ số 0–3, mỗi mức thu phóng một chữ số (của Ookla có 16 chữ số)',
      ],
      [
        'ookla-tests',
        '2024-10-01_performance_mobile_tiles.csv: row 2 (id "13224"): tests "0" is not a whole number above 0 — each tile counts the tests averaged in it',
        '2024-10-01_performance_mobile_tiles.csv: dòng 2 (mã "13224"): số lượt đo (tests) "0" không phải số nguyên lớn hơn 0 — mỗi ô đo ghi số lượt đo đã được lấy trung bình',
      ],
    ]);
  });

  it('reads GeoJSON tile polygons, by quadkey or by the polygon when it has none', () => {
    const square = (w: number, s: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [w, s],
          [w + 0.0055, s],
          [w + 0.0055, s + 0.005],
          [w, s + 0.005],
          [w, s],
        ],
      ],
    });
    const features: Feature[] = [
      {
        type: 'Feature',
        geometry: square(105.8477, 21.0281),
        properties: {
          quadkey: HOAN_KIEM,
          avg_d_kbps: 60000,
          avg_u_kbps: 20000,
          avg_lat_ms: 18,
          tests: 35,
          devices: 12,
        },
      },
      {
        type: 'Feature',
        geometry: square(105.79, 21.03),
        properties: { avg_d_kbps: 30000, avg_u_kbps: 9000, avg_lat_ms: 30, tests: 5, devices: 3 },
      },
    ];
    expect(looksLikeOoklaFeatures(features)).toBe(true);
    const { tests, report } = importSpeedFeatures(features, { source: '2025-01-01_performance_mobile_tiles.geojson' });
    expect(tests.map((t) => [t.properties.id, t.properties.downMbps, t.properties.tests])).toEqual([
      [`${HOAN_KIEM}@2025-01-01`, 60, 35],
      ['feature-1@2025-01-01', 30, 5],
    ]);
    expect(tests[1]!.geometry.coordinates[0]).toBeCloseTo(105.79275, 12);
    expect(tests[1]!.geometry.coordinates[1]).toBeCloseTo(21.0325, 12);
    expect(report).toMatchObject({ format: 'ookla-geojson', rows: 2, kept: 2, tests: 40, delimiter: null });
  });
});

describe('detection', () => {
  it('tells speed headers from others', () => {
    expect(looksLikeSpeedHeader(OOKLA_HEADER.split(','))).toBe('ookla');
    expect(looksLikeSpeedHeader(['Date', 'ConnType', 'Lat', 'Lon', 'Download', 'Upload', 'Latency'])).toBe('speedtest');
    expect(looksLikeSpeedHeader(['Thời gian', 'Vĩ độ', 'Kinh độ', 'Tốc độ tải xuống (Mbps)'])).toBe('speedtest');
    expect(looksLikeSpeedHeader(['id', 'operator', 'lat', 'lon', 'band'])).toBeNull();
    expect(
      looksLikeOoklaFeatures([
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [105.8, 21] },
          properties: { id: 'A1', operator: 'viettel' },
        },
      ]),
    ).toBe(false);
  });
});
