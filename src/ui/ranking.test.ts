import { describe, expect, it } from 'vitest';
import { OPERATORS, TECHNOLOGIES } from '../domain/telecom.js';
import { OP_SETS, type AreaResult, type CoverageFigures, type OpSet } from '../analysis/engine/types.js';
import { parseCsv } from '../data/csv.js';
import { rowsFrom, sortRows, toCsv, type CsvMeta, type SortKey, type TableRow } from './ranking.js';

/** An area result where every combination has the same figures, except those given in `over`. */
function createResult(
  id: string,
  areaKm2: number,
  population: number,
  over: Partial<Record<'4G' | '5G', Partial<Record<OpSet, CoverageFigures>>>> = {},
): AreaResult {
  const coverage = {} as AreaResult['coverage'];
  const sites = {} as AreaResult['sites'];
  for (const tech of TECHNOLOGIES) {
    coverage[tech] = {} as Record<OpSet, CoverageFigures>;
    sites[tech] = {} as Record<OpSet, number>;
    OP_SETS.forEach((op, i) => {
      coverage[tech][op] = over[tech]?.[op] ?? { coveredKm2: 0, percent: 0, popCovered: 0, popPercent: 0 };
      sites[tech][op] = (tech === '5G' ? 100 : 0) + i;
    });
  }
  return {
    id,
    level: 'unit2025',
    areaKm2,
    population,
    sites,
    coverage,
    byLevel: { outdoor: coverage, indoor: coverage },
  };
}

function createRow(
  id: string,
  name: string,
  percent: number,
  uncoveredPopulation: number,
  areaKm2: number,
  nameEn = '',
): TableRow {
  return {
    level: 'unit2025',
    id,
    name,
    nameEn,
    areaKm2,
    population: 1000,
    percent,
    uncoveredPopulation,
    uncoveredKm2: 0,
    sites: 0,
  };
}

const META: CsvMeta = {
  layoutLabel: 'Địa giới từ 1/7/2025',
  techLabel: '5G',
  opLabel: 'Viettel',
  basisLabel: 'Dân số',
  sample: true,
};

describe('rowsFrom', () => {
  const results = [
    createResult('00070', 2, 1000, {
      '5G': { viettel: { coveredKm2: 1.5, percent: 75, popCovered: 900, popPercent: 90 } },
    }),
    createResult('00004', 10, 0),
  ];
  const names = new Map([['00070', { name: 'Phường Hoàn Kiếm', nameEn: 'Hoan Kiem Ward' }]]);

  it('takes the area percent, the uncovered figures and the site count of the technology and operator', () => {
    const [row] = rowsFrom(results, names, '5G', 'viettel', 'area');
    expect(row).toMatchObject({
      level: 'unit2025',
      id: '00070',
      name: 'Phường Hoàn Kiếm',
      nameEn: 'Hoan Kiem Ward',
      areaKm2: 2,
      population: 1000,
      sites: 100 + OPERATORS.indexOf('viettel'),
    });
    expect(row!.percent).toBeCloseTo(75, 9);
    expect(row!.uncoveredPopulation).toBeCloseTo(100, 9);
    expect(row!.uncoveredKm2).toBeCloseTo(0.5, 9);
  });

  it('takes the population percent on the population basis', () => {
    expect(rowsFrom(results, names, '5G', 'viettel', 'population')[0]!.percent).toBeCloseTo(90, 9);
  });

  it('names an area missing from the names by its id', () => {
    const row = rowsFrom(results, names, '4G', 'any', 'area')[1]!;
    expect([row.name, row.nameEn, row.percent, row.uncoveredPopulation, row.uncoveredKm2]).toEqual([
      '00004',
      '',
      0,
      0,
      10,
    ]);
  });
});

describe('sortRows', () => {
  const rows = [
    createRow('a', 'Đống Đa', 40, 500, 9.9),
    createRow('b', 'Ba Đình', 10, 900, 9.2),
    createRow('c', 'Cầu Giấy', 90, 100, 12.4),
    createRow('d', 'Hà Đông', 60, 300, 48.3),
  ];
  const cases: [SortKey, string[]][] = [
    ['percent', ['b', 'a', 'd', 'c']],
    ['uncoveredPopulation', ['c', 'd', 'a', 'b']],
    ['areaKm2', ['b', 'a', 'c', 'd']],
    ['name', ['b', 'c', 'a', 'd']],
  ];
  for (const [key, ascending] of cases) {
    it(`sorts by ${key} ascending`, () => {
      expect(sortRows(rows, key, 'asc', 'vi').map((r) => r.id)).toEqual(ascending);
    });
    it(`sorts by ${key} descending`, () => {
      expect(sortRows(rows, key, 'desc', 'vi').map((r) => r.id)).toEqual([...ascending].reverse());
    });
  }

  it('orders names as the Vietnamese alphabet does, tones after letters', () => {
    const names = ['Hà Đông', 'Đống Đa', 'Cầu Giấy', 'Bạch Mai', 'Ba Đình', 'Bà Triệu'];
    const sorted = sortRows(
      names.map((n, i) => createRow(String(i), n, 0, 0, 0)),
      'name',
      'asc',
      'vi',
    );
    expect(sorted.map((r) => r.name)).toEqual(['Ba Đình', 'Bà Triệu', 'Bạch Mai', 'Cầu Giấy', 'Đống Đa', 'Hà Đông']);
  });

  // Node 20's ICU: under 'vi', Đ is a letter after D and Ô after O; under 'en' they sort with D and O.
  it('puts Đ after every D and Ô after every O in Vietnamese, but not in English', () => {
    const names = ['Đông Anh', 'Dương Nội', 'Ô Chợ Dừa', 'Ong'];
    const rows = names.map((n, i) => createRow(String(i), n, 0, 0, 0, n));
    expect(sortRows(rows, 'name', 'asc', 'vi').map((r) => r.name)).toEqual([
      'Dương Nội',
      'Đông Anh',
      'Ong',
      'Ô Chợ Dừa',
    ]);
    expect(sortRows(rows, 'name', 'asc', 'en').map((r) => r.name)).toEqual([
      'Đông Anh',
      'Dương Nội',
      'Ô Chợ Dừa',
      'Ong',
    ]);
  });

  it('sorts English names in English', () => {
    const rows = [
      createRow('1', 'Phường Ô Chợ Dừa', 0, 0, 0, 'O Cho Dua Ward'),
      createRow('2', 'Phường Ba Đình', 0, 0, 0, 'Ba Dinh Ward'),
    ];
    expect(sortRows(rows, 'name', 'desc', 'en').map((r) => r.id)).toEqual(['1', '2']);
  });

  it('breaks ties by id, ascending in both directions', () => {
    const tied = [createRow('z', 'X', 50, 0, 1), createRow('m', 'X', 50, 0, 1), createRow('a', 'X', 50, 0, 1)];
    expect(sortRows(tied, 'percent', 'asc', 'vi').map((r) => r.id)).toEqual(['a', 'm', 'z']);
    expect(sortRows(tied, 'percent', 'desc', 'vi').map((r) => r.id)).toEqual(['a', 'm', 'z']);
    expect(sortRows(tied, 'name', 'desc', 'en').map((r) => r.id)).toEqual(['a', 'm', 'z']);
  });
});

describe('toCsv', () => {
  const rows = [
    {
      ...createRow('00070', 'Phường Hoàn Kiếm, "cũ"', 12.345678, 1234.4, 1.9091, 'Hoan Kiem Ward'),
      uncoveredKm2: 0.0004,
    },
    createRow('00004', 'Phường Ba Đình', 100, 0, 9.2),
  ];

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(rows, 'vi', META);
    expect(csv.startsWith('\uFEFFCấp,Mã,Tên,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('quotes a field with a comma or a quote and doubles its quotes', () => {
    expect(toCsv(rows, 'vi', META)).toContain(',"Phường Hoàn Kiếm, ""cũ""",Hoan Kiem Ward,');
  });

  it('writes numbers with a dot and fixed digits, and the context columns in every row', () => {
    const line = toCsv(rows, 'vi', META).split('\r\n')[1]!;
    expect(line).toContain(
      ',1.909,1000,12.35,1234,0.000,0,Địa giới từ 1/7/2025,5G,Viettel,Dân số,"Dữ liệu mẫu do dự án tạo ra, không phải dữ liệu thật của nhà mạng"',
    );
  });

  it('leaves the note empty for real data and translates the header', () => {
    const csv = toCsv(rows, 'en', { ...META, sample: false });
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFLevel,Code,Name,English name,Area (km²),Population,Covered (%),Population not covered,Area not covered (km²),Sites,Boundaries,Technology,Operator,Basis,Note',
    );
    expect(csv.split('\r\n')[2]!.endsWith(',Dân số,')).toBe(true);
  });

  it('keeps a name that starts like a formula from running', () => {
    const csv = toCsv([createRow('x', '=HYPERLINK("http://x")', 0, 0, 0)], 'en', META);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")",`);
  });

  it('reads back through parseCsv with the same names, diacritics and commas', () => {
    const table = parseCsv(toCsv(rows, 'vi', META), 'ranking.csv');
    expect(table.issues).toEqual([]);
    expect(table.header[0]).toBe('Cấp');
    expect(table.rows.map((r) => [r['Mã'], r['Tên'], r['Tên tiếng Anh'], r['Tỷ lệ phủ (%)'], r['Ghi chú']])).toEqual([
      [
        '00070',
        'Phường Hoàn Kiếm, "cũ"',
        'Hoan Kiem Ward',
        '12.35',
        'Dữ liệu mẫu do dự án tạo ra, không phải dữ liệu thật của nhà mạng',
      ],
      ['00004', 'Phường Ba Đình', '', '100.00', 'Dữ liệu mẫu do dự án tạo ra, không phải dữ liệu thật của nhà mạng'],
    ]);
    expect(Number(table.rows[0]!['Diện tích (km²)'])).toBeCloseTo(1.909, 9);
  });
});
