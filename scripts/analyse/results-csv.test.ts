import { describe, expect, it } from 'vitest';
import type { AreaResult, CoverageFigures } from '../../src/analysis/engine/types.js';
import { areaRows, csvNumber, csvText, resultsCsv, RESULTS_COLUMNS } from './results-csv.js';

function createFigures(percent: number): CoverageFigures {
  return { coveredKm2: (percent / 100) * 2.94634, percent, popCovered: (49534 * percent) / 100, popPercent: percent };
}

/** A 2025 unit with 4G everywhere for Viettel and nothing else. */
function createAreaResult(): AreaResult {
  const ops = (p: number) => ({
    viettel: createFigures(p),
    vnpt: createFigures(0),
    mobifone: createFigures(0),
    vietnamobile: createFigures(0),
    any: createFigures(p),
  });
  const sites = (n: number) => ({ viettel: n, vnpt: 0, mobifone: 0, vietnamobile: 0, any: n });
  const coverage = { '4G': ops(100), '5G': ops(12.345) };
  return {
    id: '00004',
    level: 'unit2025',
    areaKm2: 2.94634,
    population: 49533.6,
    sites: { '4G': sites(3), '5G': sites(0) },
    coverage,
    byLevel: { outdoor: coverage, indoor: { '4G': ops(50), '5G': ops(1.5) } },
  };
}

describe('results.csv', () => {
  it('starts with a byte-order mark and the header, rows ending in CRLF', () => {
    const text = resultsCsv([]);
    expect(text).toBe(`\uFEFF${RESULTS_COLUMNS.join(',')}\r\n`);
    expect(RESULTS_COLUMNS.join(',')).toBe(
      'level,code,name,technology,operator,area_km2,covered_km2,covered_pct,population,population_covered,sites,coverage_level',
    );
  });

  it('writes one row per technology and operator set, codes with their leading zeros, fixed decimals', () => {
    const rows = areaRows({ level: 'unit2025', code: '00004', name: 'Phường Ba Đình', result: createAreaResult() });
    expect(rows).toHaveLength(10);
    expect(rows[0]).toBe('unit2025,00004,Phường Ba Đình,4G,viettel,2.9463,2.9463,100.00,49534,49534,3,outdoor');
    expect(rows[4]).toBe('unit2025,00004,Phường Ba Đình,4G,any,2.9463,2.9463,100.00,49534,49534,3,outdoor');
    expect(rows[5]).toBe('unit2025,00004,Phường Ba Đình,5G,viettel,2.9463,0.3637,12.35,49534,6115,0,outdoor');
    expect(rows.map((r) => r.split(',')[4])).toEqual([
      'viettel',
      'vnpt',
      'mobifone',
      'vietnamobile',
      'any',
      'viettel',
      'vnpt',
      'mobifone',
      'vietnamobile',
      'any',
    ]);
  });

  it('writes the indoor figures on indoor rows', () => {
    const rows = areaRows(
      { level: 'unit2025', code: '00004', name: 'Phường Ba Đình', result: createAreaResult() },
      'indoor',
    );
    expect(rows[0]).toBe('unit2025,00004,Phường Ba Đình,4G,viettel,2.9463,1.4732,50.00,49534,24767,3,indoor');
  });

  it('writes the whole table outdoors, then indoors', () => {
    const area = { level: 'unit2025' as const, code: '00004', name: 'Phường Ba Đình', result: createAreaResult() };
    const at = resultsCsv([area, area])
      .split('\r\n')
      .slice(1, -1)
      .map((r) => r.split(',').at(-1));
    expect(at).toEqual([...Array<string>(20).fill('outdoor'), ...Array<string>(20).fill('indoor')]);
  });

  it('quotes names with commas and quotes, and guards against spreadsheet formulas', () => {
    expect(csvText('Bệnh viện "A", cơ sở 2')).toBe('"Bệnh viện ""A"", cơ sở 2"');
    expect(csvText('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvText('00004')).toBe('00004');
  });

  it('writes numbers with a dot, never as -0, and empty when not finite', () => {
    expect(csvNumber(1234.56789, 2)).toBe('1234.57');
    expect(csvNumber(-0.0001, 2)).toBe('0.00');
    expect(csvNumber(Number.NaN, 2)).toBe('');
  });
});
