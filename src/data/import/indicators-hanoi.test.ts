/**
 * The indicator import end to end on real Hà Nội codes: the sample files for the 126 units of 2025 and the 584
 * wards of 2019, checked against a catalogue read from the raw boundary files (`HANOI_DATA_DIR`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stripUnitType } from '../../domain/text.js';
import { rawPath } from '../../../test/support/data-dir.js';
import { expectEveryRowAccounted, readIndicatorFixture } from '../../../test/support/indicator-csv.js';
import { parseIndicatorCsv, type IndicatorAreaCatalogue } from './indicators.js';

describe('real Hà Nội codes, end to end', () => {
  /** The catalogue from the raw boundary files, independently of the generated layers the fixtures came from. */
  function readRealCatalogue(): IndicatorAreaCatalogue {
    const props = (file: string): Record<string, string>[] =>
      (
        JSON.parse(readFileSync(rawPath(file), 'utf8')) as { features: { properties: Record<string, string> }[] }
      ).features.map((f) => f.properties);
    return {
      unit2025: new Map(props('admin/wards-2025.geojson').map((p) => [p['code']!, p['name']!])),
      ward2019: new Map(
        props('admin/wards-2019-lowres.geojson').map((p) => [p['ward_code']!, stripUnitType(p['ward_name']!)]),
      ),
      district2019: new Map(props('admin/districts-2019.geojson').map((p) => [p['district_code']!, p['short_name']!])),
    };
  }
  const areas = readRealCatalogue();

  test('hanoi-2025.csv: two indicators for each of the 126 units, no issue', () => {
    const result = parseIndicatorCsv(readIndicatorFixture('hanoi-2025.csv'), areas, { fileName: 'hanoi-2025.csv' });
    expect(result.issues).toEqual([]);
    expect(result.report.indicators).toEqual([
      { id: 'fibre_households_pct', unit: '%', kind: 'percent', count: 126, known: true },
      { id: 'iot_connections', unit: 'kết nối', kind: 'count', count: 126, known: true },
    ]);
    expect(new Set(result.values.map((v) => v.code))).toEqual(new Set(areas.unit2025.keys()));
    const pct = result.values.filter((v) => v.indicator === 'fibre_households_pct').map((v) => v.value);
    expect(pct.every((v) => v >= 70 && v <= 100)).toBe(true);
    expect(pct.filter((v) => v === 100).length).toBeGreaterThan(0);
    expectEveryRowAccounted(result);
  });

  test('hanoi-2019-wards.csv (BOM, semicolons, Vietnamese headers): households and fibre for each of the 584 wards', () => {
    const result = parseIndicatorCsv(readIndicatorFixture('hanoi-2019-wards.csv'), areas, {
      fileName: 'hanoi-2019-wards.csv',
    });
    expect(result.issues).toEqual([]);
    expect([result.report.delimiter, result.report.accepted]).toEqual([';', 1168]);
    expect(new Set(result.values.map((v) => `${v.level} ${v.code}`)).size).toBe(584);
    expect(
      result.values.every((v) => v.level === 'ward2019' && v.date === '2024-12-31' && v.source.includes('mẫu')),
    ).toBe(true);
    const households = new Map(result.values.filter((v) => v.indicator === 'households').map((v) => [v.code, v.value]));
    expect(
      result.values.filter((v) => v.indicator === 'fibre_households').every((v) => v.value <= households.get(v.code)!),
    ).toBe(true);
  });
});
