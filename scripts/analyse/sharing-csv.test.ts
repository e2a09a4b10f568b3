import { describe, expect, it } from 'vitest';
import type { SharingTable } from '../../src/analysis/sharing.js';
import { SHARING_COLUMNS, sharingCsv } from './sharing-csv.js';

/** The city with two 2025 units: one with a shared tower among three, one with no tower. */
function createTable(): SharingTable {
  return {
    city: { sites: 7, towers: 3, sharedTowers: 1, sitesOnShared: 3, operatorTowers: 5 },
    areas: {
      'unit2025|00004': { sites: 7, towers: 3, sharedTowers: 1, sitesOnShared: 3, operatorTowers: 5 },
      'ward2019|00004': { sites: 1, towers: 1, sharedTowers: 0, sitesOnShared: 0, operatorTowers: 1 },
    },
  };
}

describe('sharing.csv', () => {
  it('starts with a byte-order mark and the header, rows ending in CRLF', () => {
    expect(sharingCsv([], createTable())).toBe(`\uFEFF${SHARING_COLUMNS.join(',')}\r\n`);
    expect(SHARING_COLUMNS.slice(0, 5).join(',')).toBe('level,code,sites,towers,shared_towers');
  });

  it('writes a row per area in the given order, codes with their leading zeros, zeros for an area without towers', () => {
    const text = sharingCsv(
      [
        { level: 'city', code: '01' },
        { level: 'unit2025', code: '00004' },
        { level: 'unit2025', code: '00070' },
        { level: 'ward2019', code: '00004' },
        { level: 'zone', code: '=cmd' },
      ],
      createTable(),
    );
    expect(text.slice(1).split('\r\n')).toEqual([
      'level,code,sites,towers,shared_towers,sites_on_shared_towers,shared_sites_pct,operators_per_tower',
      'city,01,7,3,1,3,42.86,1.667',
      'unit2025,00004,7,3,1,3,42.86,1.667',
      'unit2025,00070,0,0,0,0,,',
      'ward2019,00004,1,1,0,0,0.00,1.000',
      "zone,'=cmd,0,0,0,0,,",
      '',
    ]);
  });
});
