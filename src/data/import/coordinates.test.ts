/**
 * The coordinate reader: what each mode and declaration does with degrees and metres, the held rows' question, the
 * survey order X = northing, and the report's reason in English and Vietnamese. Positions are the PROJ control
 * points of `test/fixtures/import/vn2000-control-points.json` (Hoàn Kiếm lake, Nội Bài).
 */
import { describe, expect, test } from 'vitest';
import { distanceM } from '../../analysis/geodesy.js';
import { CoordinateReader, HELD_SAMPLE_SIZE } from './coordinates.js';
import { crsOfEpsg } from './crs.js';

const HOAN_KIEM = { tm3: [588394.4421, 2326344.2562] as const, wgs84: [105.8523, 21.0285] as [number, number] };
const NOI_BAI = { tm3: [583049.2424, 2347375.1341] as const, wgs84: [105.8019, 21.2187] as [number, number] };
const HANOI_ZONE = 'VN-2000 / TM-3 105°00′ (Hà Nội, k 0.9999, EPSG:5897; datum shift EPSG:6960)';
const HANOI_ZONE_VI = 'VN-2000 / TM-3 105°00′ (Hà Nội, k 0.9999, EPSG:5897; chuyển đổi datum EPSG:6960)';

/** A reader fed Hoàn Kiếm in metres (row 2), Nội Bài in survey order (row 3) and a degree pair (row 4). */
function createMixedReader(mode: 'auto' | 'wgs84' | 'vn2000') {
  const reader = new CoordinateReader(mode, 'row', null, 'vn.csv');
  const read = [
    reader.read(HOAN_KIEM.tm3[0], HOAN_KIEM.tm3[1], 2),
    reader.read(NOI_BAI.tm3[1], NOI_BAI.tm3[0], 3),
    reader.read(105.95, 21.03, 4),
  ];
  return { reader, read };
}

describe('undeclared metres in auto mode are held, not converted', () => {
  test('read gives null for metres and the degrees unchanged', () => {
    expect(createMixedReader('auto').read).toEqual([null, null, [105.95, 21.03]]);
  });

  test('the held row’s error, in English and Vietnamese, with what to do', () => {
    const { reader } = createMixedReader('auto');
    expect(reader.heldIssue(2, 'V1')).toEqual({
      severity: 'error',
      rule: 'coords-crs-undeclared',
      file: 'vn.csv',
      index: 2,
      key: 'V1',
      value: '588394.4421, 2326344.2562',
      message: `vn.csv: row 2 (id "V1"): position 588394.4421, 2326344.2562 is in projected metres (beyond ±1000) and the file does not say which system — metres are converted only when the system is known: choose VN-2000 in the dialog, or --crs vn2000 on the command line, to read them as ${HANOI_ZONE}`,
      vi: `vn.csv: dòng 2 (mã "V1"): tọa độ 588394.4421, 2326344.2562 tính bằng mét theo một hệ tọa độ phẳng (vượt quá ±1000) nhưng tệp không cho biết đó là hệ nào — chỉ chuyển đổi tọa độ mét khi biết hệ tọa độ: hãy chọn VN-2000 trong hộp thoại, hoặc --crs vn2000 trên dòng lệnh, để đọc theo ${HANOI_ZONE_VI}`,
    });
  });

  test('a held row in survey order says X = northing first', () => {
    const issue = createMixedReader('auto').reader.heldIssue(3, null);
    expect([issue.message, issue.vi]).toEqual([
      `vn.csv: row 3: position 2347375.1341, 583049.2424 (X = northing first, as Vietnamese surveys write it) is in projected metres (beyond ±1000) and the file does not say which system — metres are converted only when the system is known: choose VN-2000 in the dialog, or --crs vn2000 on the command line, to read them as ${HANOI_ZONE}`,
      `vn.csv: dòng 3: tọa độ 2347375.1341, 583049.2424 (X = tọa độ bắc đứng trước, theo cách ghi trắc địa Việt Nam) tính bằng mét theo một hệ tọa độ phẳng (vượt quá ±1000) nhưng tệp không cho biết đó là hệ nào — chỉ chuyển đổi tọa độ mét khi biết hệ tọa độ: hãy chọn VN-2000 trong hộp thoại, hoặc --crs vn2000 trên dòng lệnh, để đọc theo ${HANOI_ZONE_VI}`,
    ]);
  });

  test('the report counts and names the held rows, and asks', () => {
    expect(createMixedReader('auto').reader.report()).toEqual({
      system: 'mixed',
      forced: false,
      wgs84Rows: 1,
      vn2000Rows: 0,
      northingFirstRows: 0,
      heldRows: 2,
      heldSample: [2, 3],
      declared: null,
      reason: `1 row within ±1000 read as WGS84 [lng, lat] degrees (first: row 4: 105.95, 21.03); 2 rows beyond ±1000 are projected metres and the file does not say which system: held, not converted (rows 2, 3; 1 of them with X = northing first) — choose VN-2000 in the import dialog, or --crs vn2000 on the command line, to read them as ${HANOI_ZONE}; each row was read by its own values`,
      reasonVi: `1 dòng trong khoảng ±1000 được đọc là độ WGS84 [kinh độ, vĩ độ] (đầu tiên: dòng 4: 105.95, 21.03); 2 dòng vượt quá ±1000 là tọa độ phẳng tính bằng mét và tệp không cho biết đó là hệ nào: bị giữ lại, chưa chuyển đổi (dòng 2, 3; trong đó 1 dòng ghi X = tọa độ bắc trước) — hãy chọn VN-2000 trong hộp thoại nhập, hoặc --crs vn2000 trên dòng lệnh, để đọc theo ${HANOI_ZONE_VI}; mỗi dòng được đọc theo giá trị của chính nó`,
    });
  });

  test(`the report keeps the first ${HELD_SAMPLE_SIZE} held rows and says how many there were`, () => {
    const reader = new CoordinateReader('auto', 'feature', null, 'f.geojson');
    for (let n = 0; n < 25; n++) reader.read(HOAN_KIEM.tm3[0], HOAN_KIEM.tm3[1], n);
    const report = reader.report();
    expect([report.system, report.heldRows, report.heldSample]).toEqual([
      'vn2000',
      25,
      Array.from({ length: 20 }, (_, n) => n),
    ]);
    expect(report.reason).toContain(
      '(features 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, … (first 20 of 25))',
    );
    expect(report.reasonVi).toContain(
      '(đối tượng 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, … (20 đối tượng đầu trong 25))',
    );
  });

  test('degrees only: the reason says why', () => {
    const reader = new CoordinateReader('auto', 'row', null, 'd.csv');
    expect(reader.read(105.85, 21.02, 2)).toEqual([105.85, 21.02]);
    const { reason, reasonVi, system } = reader.report();
    expect([system, reason, reasonVi]).toEqual([
      'wgs84',
      'every position is within ±1000 (first: row 2: 105.85, 21.02), so read as WGS84 [lng, lat] degrees',
      'mọi tọa độ đều trong khoảng ±1000 (đầu tiên: dòng 2: 105.85, 21.02) nên được đọc là độ WGS84 [kinh độ, vĩ độ]',
    ]);
  });

  test('no position at all', () => {
    const { system, reason, reasonVi } = new CoordinateReader('auto').report();
    expect([system, reason, reasonVi]).toEqual([
      'none',
      'no row had a numeric position',
      'không dòng nào có tọa độ dạng số',
    ]);
  });

  test('asking for the error of a row that was not held is a programming error', () => {
    expect(() => createMixedReader('auto').reader.heldIssue(4, null)).toThrow(
      'CoordinateReader.heldIssue: row 4 was not held',
    );
  });
});

describe('the caller chose VN-2000 or WGS84', () => {
  test('VN-2000: metres converted in Hà Nội’s zone, survey order detected, degrees still degrees', () => {
    const { read } = createMixedReader('vn2000');
    expect(distanceM(read[0]!, HOAN_KIEM.wgs84)).toBeLessThan(0.05);
    expect(distanceM(read[1]!, NOI_BAI.wgs84)).toBeLessThan(0.05);
    expect(read[2]).toEqual([105.95, 21.03]);
  });

  test('VN-2000: the report', () => {
    expect(createMixedReader('vn2000').reader.report()).toEqual({
      system: 'mixed',
      forced: true,
      wgs84Rows: 1,
      vn2000Rows: 2,
      northingFirstRows: 1,
      heldRows: 0,
      heldSample: [],
      declared: null,
      reason: `VN-2000 chosen by the caller; 1 row within ±1000 read as WGS84 [lng, lat] degrees (first: row 4: 105.95, 21.03); 2 rows beyond ±1000 read as ${HANOI_ZONE} and converted to WGS84 (first: row 2: 588394.4421, 2326344.2562); each row was read by its own values; 1 row wrote X = northing before Y = easting (Vietnamese surveying order) and was read so`,
      reasonVi: `người nhập chọn VN-2000; 1 dòng trong khoảng ±1000 được đọc là độ WGS84 [kinh độ, vĩ độ] (đầu tiên: dòng 4: 105.95, 21.03); 2 dòng vượt quá ±1000 được đọc theo ${HANOI_ZONE_VI} và chuyển sang WGS84 (đầu tiên: dòng 2: 588394.4421, 2326344.2562); mỗi dòng được đọc theo giá trị của chính nó; 1 dòng ghi X = tọa độ bắc trước Y = tọa độ đông (thứ tự trắc địa Việt Nam) và được đọc theo thứ tự đó`,
    });
  });

  test('WGS84: every pair passes as it is (the extent check names metres)', () => {
    const { reader, read } = createMixedReader('wgs84');
    expect(read).toEqual([[...HOAN_KIEM.tm3], [NOI_BAI.tm3[1], NOI_BAI.tm3[0]], [105.95, 21.03]]);
    const { system, reason, reasonVi } = reader.report();
    expect([system, reason, reasonVi]).toEqual([
      'wgs84',
      'forced by the caller: every position read as WGS84 [lng, lat] degrees',
      'do người nhập chọn: mọi tọa độ được đọc là độ WGS84 [kinh độ, vĩ độ]',
    ]);
  });
});

describe('a system declared by the file', () => {
  test('a declared VN-2000 zone converts every metre position with it, whatever the caller chose', () => {
    const reader = new CoordinateReader('wgs84', 'feature', crsOfEpsg(5897), 'd.geojson');
    expect(distanceM(reader.read(HOAN_KIEM.tm3[0], HOAN_KIEM.tm3[1], 0)!, HOAN_KIEM.wgs84)).toBeLessThan(0.05);
    expect(distanceM(reader.read(NOI_BAI.tm3[1], NOI_BAI.tm3[0], 1)!, NOI_BAI.wgs84)).toBeLessThan(0.05);
    expect(reader.report()).toEqual({
      system: 'vn2000',
      forced: false,
      wgs84Rows: 0,
      vn2000Rows: 2,
      northingFirstRows: 1,
      heldRows: 0,
      heldSample: [],
      declared: 'EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999)',
      reason:
        'declared by the file\'s crs member: EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999) (used instead of the caller\'s choice "wgs84"); 2 features converted with it (datum shift EPSG:6960) to WGS84 [lng, lat] degrees (first: feature 0: 588394.4421, 2326344.2562); 1 feature wrote X = northing before Y = easting (Vietnamese surveying order) and was read so',
      reasonVi:
        'do thành phần crs của tệp khai báo: EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999) (dùng thay cho lựa chọn "wgs84" của người nhập); 2 đối tượng được chuyển theo hệ này (chuyển đổi datum EPSG:6960) sang độ WGS84 [kinh độ, vĩ độ] (đầu tiên: đối tượng 0: 588394.4421, 2326344.2562); 1 đối tượng ghi X = tọa độ bắc trước Y = tọa độ đông (thứ tự trắc địa Việt Nam) và được đọc theo thứ tự đó',
    });
  });

  test('another zone: the third-party Ninh Thuận point in EPSG:9217 (108°15′)', () => {
    const reader = new CoordinateReader('auto', 'feature', crsOfEpsg(9217), 'nt.geojson');
    expect(distanceM(reader.read(568262.924, 1255172.51, 0)!, [108.877201, 11.349358])).toBeLessThan(0.05);
  });

  test('degrees in a file that declares metres are an error naming the feature', () => {
    const reader = new CoordinateReader('auto', 'feature', crsOfEpsg(5897), 'd.geojson');
    expect(reader.read(105.95, 21.03, 1)).toBeNull();
    expect(reader.heldIssue(1, 'S2')).toEqual({
      severity: 'error',
      rule: 'coords-not-declared-crs',
      file: 'd.geojson',
      index: 1,
      key: 'S2',
      value: '105.95, 21.03',
      message:
        'd.geojson: feature 1 (id "S2"): position 105.95, 21.03 is in degrees (within ±1000), not metres — the file\'s crs member declares EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999), in metres — set the crs member to the system the positions are in (EPSG:4326 or CRS84 for degrees), or remove it',
      vi: 'd.geojson: đối tượng 1 (mã "S2"): tọa độ 105.95, 21.03 ở dạng độ (trong khoảng ±1000), không phải mét — thành phần crs của tệp khai báo EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999), tính bằng mét — hãy sửa crs cho đúng hệ của tọa độ (EPSG:4326 hoặc CRS84 cho độ), hoặc bỏ crs',
    });
    const { heldRows, reason, reasonVi } = reader.report();
    expect([heldRows, reason, reasonVi]).toEqual([
      0,
      "declared by the file's crs member: EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999); 1 feature in degrees, not the declared metres, rejected (feature 1)",
      'do thành phần crs của tệp khai báo: EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999); 1 đối tượng ở dạng độ, không phải mét như đã khai báo, bị loại (đối tượng 1)',
    ]);
  });

  test('metres in a file that declares WGS84 are an error naming the feature', () => {
    const reader = new CoordinateReader('auto', 'feature', crsOfEpsg(4326), 'w.geojson');
    expect(reader.read(HOAN_KIEM.tm3[0], HOAN_KIEM.tm3[1], 0)).toBeNull();
    expect(reader.read(105.95, 21.03, 1)).toEqual([105.95, 21.03]);
    const issue = reader.heldIssue(0, null);
    expect([issue.rule, issue.message, issue.vi]).toEqual([
      'coords-not-declared-crs',
      "w.geojson: feature 0: position 588394.4421, 2326344.2562 is in metres (beyond ±1000), not degrees — the file's crs member declares EPSG:4326 (WGS 84), in degrees — set the crs member to the system the positions are in (e.g. EPSG:5897 for VN-2000 metres of Hà Nội), or remove it and choose the system in the dialog (--crs on the command line)",
      'w.geojson: đối tượng 0: tọa độ 588394.4421, 2326344.2562 ở dạng mét (vượt quá ±1000), không phải độ — thành phần crs của tệp khai báo EPSG:4326 (WGS 84), tính bằng độ — hãy sửa crs cho đúng hệ của tọa độ (ví dụ EPSG:5897 cho mét VN-2000 của Hà Nội), hoặc bỏ crs và chọn hệ tọa độ trong hộp thoại (--crs trên dòng lệnh)',
    ]);
    const { reason, reasonVi } = reader.report();
    expect([reason, reasonVi]).toEqual([
      "declared by the file's crs member: EPSG:4326 (WGS 84); EPSG:4326 positions are read longitude first, as GDAL writes GeoJSON (the EPSG axis order is latitude first); 1 feature read as WGS84 [lng, lat] degrees (first: feature 1: 105.95, 21.03); 1 feature in metres, not the declared degrees, rejected (feature 0)",
      'do thành phần crs của tệp khai báo: EPSG:4326 (WGS 84); tọa độ EPSG:4326 được đọc kinh độ trước, như GDAL ghi GeoJSON (thứ tự trục của EPSG là vĩ độ trước); 1 đối tượng được đọc là độ WGS84 [kinh độ, vĩ độ] (đầu tiên: đối tượng 1: 105.95, 21.03); 1 đối tượng ở dạng mét, không phải độ như đã khai báo, bị loại (đối tượng 0)',
    ]);
  });

  test('EPSG:4756 degrees are shifted from the VN-2000 datum to WGS84', () => {
    const reader = new CoordinateReader('auto', 'feature', crsOfEpsg(4756), 'g.geojson');
    expect(distanceM(reader.read(105.850417342, 21.029485968, 0)!, HOAN_KIEM.wgs84)).toBeLessThan(0.05);
    expect(reader.report().vn2000Rows).toBe(1);
  });
});
