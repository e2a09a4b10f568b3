import { describe, expect, it } from 'vitest';
import { COORDINATE_TEXT_MESSAGES, parseCoordinateText, type CoordinateTextResult } from './coordinate-text.js';
import { vn2000ToWgs84 } from './import/vn2000.js';

/** 21°01′42.6″ = 21 + 1/60 + 42.6/3600 = 21.0285; 105°51′15.1″ = 105 + 51/60 + 15.1/3600 = 105.8541944…. */
const DMS_LAT = 21 + 1 / 60 + 42.6 / 3600;
const DMS_LNG = 105 + 51 / 60 + 15.1 / 3600;

/** The result of a text that must read, with its position checked to 1e-9° (0.1 mm). */
function read(text: string, lng: number, lat: number): Extract<CoordinateTextResult, { ok: true }> {
  const r = parseCoordinateText(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.en}`);
  expect(r.lngLat[0]).toBeCloseTo(lng, 9);
  expect(r.lngLat[1]).toBeCloseTo(lat, 9);
  return r;
}

/** The error of a text that must not read. */
function rejected(text: string) {
  const r = parseCoordinateText(text);
  if (r.ok) throw new Error(`${text}: read as ${r.lngLat.join(', ')}`);
  return r.error;
}

describe('parseCoordinateText: decimal degrees', () => {
  it('reads latitude first by the ranges of Hà Nội, and says so', () => {
    const r = read('21.0285, 105.8542', 105.8542, 21.0285);
    expect(r).toMatchObject({ system: 'wgs84', format: 'decimal', order: 'lat-lng' });
    expect(r.note).toEqual({
      vi: 'Vĩ độ 21,0285, kinh độ 105,8542 (độ thập phân; số đầu là vĩ độ, theo phạm vi của Hà Nội).',
      en: "Latitude 21.0285, longitude 105.8542 (decimal degrees; the first number is the latitude, by Hà Nội's ranges).",
    });
  });

  it('reads longitude first by the ranges of Hà Nội', () => {
    expect(read('105.8542 21.0285', 105.8542, 21.0285).order).toBe('lng-lat');
  });

  it('reads decimal commas separated by a semicolon', () => {
    expect(read('21,0285; 105,8542', 105.8542, 21.0285).order).toBe('lat-lng');
  });

  it('reads decimal commas separated by a space, and points separated by a comma without a space', () => {
    read('21,0285 105,8542', 105.8542, 21.0285);
    read('21.0285,105.8542', 105.8542, 21.0285);
  });

  it('reads degree marks and hemisphere letters, and a geo: link', () => {
    expect(read('21.0285° N, 105.8542° E', 105.8542, 21.0285).note.en).toContain('by the N/E letters');
    read('105.8542E 21.0285N', 105.8542, 21.0285);
    read('21.0285, 105.8542E', 105.8542, 21.0285);
    read('geo:21.0285,105.8542', 105.8542, 21.0285);
  });
});

describe('parseCoordinateText: degrees, minutes, seconds', () => {
  it.each([
    `21°01'42.6"N 105°51'15.1"E`,
    '21°01′42.6″N 105°51′15.1″E',
    `21° 01' 42.6" N, 105° 51' 15.1" E`,
    `21°01'42.6"n 105°51'15.1"e`,
    '21 01 42.6 N 105 51 15.1 E',
    `N21°01'42.6" E105°51'15.1"`,
    `21°01'42,6"N 105°51'15,1"E`,
    `21°01'42.6'' 105°51'15.1''`,
    '21 01 42.6 105 51 15.1',
  ])('reads %s', (text) => {
    expect(read(text, DMS_LNG, DMS_LAT).format).toBe('dms');
  });

  it('reads degrees and decimal minutes: 21°01.71′ = 21.0285, 105°51.252′ = 105.8542', () => {
    expect(read(`21°01.71'N 105°51.252'E`, 105.8542, 21.0285).format).toBe('ddm');
    expect(read('21 01.71 105 51.252', 105.8542, 21.0285).format).toBe('ddm');
  });
});

describe('parseCoordinateText: VN-2000 metres', () => {
  // Hà Nội's zone (EPSG:5897): X=2326344 Y=588394 is Hoàn Kiếm lake, about [105.8523, 21.0285].
  const [lng, lat] = vn2000ToWgs84(588394, 2326344);

  it('reads X (northing) and Y (easting) and converts them', () => {
    const r = read('X=2326344 Y=588394', lng, lat);
    expect(r).toMatchObject({ system: 'vn2000', format: 'metres', order: 'northing-easting' });
    expect(r.lngLat[0]).toBeCloseTo(105.8523, 4);
    expect(r.lngLat[1]).toBeCloseTo(21.0285, 4);
    expect(r.note.vi).toContain('X 2.326.344 m, Y 588.394 m');
  });

  it('reads two large numbers in either order, and N=/E= labels, by their sizes', () => {
    expect(read('588394 2326344', lng, lat).order).toBe('easting-northing');
    read('N=2326344 E=588394', lng, lat);
    read('2.326.344; 588.394,0', lng, lat);
  });
});

describe('parseCoordinateText: rejections', () => {
  it('rejects a point outside Hà Nội in either order (Hồ Chí Minh City)', () => {
    expect(rejected('10.7769, 106.7009')).toEqual({
      vi: 'Hai số 10,7769 và 106,7009 không cho một điểm ở Hà Nội theo thứ tự nào (vĩ độ 20,5–21,5, kinh độ 105,2–106,1).',
      en: 'The numbers 10.7769 and 106.7009 give no point in Hà Nội in either order (latitude 20.5–21.5, longitude 105.2–106.1).',
    });
  });

  it('rejects a point of the southern hemisphere by its letter', () => {
    expect(rejected(`21°01'42.6"S 105°51'15.1"E`)).toEqual({
      vi: 'Điểm vĩ độ −21,0285, kinh độ 105,854194 nằm ngoài Hà Nội (vĩ độ 20,5–21,5, kinh độ 105,2–106,1).',
      en: 'The point at latitude −21.0285, longitude 105.854194 is outside Hà Nội (latitude 20.5–21.5, longitude 105.2–106.1).',
    });
  });

  it('rejects VN-2000 metres outside Hà Nội', () => {
    expect(rejected('X=1200000 Y=600000').en).toMatch(
      /^VN-2000 X 1,200,000 m, Y 600,000 m: The point at latitude 10\.8/,
    );
  });

  it('rejects minutes of 60 or more', () => {
    expect(rejected(`21°75'N 105°51'E`)).toEqual({
      vi: 'Phút 75 phải nhỏ hơn 60.',
      en: 'Minutes 75 must be under 60.',
    });
  });

  it('rejects seconds of 60 or more', () => {
    expect(rejected(`21°01'61"N 105°51'15"E`)).toEqual({
      vi: 'Giây 61 phải nhỏ hơn 60.',
      en: 'Seconds 61 must be under 60.',
    });
  });

  it('rejects two latitudes', () => {
    expect(rejected('21.0285N 21.5N')).toEqual(COORDINATE_TEXT_MESSAGES.sameAxis);
  });

  it('rejects metres mixed with degrees', () => {
    expect(rejected('2326344 105.85')).toEqual(COORDINATE_TEXT_MESSAGES.mixed);
  });

  it.each(['Hoàn Kiếm', '21.0285', '21.0285 105.8542 30', "21.5°01'N 105°E"])('rejects %s as unreadable', (text) => {
    expect(rejected(text)).toEqual(COORDINATE_TEXT_MESSAGES.unreadable);
  });

  it('rejects empty and overlong text', () => {
    expect(rejected('   ')).toEqual(COORDINATE_TEXT_MESSAGES.empty);
    expect(rejected(`21.0285, 105.8542 ${'x'.repeat(200)}`)).toEqual(COORDINATE_TEXT_MESSAGES.tooLong);
  });
});
