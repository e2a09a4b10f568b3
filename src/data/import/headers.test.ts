import { describe, expect, test } from 'vitest';
import { fieldOfHeader, mapColumns } from './headers.js';

describe('header variants, case- and diacritic-insensitive', () => {
  test.each([
    ['lat', 'lat'],
    ['Latitude', 'lat'],
    ['Y', 'lat'],
    ['Vĩ độ', 'lat'],
    ['VI DO', 'lat'],
    ['vi_do', 'lat'],
    ['lon', 'lng'],
    ['LNG', 'lng'],
    ['long', 'lng'],
    ['Longitude', 'lng'],
    ['x', 'lng'],
    ['Kinh độ', 'lng'],
    ['kinh do', 'lng'],
    ['operator', 'operator'],
    ['Nhà mạng', 'operator'],
    ['NHA MANG', 'operator'],
    ['Carrier', 'operator'],
    ['technology', 'technologies'],
    ['Tech', 'technologies'],
    ['Công nghệ', 'technologies'],
    ['radio', 'technologies'],
    ['band', 'bands'],
    ['Bands', 'bands'],
    ['Băng tần (MHz)', 'bands'],
    ['Tần số', 'bands'],
    ['Frequency (MHz)', 'bands'],
    ['Độ cao (m)', 'heightM'],
    ['Chiều cao anten (m)', 'heightM'],
    ['Hướng anten (độ)', 'azimuthsDeg'],
    ['height', 'heightM'],
    ['Antenna height', 'heightM'],
    ['height_m', 'heightM'],
    ['Height (m)', 'heightM'],
    ['Độ cao', 'heightM'],
    ['azimuth', 'azimuthsDeg'],
    ['Azimuths', 'azimuthsDeg'],
    ['Hướng', 'azimuthsDeg'],
    ['on_air', 'onAir'],
    ['OnAir', 'onAir'],
    ['On-air date', 'onAir'],
    ['Ngày phát sóng', 'onAir'],
    ['5G on-air date', 'onAir5g'],
    ['on_air_5g', 'onAir5g'],
    ['range', 'rangeM'],
    ['range_m', 'rangeM'],
    ['Mã trạm', 'id'],
    ['tower_id', 'towerId'],
    ['TowerID', 'towerId'],
    ['Tower', 'towerId'],
    ['Mã cột', 'towerId'],
    ['MA_COT', 'towerId'],
    ['mã_cột', 'towerId'],
    ['id_cot', 'towerId'],
    ['cot_id', 'towerId'],
    ['site_tower', 'towerId'],
    ['shared_tower_id', 'towerId'],
    ['Mã cột anten', 'towerId'],
    ['comment', null],
  ])('%j → %s', (name, field) => {
    expect(fieldOfHeader(name)).toBe(field);
  });
});

describe('mapColumns', () => {
  const header = ['Mã số', 'Kinh độ', 'Vĩ độ', 'Công ty', 'lat'];

  test('the first matching column wins; unknown headers are listed', () => {
    const m = mapColumns(header);
    expect([m.columns.lng, m.columns.lat, m.columns.id, m.columns.operator]).toEqual([1, 2, null, null]);
    expect(m.unknownHeaders).toEqual(['Mã số', 'Công ty', 'lat']);
  });

  test("the user's override maps, remaps and unmaps; out-of-range indices are ignored", () => {
    const m = mapColumns(header, { id: 0, operator: 3, lat: 4, lng: null, bands: 9 });
    expect([m.columns.id, m.columns.operator, m.columns.lat, m.columns.lng, m.columns.bands]).toEqual([
      0,
      3,
      4,
      null,
      null,
    ]);
    expect(m.unknownHeaders).toEqual(['Kinh độ', 'Vĩ độ']);
  });
});
