/**
 * OpenCelliD rows that do not become a cell of their own: exact repeats, one cell listed twice or at two positions,
 * and rows left out of scope (other country, other network, 2G/3G radio), each reported in both languages.
 */
import { describe, expect, test } from 'vitest';
import { collect } from '../../../test/support/opencellid-cells.js';
import { issueTexts } from '../../../test/support/import-fixtures.js';

describe('repeats and conflicts', () => {
  test('an exact duplicate row is dropped with a warning naming the first row', () => {
    const { rows, rowWarnings, collector } = collect([{}, { cell: 25601 }, {}]);
    expect([rows.length, collector.leftOut, collector.merged]).toEqual([1, 1, 1]);
    expect(issueTexts(rowWarnings)).toEqual([
      [
        'c.csv: row 4 (id "ocid-04-10001-25600"): repeats row 2 exactly: dropped — an exact duplicate adds no cell',
        'c.csv: dòng 4 (mã "ocid-04-10001-25600"): lặp lại y hệt dòng 2: đã bỏ — dòng trùng y hệt không thêm ô nào',
      ],
    ]);
  });

  test('one cell at two positions is an error naming both rows; the first is kept', () => {
    const { rows, collector } = collect([{}, { lon: 105.86 }]);
    expect(rows.map((r) => [r.n, r.raw.lng])).toEqual([[2, 105.85]]);
    expect(collector.rejected.map((i) => [i.rule, i.index, i.message, i.vi])).toEqual([
      [
        'ocid-cell-conflict',
        3,
        'c.csv: row 3 (id "ocid-04-10001-25600"): cell 452-04-10001-25600 (LTE) is at [105.86, 21.03], but row 2 puts it at [105.85, 21.03] — one cell has one position: row 2 is kept, this row is rejected',
        'c.csv: dòng 3 (mã "ocid-04-10001-25600"): ô 452-04-10001-25600 (LTE) nằm ở [105.86, 21.03] nhưng dòng 2 đặt nó ở [105.85, 21.03] — một ô chỉ có một vị trí: giữ dòng 2, bỏ dòng này',
      ],
    ]);
  });

  test('one cell listed twice at one position with other fields changed is dropped with a warning', () => {
    const { rowWarnings, collector } = collect([{}, { samples: 9 }]);
    expect([collector.leftOut, ...issueTexts(rowWarnings)]).toEqual([
      1,
      [
        'c.csv: row 3 (id "ocid-04-10001-25600"): cell 452-04-10001-25600 (LTE) is listed again at the position of row 2: dropped — one cell is one row; the first is kept',
        'c.csv: dòng 3 (mã "ocid-04-10001-25600"): ô 452-04-10001-25600 (LTE) được liệt kê lại ở cùng vị trí với dòng 2: đã bỏ — mỗi ô một dòng; giữ dòng đầu',
      ],
    ]);
  });

  test('an LTE and an NR cell with the same numbers are two cells', () => {
    expect(collect([{}, { radio: 'NR' }]).collector.rejected).toEqual([]);
  });
});

describe('rows left out, per row in both languages', () => {
  const { rowWarnings, collector } = collect([{ mcc: 310 }, { net: 7 }, { radio: 'UMTS' }]);

  test('each names the column and the value', () => {
    expect(rowWarnings.map((w) => [w.severity, w.rule, w.index, w.column, w.value])).toEqual([
      ['warning', 'ocid-mcc-other', 2, 'mcc', '310'],
      ['warning', 'ocid-network-other', 3, 'net', '7'],
      ['warning', 'ocid-radio-not-4g5g', 4, 'radio', 'UMTS'],
    ]);
    expect(collector.leftOut).toBe(3);
  });

  test('Vietnamese texts', () => {
    expect(rowWarnings.map((w) => w.vi)).toEqual([
      'c.csv: dòng 2 (mã "ocid-04-10001-25600"): mcc "310" không phải của Việt Nam: bỏ qua dòng này — chỉ nhập mạng của Việt Nam (MCC 452)',
      'c.csv: dòng 3 (mã "ocid-07-10001-25600"): net "7" (Gmobile) không thuộc bốn nhà mạng: bỏ qua dòng này — mã mạng phải là 01 MobiFone, 02 VinaPhone, 04 Viettel hoặc 05 Vietnamobile',
      'c.csv: dòng 4 (mã "ocid-04-10001-25600"): radio "UMTS" không phải 4G hay 5G: bỏ qua dòng này — chỉ nhập ô LTE (4G) và NR (5G)',
    ]);
  });
});
