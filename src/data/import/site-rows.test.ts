import { describe, expect, test } from 'vitest';
import type { DataIssue } from '../../domain/report.js';
import { CoordinateReader } from './coordinates.js';
import { buildSiteRow, techFromBandsWarning, type RowContext } from './site-rows.js';
import type { SiteField } from './types.js';

function createContext(over: Partial<RowContext> = {}): RowContext {
  return {
    source: 's.csv',
    allowDecimalComma: true,
    coordinates: new CoordinateReader('wgs84'),
    sawDecimalComma: false,
    unguardFormulas: true,
    ...over,
  };
}

function createRow(over: Partial<Record<SiteField, string>> = {}): (field: SiteField) => unknown {
  const row: Partial<Record<SiteField, string>> = {
    id: 'A1',
    operator: 'Viettel',
    lng: '105,85',
    lat: '21,03',
    technologies: '4G',
    bands: '1800',
    azimuthsDeg: 'omni',
    ...over,
  };
  return (field) => row[field];
}

describe('buildSiteRow', () => {
  test('MHz bands, omni and decimal commas become what checkSites reads', () => {
    const result = buildSiteRow(createRow({ technologies: '4G/5G', bands: 'L1800; NR3500' }), 2, createContext());
    expect(result.ok && result.raw).toMatchObject({
      lng: 105.85,
      lat: 21.03,
      technologies: ['4G', '5G'],
      bands: ['B3', 'n78'],
      azimuthsDeg: [],
    });
  });

  test('a band of a technology the row does not list names the written label, its band and the column', () => {
    const result = buildSiteRow(
      createRow({ bands: '1800 3500' }),
      4,
      createContext({ columns: { bands: 'Băng tần' } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.rule, i.column, i.value, i.message, i.vi])).toEqual([
      [
        'site-band-technology',
        'Băng tần',
        '3500',
        's.csv: row 4 (id "A1"): band "3500" (n78) is 5G but the site\'s technologies are 4G — each band must belong to one of the site\'s technologies',
        's.csv: dòng 4 (mã "A1"): băng tần "3500" (n78) thuộc 5G nhưng công nghệ của trạm là 4G — mỗi băng tần phải thuộc một công nghệ của trạm',
      ],
    ]);
    expect(result.raw.bands).toEqual(['B3']);
  });

  test('every problem found while building, in order: bands, then dates and sample', () => {
    const both = buildSiteRow(
      createRow({ technologies: '4G 5G', bands: '700 2300', onAir: '31/02/2021', sample: 'maybe' }),
      3,
      createContext(),
    );
    expect(both.ok ? [] : both.issues.map((i) => [i.rule, i.column, i.value])).toEqual([
      ['site-band-ambiguous', 'bands', '700'],
      ['site-band-not-modelled', 'bands', '2300'],
      ['site-date-invalid', 'onAir', '31/02/2021'],
      ['site-sample-invalid', 'sample', 'maybe'],
    ]);
  });

  test('an empty technology cell takes the technologies of the bands, counted for one warning', () => {
    const ctx = createContext({ techFromBands: { count: 0, sample: [] } });
    const result = buildSiteRow(createRow({ technologies: '', bands: 'L1800 NR3500' }), 5, ctx);
    expect(result.ok && result.raw.technologies).toEqual(['4G', '5G']);
    expect(ctx.techFromBands).toEqual({ count: 1, sample: [5] });
    const warning = techFromBandsWarning('s.csv', ctx.techFromBands!, 'Công nghệ');
    expect([warning?.message, warning?.vi]).toEqual([
      's.csv: 1 row (5) took their technology from their bands: the "Công nghệ" cell is empty — a band names its technology (B3, L1800: 4G; n78, NR3500: 5G)',
      's.csv: 1 dòng (5) lấy công nghệ theo băng tần: ô "Công nghệ" để trống — mỗi băng tần cho biết công nghệ của nó (B3, L1800: 4G; n78, NR3500: 5G)',
    ]);
  });

  test("a held position rejects the row with the reader's message, first", () => {
    const held: DataIssue = {
      severity: 'error',
      rule: 'site-position-held',
      file: 's.csv',
      index: 6,
      key: 'A1',
      message: 'held',
    };
    const coordinates = { read: () => null, heldIssue: () => held } as unknown as CoordinateReader;
    const result = buildSiteRow(
      createRow({ lng: '588394', lat: '2326344', onAir: 'x' }),
      6,
      createContext({ coordinates }),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.rule)).toEqual(['site-position-held', 'site-date-invalid']);
  });
});
