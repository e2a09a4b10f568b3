import { describe, expect, it } from 'vitest';
import { parseCsv } from '../data/csv.js';
import { createAreaResult } from '../../test/support/area-result.js';
import { leadsOf, toCsvWithLead } from './ranking-lead.js';
import { rowsFrom, type CsvMeta } from './ranking.js';

const META: CsvMeta & { levelLabel: string } = {
  layoutLabel: 'Địa giới 2025',
  techLabel: '5G',
  opLabel: 'Mọi nhà mạng',
  basisLabel: 'Theo diện tích',
  sample: true,
  levelLabel: 'Trong nhà',
};

const RESULTS = [
  createAreaResult('A', { indoor: { '5G': { viettel: [55, 30], vnpt: [55, 50], mobifone: [49.99, 10] } } }),
  createAreaResult('B', { outdoor: { '5G': { mobifone: [10, 10] } } }),
];

describe('leadsOf', () => {
  it('gives each area its leading operators at the chosen level, with the operators covering half of it', () => {
    const leads = leadsOf(RESULTS, '5G', 'area', 'indoor');
    expect(leads.get('A')).toEqual({ operators: ['viettel', 'vnpt'], percent: 55, covering: 2 });
  });

  it('gives an area no operator covers at that level an empty lead', () => {
    expect(leadsOf(RESULTS, '5G', 'area', 'indoor').get('B')).toEqual({ operators: [], percent: 0, covering: 0 });
  });
});

describe('toCsvWithLead', () => {
  const rows = rowsFrom(RESULTS, new Map(), '5G', 'any', 'area', 'indoor');
  const csv = toCsvWithLead(rows, leadsOf(RESULTS, '5G', 'population', 'indoor'), 'vi', META);

  const table = parseCsv(csv, 'ranking.csv');
  const last4 = (row: Record<string, string>) => table.header.slice(-4).map((h) => row[h]);

  it('adds the lead columns to the ranked table header, keeping the byte-order mark', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(table.header.slice(-4)).toEqual([
      'Nhà mạng dẫn đầu',
      'Tỷ lệ của nhà mạng dẫn đầu (%)',
      'Số nhà mạng phủ công nghệ này trên ít nhất 50 % diện tích',
      'Mức phủ sóng',
    ]);
  });

  it('writes the leading operator, its share, the operators covering half the area and the level on each row', () => {
    expect(last4(table.rows[0]!)).toEqual(['VNPT-VinaPhone', '50.00', '2', 'Trong nhà']);
  });

  it('leaves the lead empty where no operator covers the area', () => {
    expect(last4(table.rows[1]!)).toEqual(['', '', '0', 'Trong nhà']);
  });

  it('reads back with no row of the wrong length', () => {
    expect(table.issues).toEqual([]);
  });
});
