import { describe, expect, it } from 'vitest';
import { CITY_KEY, computeIndicators, type IndicatorGeography } from './indicators.js';
import type { IndicatorValue } from '../domain/indicators.js';

// Two districts (001: wards W1, W2; 002: ward W3) re-drawn as two 2025 units: U1 = W1 + half of W2, U2 = the
// other half of W2 + W3.
const GEO: IndicatorGeography = {
  areas: [
    { level: 'unit2025', code: 'U1', population: 1500, districtCode: null },
    { level: 'unit2025', code: 'U2', population: 3500, districtCode: null },
    { level: 'district2019', code: '001', population: 3000, districtCode: null },
    { level: 'district2019', code: '002', population: 2000, districtCode: null },
    { level: 'ward2019', code: 'W1', population: 1000, districtCode: '001' },
    { level: 'ward2019', code: 'W2', population: 1000, districtCode: '001' },
    { level: 'ward2019', code: 'W3', population: 3000, districtCode: '002' },
  ],
  overlaps: [
    { unit: 'U1', ward: 'W1', m2: 1e6, residents: 1000 },
    { unit: 'U1', ward: 'W2', m2: 4e5, residents: 500 },
    { unit: 'U2', ward: 'W2', m2: 4e5, residents: 500 },
    { unit: 'U2', ward: 'W3', m2: 3e6, residents: 3000 },
  ],
};
// W3 is 3,000 residents but district 002 says 2,000: the fixture's district figure is deliberately off, so the
// test shows district figures come from the wards, not from the district's own population.

const v = (
  indicator: string,
  level: IndicatorValue['level'],
  code: string,
  value: number,
  unit: string,
  date = '2024-12-31',
): IndicatorValue => ({
  indicator,
  level,
  layout: level === 'unit2025' ? '2025' : '2019',
  code,
  value,
  unit,
  date,
  source: 'test',
  derived: false,
});

describe('computeIndicators', () => {
  it('carries counts from 2019 wards to 2025 units by the overlay and keeps the city total', () => {
    const values = [
      v('households', 'ward2019', 'W1', 300, 'hộ'),
      v('households', 'ward2019', 'W2', 400, 'hộ'),
      v('households', 'ward2019', 'W3', 900, 'hộ'),
    ];
    const t = computeIndicators(values, GEO);
    const f = t.figures.households!;
    expect(f['unit2025|U1']).toMatchObject({ value: 500, from: 'overlay', derived: true, basisShare: 1 });
    expect(f['unit2025|U2']).toMatchObject({ value: 1100, from: 'overlay', derived: true });
    expect(f['district2019|001']).toMatchObject({ value: 700, from: 'wards', derived: true });
    expect(f['district2019|002']!.value).toBe(900);
    expect(f['unit2025|U1']!.value + f['unit2025|U2']!.value).toBe(1600);
    expect(t.summaries[0]!.city).toMatchObject({ value: 1600, derived: true });
    expect(t.summaries[0]!.counts).toEqual({ unit2025: 2, district2019: 2, ward2019: 3 });
  });

  it('averages percentages weighted by the residents each ward puts in the unit', () => {
    const values = [
      v('fibre_households_pct', 'ward2019', 'W1', 90, '%'),
      v('fibre_households_pct', 'ward2019', 'W2', 60, '%'),
      v('fibre_households_pct', 'ward2019', 'W3', 100, '%'),
    ];
    const t = computeIndicators(values, GEO);
    const f = t.figures.fibre_households_pct!;
    expect(f['unit2025|U1']!.value).toBeCloseTo((90 * 1000 + 60 * 500) / 1500, 12);
    expect(f['unit2025|U2']!.value).toBeCloseTo((60 * 500 + 100 * 3000) / 3500, 12);
    // The city's resident-weighted mean is the same from the units as from the wards.
    const wards = (90 * 1000 + 60 * 1000 + 100 * 3000) / 5000;
    expect(t.summaries[0]!.city!.value).toBeCloseTo(wards, 12);
    expect(t.summaries[0]!.target).toEqual({ value: 100, year: 2025 });
    expect(t.summaries[0]!.pass).toBe(false);
  });

  it('keeps a loaded 2025 figure over a carried one, and reports the share of residents behind a partial figure', () => {
    const values = [
      v('households', 'unit2025', 'U1', 777, 'hộ', '2026-06-30'),
      v('households', 'ward2019', 'W2', 400, 'hộ'),
    ];
    const f = computeIndicators(values, GEO).figures.households!;
    expect(f['unit2025|U1']).toMatchObject({ value: 777, from: 'loaded', derived: false, basisShare: 1 });
    // U2 only has W2's half: 200 households, behind 500 of its 3,500 residents.
    expect(f['unit2025|U2']!.value).toBe(200);
    expect(f['unit2025|U2']!.basisShare).toBeCloseTo(500 / 3500, 12);
  });

  it('computes fibre % from the counts and IoT per person from the connections and residents', () => {
    const values = [
      v('fibre_households', 'unit2025', 'U1', 450, 'hộ'),
      v('households', 'unit2025', 'U1', 500, 'hộ'),
      v('fibre_households', 'unit2025', 'U2', 1100, 'hộ'),
      v('households', 'unit2025', 'U2', 1100, 'hộ'),
      v('iot_connections', 'unit2025', 'U1', 3000, 'kết nối'),
      v('iot_connections', 'unit2025', 'U2', 1750, 'kết nối'),
    ];
    const t = computeIndicators(values, GEO);
    expect(t.figures.fibre_households_pct!['unit2025|U1']).toMatchObject({
      value: 90,
      from: 'computed',
      derived: true,
    });
    expect(t.figures.fibre_households_pct!['unit2025|U2']!.value).toBe(100);
    // The city's % from the city's counts: 1,550 of 1,600 households.
    expect(t.figures.fibre_households_pct![CITY_KEY]!.value).toBeCloseTo((100 * 1550) / 1600, 12);
    expect(t.figures.iot_per_person!['unit2025|U1']!.value).toBe(2);
    expect(t.figures.iot_per_person!['unit2025|U2']!.value).toBe(0.5);
    const iot = t.summaries.find((s) => s.id === 'iot_per_person')!;
    expect(iot.city!.value).toBe(4750 / 5000);
    expect(iot.pass).toBe(false);
  });

  it('takes the latest figure on or before the date, and nothing before the first', () => {
    const values = [
      v('households', 'unit2025', 'U1', 100, 'hộ', '2023-12-31'),
      v('households', 'unit2025', 'U1', 120, 'hộ', '2025-12-31'),
    ];
    expect(computeIndicators(values, GEO, '2024-06-30').figures.households!['unit2025|U1']!.value).toBe(100);
    expect(computeIndicators(values, GEO, null).figures.households!['unit2025|U1']!.value).toBe(120);
    expect(computeIndicators(values, GEO, '2023-01-01').summaries).toEqual([]);
  });

  it('carries district figures to units where no ward has one', () => {
    const t = computeIndicators(
      [
        v('population_served', 'district2019', '001', 3000, 'người'),
        v('population_served', 'district2019', '002', 2000, 'người'),
      ],
      GEO,
    );
    const f = t.figures.population_served!;
    // U1 holds 1,500 of district 001's 2,000 residents in the overlay, U2 the other 500 and all of 002.
    expect(f['unit2025|U1']!.value).toBeCloseTo(3000 * 0.75, 9);
    expect(f['unit2025|U2']!.value).toBeCloseTo(3000 * 0.25 + 2000, 9);
    expect(t.summaries[0]!.city!.value).toBeCloseTo(5000, 9);
  });
});
