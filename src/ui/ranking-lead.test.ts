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
  createAreaResult('A', { indoor: { '5G': { viettel: [40, 30], vnpt: [40, 50] } } }),
  createAreaResult('B', { outdoor: { '5G': { mobifone: [10, 10] } } }),
];

describe('leadsOf', () => {
  it('gives each area its leading operators at the chosen level, with the operators present', () => {
    const leads = leadsOf(RESULTS, '5G', 'area', 'indoor');
    expect(leads.get('A')).toEqual({ operators: ['viettel', 'vnpt'], percent: 40, present: 2 });
  });

  it('gives an area no operator covers at that level an empty lead', () => {
    expect(leadsOf(RESULTS, '5G', 'area', 'indoor').get('B')).toEqual({ operators: [], percent: 0, present: 0 });
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
      'Số nhà mạng có công nghệ này',
      'Mức phủ sóng',
    ]);
  });

  it('writes the leading operator, its share, the operators present and the level on each row', () => {
    expect(last4(table.rows[0]!)).toEqual(['VNPT-VinaPhone', '50.00', '2', 'Trong nhà']);
  });

  it('leaves the lead empty where no operator covers the area', () => {
    expect(last4(table.rows[1]!)).toEqual(['', '', '0', 'Trong nhà']);
  });

  it('reads back with no row of the wrong length', () => {
    expect(table.issues).toEqual([]);
  });
});
