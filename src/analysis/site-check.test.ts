import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../domain/report.js';
import { checkSites, SiteChecker } from './site-check.js';

function createRow(over: Record<string, unknown> = {}) {
  return {
    id: 'S1',
    operator: 'viettel',
    lng: 105.85,
    lat: 21.03,
    technologies: '4G 5G',
    bands: 'B3 n78',
    heightM: 30,
    azimuthsDeg: '0 120 240',
    ...over,
  };
}

describe('checkSites', () => {
  it('accepts a good row and keeps the rest going after bad ones', () => {
    const r = checkSites([createRow(), createRow({ id: 'S2', lng: 'abc' }), createRow({ id: 'S3' })], 'sites.csv');
    expect(r.sites.map((s) => s.id)).toEqual(['S1', 'S3']);
    expect(r.issues).toHaveLength(1);
  });

  it.each([
    [
      'missing coordinates',
      { lng: undefined },
      'sites.csv: row 1 (id "S1"): position [missing, 21.03] is not a pair of numbers — lng and lat must be finite numbers in WGS84 degrees',
    ],
    [
      'NaN',
      { lat: Number.NaN },
      'sites.csv: row 1 (id "S1"): position [105.85, null] is not a pair of numbers — lng and lat must be finite numbers in WGS84 degrees',
    ],
    [
      'swapped',
      { lng: 21.03, lat: 105.85 },
      'sites.csv: row 1 (id "S1"): position [21.03, 105.85] is outside Hà Nội — latitude and longitude look swapped',
    ],
    [
      'projected metres',
      { lng: 585000, lat: 2324000 },
      'sites.csv: row 1 (id "S1"): position [585000, 2324000] is outside Hà Nội — looks like projected metres (VN-2000 / UTM), not degrees',
    ],
    [
      'elsewhere',
      { lng: 106.7, lat: 10.78 },
      'sites.csv: row 1 (id "S1"): position [106.7, 10.78] is outside Hà Nội — a site must lie in or near Hà Nội (lon 105.2–106.1, lat 20.5–21.5)',
    ],
    [
      'negative range',
      { rangeM: -5 },
      'sites.csv: row 1 (id "S1"): range -5 m — a range override must be above 0 and at most 50000 m',
    ],
    [
      'absurd range',
      { rangeM: 900000 },
      'sites.csv: row 1 (id "S1"): range 900000 m — a range override must be above 0 and at most 50000 m',
    ],
    [
      'unknown operator',
      { operator: 'Gmobile' },
      'sites.csv: row 1 (id "S1"): operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile',
    ],
    [
      'unknown technology',
      { technologies: '4G 6G' },
      'sites.csv: row 1 (id "S1"): technology "6G" is unknown — technologies must be among 4G, 5G',
    ],
    [
      'unknown band',
      { bands: 'B3 n258' },
      'sites.csv: row 1 (id "S1"): band "n258" is unknown — bands must be among B3, B1, B8, B28, n78, n41, n28',
    ],
    [
      'band of another technology',
      { technologies: '4G', bands: 'B3 n78' },
      'sites.csv: row 1 (id "S1"): band "n78" is 5G but the site\'s technologies are 4G — each band must belong to one of the site\'s technologies',
    ],
    [
      'absurd height',
      { heightM: 1200 },
      'sites.csv: row 1 (id "S1"): antenna height 1200 — height must be a number of metres above 0 and at most 300',
    ],
    [
      'bad azimuth',
      { azimuthsDeg: '0 400' },
      'sites.csv: row 1 (id "S1"): azimuth 400 — azimuths must be degrees in [0, 360)',
    ],
  ])('%s gets one exact error', (_, over, message) => {
    const r = checkSites([createRow(over)], 'sites.csv');
    expect(r.sites).toEqual([]);
    expect(r.issues.map((i) => i.message)).toEqual([message]);
  });

  it('names a duplicate id and the row it repeats', () => {
    const r = checkSites([createRow(), createRow()], 'sites.csv');
    expect(r.issues[0]!.message).toBe('sites.csv: row 2 (id "S1"): id "S1" repeats row 1 — site ids must be unique');
  });
});

describe('every problem of a row', () => {
  it('lists all of them in order, in English and Vietnamese, with column and value; the row is rejected once', () => {
    const r = checkSites([createRow({ operator: 'Gmobile', heightM: 'tall', azimuthsDeg: '0 400' })], 'sites.csv');
    expect(r.sites).toEqual([]);
    expect(r.issues.map((i) => [i.rule, i.column, i.value, i.message, i.vi])).toEqual([
      [
        'site-operator-unknown',
        'operator',
        'Gmobile',
        'sites.csv: row 1 (id "S1"): operator "Gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile',
        'sites.csv: dòng 1 (mã "S1"): nhà mạng "Gmobile" không nhận ra — nhà mạng phải là một trong viettel, vnpt, mobifone, vietnamobile',
      ],
      [
        'site-height-invalid',
        'heightM',
        'tall',
        'sites.csv: row 1 (id "S1"): antenna height "tall" — height must be a number of metres above 0 and at most 300',
        'sites.csv: dòng 1 (mã "S1"): độ cao anten "tall" — độ cao phải là số mét lớn hơn 0 và không quá 300',
      ],
      [
        'site-azimuth-invalid',
        'azimuthsDeg',
        '400',
        'sites.csv: row 1 (id "S1"): azimuth 400 — azimuths must be degrees in [0, 360)',
        'sites.csv: dòng 1 (mã "S1"): góc phương vị 400 — góc phương vị phải là số độ trong [0, 360)',
      ],
    ]);
  });

  it('names the columns as the file does, and features from 0', () => {
    const checker = new SiteChecker('s.geojson', { label: 'feature', columns: { lng: 'Kinh độ', lat: 'Vĩ độ' } });
    const out: DataIssue[] = [];
    expect(checker.check(createRow(), 0, out)).not.toBeNull();
    expect(checker.check(createRow({ lng: 21.03, lat: 105.85 }), 1, out)).toBeNull();
    expect(out.map((i) => [i.column, i.message, i.vi])).toEqual([
      [
        'id',
        's.geojson: feature 1 (id "S1"): id "S1" repeats feature 0 — site ids must be unique',
        's.geojson: đối tượng 1 (mã "S1"): mã "S1" trùng với đối tượng 0 — mã trạm không được trùng nhau',
      ],
      [
        'Kinh độ, Vĩ độ',
        's.geojson: feature 1 (id "S1"): position [21.03, 105.85] is outside Hà Nội — latitude and longitude look swapped',
        's.geojson: đối tượng 1 (mã "S1"): vị trí [21,03; 105,85] nằm ngoài Hà Nội — vĩ độ và kinh độ có vẻ bị đảo chỗ',
      ],
    ]);
  });

  it("puts the caller's problems where the checker would list them", () => {
    const held: DataIssue = { severity: 'error', rule: 'held', file: 's.csv', index: 2, key: 'S1', message: 'held' };
    const late: DataIssue = { ...held, rule: 'late', message: 'late' };
    const out: DataIssue[] = [];
    expect(
      new SiteChecker('s.csv').check(createRow({ lng: undefined, operator: 'x' }), 2, out, {
        position: held,
        rest: [late],
      }),
    ).toBeNull();
    expect(out.map((i) => i.rule)).toEqual(['held', 'site-operator-unknown', 'late']);
  });
});
