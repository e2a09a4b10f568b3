/**
 * Declared coordinate systems: the `crs` member in the forms tools write, and every supported VN-2000 code against
 * PROJ. The control points are PROJ 9.1.1 with its EPSG database (`echo "<lat> <lng>" | cs2cs -d 4 EPSG:4326
 * EPSG:<code>`, `-d 9` for EPSG:4756; every one through EPSG:6960 "VN-2000 to WGS 84 (2)", as `projinfo -s
 * EPSG:4326 -t EPSG:<code> --summary` shows), at a town inside each code's area of use (WGS84 to 4 decimals).
 * EPSG:5897 is covered by `vn2000.test.ts`. The bound is 5 cm, as there.
 *
 * Inside the Mekong delta blocks DBSCL 02 and 03 (Thành phố Hồ Chí Minh) `cs2cs` picks EPSG:5194 "VN-2000 to WGS 84
 * (1)" instead, 0.8 m away; this module applies EPSG:6960 everywhere, so the control points there are PROJ's
 * EPSG:6960 pipeline run with `cct` (`projinfo -s EPSG:4326 -t EPSG:<code> --spatial-test intersects -o PROJ`, the
 * first operation).
 */
import { describe, expect, test } from 'vitest';
import { distanceM } from '../../analysis/geodesy.js';
import {
  CRS84_NAME,
  crsOfEpsg,
  crsOfGeoJsonMember,
  declaredToWgs84,
  declaredUnit,
  EPSG_4326_NAME,
  fromWgs84Of,
} from './crs.js';

const TOLERANCE_M = 0.05;

/** [EPSG, place, WGS84 lng, lat, the position in the code's system as PROJ gives it]. */
const PROJ_POINTS: [number, string, number, number, [number, number]][] = [
  [4756, 'Hà Nội', 105.8523, 21.0285, [105.850417342, 21.029485968]],
  [3405, 'Huế', 107.5909, 16.4637, [776439.1365, 1822112.0621]],
  [3406, 'Nha Trang', 109.1967, 12.2388, [303645.5411, 1353730.1081]],
  [5896, 'Điện Biên Phủ', 103.023, 21.386, [605882.5437, 2366027.5521]],
  [5898, 'Quảng Ngãi', 108.8044, 15.1214, [586263.3874, 1672526.7362]],
  [5899, 'Đà Nẵng', 108.2022, 16.0544, [548188.2987, 1775651.1606]],
  [9205, 'Lai Châu', 103.47, 22.3964, [548196.2538, 2477627.6372]],
  [9206, 'Sơn La', 103.91, 21.327, [490468.1206, 2359155.4674]],
  [9207, 'Cà Mau', 105.1524, 9.1769, [571499.7622, 1014890.8853]],
  [9208, 'Vinh', 105.6813, 18.6796, [598041.9422, 2066361.0381]],
  [9209, 'Bắc Ninh', 106.0763, 21.1861, [559642.2924, 2343664.5786]],
  [9210, 'Hải Phòng', 106.6881, 20.8449, [597432.4421, 2306067.773]],
  [9211, 'Đồng Hới', 106.6222, 17.4689, [565887.1747, 1932226.4133]],
  [9212, 'Đông Hà', 107.1, 16.8163, [590398.6227, 1860097.0326]],
  [9213, 'Thái Nguyên', 105.8442, 21.5928, [431899.521, 2388726.0796]],
  [9214, 'Huế', 107.5909, 16.4637, [562897.8862, 1820978.931]],
  [9215, 'Lạng Sơn', 106.7615, 21.8537, [449314.3767, 2417549.6947]],
  [9216, 'Kon Tum', 108.0076, 14.3498, [554554.0643, 1587062.1288]],
  [9217, 'Quy Nhơn', 109.219, 13.782, [604581.9463, 1524398.7599]],
  [9218, 'Buôn Ma Thuột', 108.0378, 12.6675, [449602.2565, 1400944.7774]],
];

/** As {@link PROJ_POINTS}, in Thành phố Hồ Chí Minh through PROJ's EPSG:6960 pipeline (`cct`). */
const PROJ_6960_HCMC: [number, string, number, number, [number, number]][] = [
  [9210, 'Thành phố Hồ Chí Minh', 106.7009, 10.7769, [603797.2607, 1191942.305]],
  [3405, 'Thành phố Hồ Chí Minh', 106.7009, 10.7769, [685780.7747, 1191939.2002]],
];

/** Round trips: proj4's inverse datum shift iterates to about a millimetre. */
const ROUND_TRIP_M = 0.005;

const parse = (member: unknown) => crsOfGeoJsonMember(member, 'f.geojson');
const name = (member: unknown): string | null => parse(member).crs?.name ?? null;

describe('every supported code against PROJ', () => {
  test.each(PROJ_POINTS)('EPSG:%i (%s): PROJ control point within 5 cm', (epsg, _place, lng, lat, [x, y]) => {
    const crs = crsOfEpsg(epsg)!;
    expect(distanceM(declaredToWgs84(crs, x, y)!, [lng, lat])).toBeLessThan(TOLERANCE_M);
  });

  test.each(PROJ_6960_HCMC)(
    'EPSG:%i (%s, EPSG:6960 pipeline): PROJ control point within 5 cm',
    (epsg, _place, lng, lat, [x, y]) => {
      expect(distanceM(declaredToWgs84(crsOfEpsg(epsg)!, x, y)!, [lng, lat])).toBeLessThan(TOLERANCE_M);
    },
  );

  test.each(PROJ_POINTS)('EPSG:%i (%s): WGS84 → the system → WGS84 within 5 mm', (epsg, _place, lng, lat) => {
    const [x, y] = fromWgs84Of(epsg)!(lng, lat);
    expect(distanceM(declaredToWgs84(crsOfEpsg(epsg)!, x, y)!, [lng, lat])).toBeLessThan(ROUND_TRIP_M);
  });

  test.each(PROJ_POINTS.filter(([epsg]) => epsg !== 4756))(
    'EPSG:%i (%s): WGS84 → the system within 5 cm of PROJ',
    (epsg, _place, lng, lat, [x, y]) => {
      const [e, n] = fromWgs84Of(epsg)!(lng, lat);
      expect(Math.hypot(e - x, n - y)).toBeLessThan(TOLERANCE_M);
    },
  );

  test('every code 5896–5899 and 9205–9218 is supported, and no other TM-3 code', () => {
    const codes = [
      ...Array.from({ length: 10 }, (_, i) => 5892 + i),
      ...Array.from({ length: 16 }, (_, i) => 9204 + i),
    ];
    expect(codes.filter((c) => crsOfEpsg(c) !== null)).toEqual([
      5896,
      5897,
      5898,
      5899,
      ...Array.from({ length: 14 }, (_, i) => 9205 + i),
    ]);
  });

  test('names as the EPSG dataset gives them, with the meridian and scale factor', () => {
    expect([5896, 5897, 5898, 5899, 9205, 9210, 9218, 3405, 4756].map((c) => crsOfEpsg(c)!.name)).toEqual([
      'EPSG:5896 VN-2000 / TM-3 zone 481 (102°00′, k 0.9999)',
      'EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999)',
      'EPSG:5898 VN-2000 / TM-3 zone 491 (108°00′, k 0.9999)',
      'EPSG:5899 VN-2000 / TM-3 107-45 (107°45′, k 0.9999)',
      'EPSG:9205 VN-2000 / TM-3 103-00 (103°00′, k 0.9999)',
      'EPSG:9210 VN-2000 / TM-3 105-45 (105°45′, k 0.9999)',
      'EPSG:9218 VN-2000 / TM-3 108-30 (108°30′, k 0.9999)',
      'EPSG:3405 VN-2000 / UTM zone 48N',
      'EPSG:4756 VN-2000 [lng, lat]',
    ]);
  });

  test('units, and a position in the wrong unit gives null', () => {
    expect([declaredUnit(crsOfEpsg(4326)!), declaredUnit(crsOfEpsg(4756)!), declaredUnit(crsOfEpsg(5897)!)]).toEqual([
      'degree',
      'degree',
      'metre',
    ]);
    expect(declaredToWgs84(crsOfEpsg(5897)!, 105.85, 21.03)).toBeNull();
    expect(declaredToWgs84(crsOfEpsg(4326)!, 588394.4421, 2326344.2562)).toBeNull();
    expect(declaredToWgs84(crsOfEpsg(4326)!, 105.85, 21.03)).toEqual([105.85, 21.03]);
  });
});

describe('the crs member in the forms tools write', () => {
  test.each([
    ['GDAL / QGIS name URN', { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::5897' } }],
    ['URN with a dataset version', { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG:6.18:5897' } }],
    ['GML 3.1 x-ogc URN', { type: 'name', properties: { name: 'urn:x-ogc:def:crs:EPSG:5897' } }],
    ['EPSG:code name', { type: 'name', properties: { name: 'EPSG:5897' } }],
    ['OGC URI', { type: 'name', properties: { name: 'http://www.opengis.net/def/crs/EPSG/0/5897' } }],
    ['GML srs URI', { type: 'name', properties: { name: 'http://www.opengis.net/gml/srs/epsg.xml#5897' } }],
    ['a bare string', 'EPSG:5897'],
    ['the 2008 draft EPSG type, number', { type: 'EPSG', properties: { code: 5897 } }],
    ['the 2008 draft EPSG type, text', { type: 'EPSG', properties: { code: '5897' } }],
  ])('%s', (_form, member) => {
    expect(name(member)).toBe('EPSG:5897 VN-2000 / TM-3 zone 482 (105°00′, k 0.9999)');
  });

  test.each([
    ['urn:ogc:def:crs:OGC:1.3:CRS84'],
    ['urn:ogc:def:crs:OGC::CRS84'],
    ['OGC:CRS84'],
    ['CRS:84'],
    ['http://www.opengis.net/def/crs/OGC/1.3/CRS84'],
  ])('CRS84 as %s', (n) => {
    expect(parse({ type: 'name', properties: { name: n } })).toEqual({
      crs: { kind: 'wgs84', name: CRS84_NAME },
      issue: null,
    });
  });

  test('CRS84 in the draft OGC type', () => {
    expect(name({ type: 'OGC', properties: { urn: 'urn:ogc:def:crs:OGC:1.3:CRS84' } })).toBe(CRS84_NAME);
  });

  test('EPSG:4326 is WGS84 (read longitude first as GDAL writes it: see the reader)', () => {
    expect(parse({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4326' } })).toEqual({
      crs: { kind: 'wgs84', name: EPSG_4326_NAME },
      issue: null,
    });
    expect(EPSG_4326_NAME).toBe('EPSG:4326 (WGS 84)');
  });

  test('no member: no system and no issue', () => {
    expect(parse(undefined)).toEqual({ crs: null, issue: null });
    expect(parse(null)).toEqual({ crs: null, issue: null });
  });

  test('an unsupported code is refused by name, with the supported list', () => {
    expect(parse({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } })).toEqual({
      crs: null,
      issue: {
        severity: 'error',
        rule: 'crs-unsupported',
        file: 'f.geojson',
        index: null,
        key: null,
        column: 'crs',
        value: '{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}}',
        message:
          'f.geojson: crs "urn:ogc:def:crs:EPSG::3857" (EPSG:3857) is not a supported system — supported: EPSG:4326, CRS84, EPSG:4756 (VN-2000 degrees), EPSG:3405 and 3406 (VN-2000 / UTM 48N, 49N), EPSG:5896–5899 and 9205–9218 (VN-2000 / TM-3); reproject the file to EPSG:4326 (QGIS: Export → Save Features As…)',
        vi: 'f.geojson: crs "urn:ogc:def:crs:EPSG::3857" (EPSG:3857) không phải hệ tọa độ được hỗ trợ — hỗ trợ: EPSG:4326, CRS84, EPSG:4756 (VN-2000, độ), EPSG:3405 và 3406 (VN-2000 / UTM 48N, 49N), EPSG:5896–5899 và 9205–9218 (VN-2000 / TM-3); hãy chuyển tệp sang EPSG:4326 (QGIS: Export → Save Features As…)',
      },
    });
  });

  test('an unsupported code in the draft EPSG type names the member', () => {
    expect(parse({ type: 'EPSG', properties: { code: 32648 } }).issue?.message).toBe(
      'f.geojson: crs {"type":"EPSG","properties":{"code":32648}} (EPSG:32648) is not a supported system — supported: EPSG:4326, CRS84, EPSG:4756 (VN-2000 degrees), EPSG:3405 and 3406 (VN-2000 / UTM 48N, 49N), EPSG:5896–5899 and 9205–9218 (VN-2000 / TM-3); reproject the file to EPSG:4326 (QGIS: Export → Save Features As…)',
    );
  });

  test('a linked CRS is refused by name', () => {
    const { crs, issue } = parse({ type: 'link', properties: { href: 'http://example.com/crs/42', type: 'proj4' } });
    expect(crs).toBeNull();
    expect([issue?.rule, issue?.message, issue?.vi]).toEqual([
      'crs-link',
      'f.geojson: crs is a link ("http://example.com/crs/42") — a linked CRS is not read; declare the system by name (e.g. "urn:ogc:def:crs:EPSG::5897"), supported: EPSG:4326, CRS84, EPSG:4756 (VN-2000 degrees), EPSG:3405 and 3406 (VN-2000 / UTM 48N, 49N), EPSG:5896–5899 and 9205–9218 (VN-2000 / TM-3); or reproject the file to EPSG:4326 (QGIS: Export → Save Features As…)',
      'f.geojson: crs là một liên kết ("http://example.com/crs/42") — không đọc hệ tọa độ dạng liên kết; hãy khai báo hệ theo tên (ví dụ "urn:ogc:def:crs:EPSG::5897"), hỗ trợ: EPSG:4326, CRS84, EPSG:4756 (VN-2000, độ), EPSG:3405 và 3406 (VN-2000 / UTM 48N, 49N), EPSG:5896–5899 và 9205–9218 (VN-2000 / TM-3); hoặc hãy chuyển tệp sang EPSG:4326 (QGIS: Export → Save Features As…)',
    ]);
  });

  test.each([[{ type: 'name' }], [{ type: 'name', properties: { name: 'WGS 84 / Pseudo-Mercator' } }], [42]])(
    '%j names no system',
    (member) => {
      const { crs, issue } = parse(member);
      expect(crs).toBeNull();
      expect([issue?.rule, issue?.message, issue?.vi]).toEqual([
        'crs-invalid',
        `f.geojson: crs ${JSON.stringify(member)} names no system — a crs member is {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::<code>"}} or "EPSG:<code>", supported: EPSG:4326, CRS84, EPSG:4756 (VN-2000 degrees), EPSG:3405 and 3406 (VN-2000 / UTM 48N, 49N), EPSG:5896–5899 and 9205–9218 (VN-2000 / TM-3)`,
        `f.geojson: crs ${JSON.stringify(member)} không nêu hệ tọa độ nào — thành phần crs có dạng {"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::<mã>"}} hoặc "EPSG:<mã>", hỗ trợ: EPSG:4326, CRS84, EPSG:4756 (VN-2000, độ), EPSG:3405 và 3406 (VN-2000 / UTM 48N, 49N), EPSG:5896–5899 và 9205–9218 (VN-2000 / TM-3)`,
      ]);
    },
  );
});
