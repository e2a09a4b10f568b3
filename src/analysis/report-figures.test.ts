import { describe, expect, it } from 'vitest';
import { figureAreas, operatorsWith5g, sharingRows, type OperatorRow } from './report-figures.js';
import { NO_SHARING, type SharingTable } from './sharing.js';

const createTable = (areas: SharingTable['areas'], towers = 3): SharingTable => ({
  city: { ...NO_SHARING, towers, sites: towers },
  areas,
});

describe('figureAreas', () => {
  it('puts the city first and leaves the 2019 wards out', () => {
    const areas = figureAreas([
      { level: 'district2019', id: '001', name: 'Quận Ba Đình' },
      { level: 'ward2019', id: '00001', name: 'Phường Phúc Xá' },
    ]);
    expect(areas.map((a) => a.id)).toEqual(['city', '001']);
  });
});

describe('sharingRows', () => {
  it('gives an area without towers zero figures on both dates', () => {
    const [, row] = sharingRows(
      createTable({}),
      createTable({}),
      figureAreas([{ level: 'unit2025', id: 'A', name: 'A' }]),
    );
    expect(row!.now).toEqual(NO_SHARING);
    expect(row!.before).toEqual(NO_SHARING);
  });

  it('reads the city from the tables city figures', () => {
    const [city] = sharingRows(createTable({}, 7), createTable({}, 5), figureAreas([]));
    expect([city!.now.towers, city!.before.towers]).toEqual([7, 5]);
  });

  it('reads an area by its level and code', () => {
    const figures = { ...NO_SHARING, towers: 2, sharedTowers: 1, sites: 3, sitesOnShared: 2, operatorTowers: 3 };
    const [, row] = sharingRows(
      createTable({ 'unit2025|A': figures }),
      createTable({}),
      figureAreas([{ level: 'unit2025', id: 'A', name: 'A' }]),
    );
    expect(row!.now).toEqual(figures);
  });
});

describe('operatorsWith5g', () => {
  it('counts the operators whose 5G covers at least half the area', () => {
    const lead = { operators: [], percent: 0 };
    const row = {
      comparison: {
        '4G': { area: lead, population: lead, covering: ['viettel'] },
        '5G': { area: lead, population: lead, covering: ['viettel', 'vnpt'] },
      },
    } as unknown as OperatorRow;
    expect(operatorsWith5g(row)).toBe(2);
  });
});
