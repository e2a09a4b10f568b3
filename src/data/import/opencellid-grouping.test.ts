/**
 * Grouping of OpenCelliD cells into sites (`opencellid-grouping.ts`): by eNodeB id, by gNodeB id, by distance, LTE
 * and NR of one mast, far cells of one node, and the grouping note.
 */
import { describe, expect, test } from 'vitest';
import { collect } from '../../../test/support/opencellid-cells.js';
import { issueTexts } from '../../../test/support/import-fixtures.js';

describe('grouping', () => {
  test('LTE cells are grouped by operator and eNodeB id (cell ÷ 256), whatever their area code', () => {
    const { rows, collector } = collect([
      { cell: 25600, lon: 105.85 },
      { cell: 25601, lon: 105.853, area: 10002 },
      { cell: 25602, lon: 105.856 },
      { cell: 25600, net: 2 },
      { cell: 25856, lon: 105.85 },
    ]);
    expect(rows.map((r) => [r.n, r.raw.id, r.raw.lng])).toEqual([
      [2, 'ocid-04-enb-100', 105.853],
      [5, 'ocid-02-enb-100', 105.85],
      [6, 'ocid-04-enb-101', 105.85],
    ]);
    expect([collector.grouping, collector.merged]).toEqual([
      { byEnb: { sites: 3, cells: 5 }, byGnb: { sites: 0, cells: 0 }, byDistance: { sites: 0, cells: 0 }, farCells: 0 },
      2,
    ]);
  });

  test("NR cells are grouped by gNodeB id, NCI ÷ 4096 (24-bit gNB id), with the operator's NR band", () => {
    const gnb = 5000 * 4096;
    const { rows, collector } = collect([
      { radio: 'NR', cell: gnb + 1 },
      { radio: 'NR', cell: gnb + 2, lat: 21.031 },
      { radio: 'NR', cell: gnb + 4096, net: 2 },
    ]);
    expect(rows.map((r) => [r.raw.id, r.raw.technologies, r.raw.bands, r.raw.lat])).toEqual([
      ['ocid-04-gnb-5000', ['5G'], ['n41'], 21.0305],
      ['ocid-02-gnb-5001', ['5G'], ['n78'], 21.03],
    ]);
    expect(collector.grouping.byGnb).toEqual({ sites: 2, cells: 3 });
  });

  test("cells whose id names no node are grouped by distance: within 30 m of a site's first cell", () => {
    const { rows, collector } = collect([
      { cell: 7 },
      { cell: 8, lat: 21.03015 },
      { cell: 9, lat: 21.031 },
      { radio: 'NR', cell: 12, lat: 21.0301 },
    ]);
    expect(rows.map((r) => [r.n, r.raw.id, r.raw.technologies])).toEqual([
      [2, 'ocid-04-10001-7', ['4G', '5G']],
      [4, 'ocid-04-10001-9', ['4G']],
    ]);
    expect(collector.grouping.byDistance).toEqual({ sites: 2, cells: 4 });
  });

  test("an NR gNodeB's first cell within 30 m of an LTE eNodeB's site is the same mast; a second eNodeB there is not", () => {
    const { rows } = collect([
      { cell: 25600 },
      { radio: 'NR', cell: 4096, lat: 21.0301 },
      { cell: 25856, lat: 21.0301 },
    ]);
    expect(rows.map((r) => [r.raw.id, r.raw.technologies])).toEqual([
      ['ocid-04-enb-100', ['4G', '5G']],
      ['ocid-04-enb-101', ['4G']],
    ]);
  });

  test("a cell more than 2 km from its eNodeB's first cell is a conflict: reported and grouped by distance", () => {
    const { rows, rowWarnings, collector } = collect([{ cell: 25600 }, { cell: 25601, lon: 105.88 }]);
    expect(rows.map((r) => r.raw.id)).toEqual(['ocid-04-enb-100', 'ocid-04-10001-25601']);
    expect(issueTexts(rowWarnings)).toEqual([
      [
        'c.csv: row 3 (id "ocid-04-10001-25601"): eNodeB 100 of 452-04 lies 3.1 km from row 2, its first cell: grouped by distance instead — cells of one eNodeB more than 2000 m apart are a conflict, not one site',
        'c.csv: dòng 3 (mã "ocid-04-10001-25601"): eNodeB 100 của 452-04 cách dòng 2, ô đầu tiên của nó, 3,1 km: gộp theo khoảng cách thay vào đó — các ô của một eNodeB cách nhau hơn 2000 m là mâu thuẫn, không phải một trạm',
      ],
    ]);
    expect(collector.grouping.farCells).toBe(1);
  });

  test('the grouping note names each way in both languages', () => {
    const { warnings } = collect([
      { cell: 25600 },
      { cell: 25601 },
      { radio: 'NR', cell: 4096, lat: 21.04 },
      { cell: 5, lon: 105.9 },
    ]);
    expect(issueTexts(warnings.filter((w) => w.rule === 'ocid-cells-grouped'))).toEqual([
      [
        'c.csv: 4 cells grouped into 3 sites (sites started by eNodeB id 1, by gNodeB id 1, by distance 1; cells placed by eNodeB id 2, by gNodeB id 1, by distance 1) — LTE cells of one eNodeB (cell id ÷ 256) are one site, NR cells of one gNodeB (cell id ÷ 4096, an assumed 24-bit gNB id) are one site, other cells join a site of their operator whose first cell lies within 30 m',
        'c.csv: 4 ô được gộp thành 3 trạm (trạm lập theo mã eNodeB 1, theo mã gNodeB 1, theo khoảng cách 1; ô xếp theo mã eNodeB 2, theo mã gNodeB 1, theo khoảng cách 1) — các ô LTE cùng một eNodeB (mã ô ÷ 256) là một trạm, các ô NR cùng một gNodeB (mã ô ÷ 4096, giả định mã gNB dài 24 bit) là một trạm, các ô khác nhập vào trạm cùng nhà mạng có ô đầu tiên cách không quá 30 m',
      ],
    ]);
  });
});
