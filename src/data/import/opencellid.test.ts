import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteRangeM } from '../../analysis/coverage/model.js';
import { CoordinateReader } from './coordinates.js';
import { importSitesText } from './import-sites.js';
import { OCID_DEFAULT_BANDS, type OcidBandTable } from './opencellid-bands.js';
import { OPENCELLID_COLUMNS, OpenCellIdCollector, type OcidOptions } from './opencellid.js';

const readFixture = (file: string): string => readFileSync(`test/fixtures/import/${file}`, 'utf8');

type CellRow = Partial<Record<(typeof OPENCELLID_COLUMNS)[number], string | number>>;
const DEFAULT_CELL: Required<CellRow> = {
  radio: 'LTE',
  mcc: 452,
  net: 4,
  area: 10001,
  cell: 25600,
  unit: 0,
  lon: 105.85,
  lat: 21.03,
  range: 1000,
  samples: 5,
  changeable: 1,
  created: 1500000000,
  updated: 1600000000,
  averageSignal: 0,
};
/** One export line: the default cell with some fields changed. */
const createRow = (cell: CellRow): string =>
  OPENCELLID_COLUMNS.map((c) => String(cell[c] ?? DEFAULT_CELL[c])).join(',');
/** An export with its header. */
const createExport = (cells: CellRow[]): string => [OPENCELLID_COLUMNS.join(','), ...cells.map(createRow)].join('\n');

/** Runs rows through a collector directly (the header is row 1, so the first cell is row 2). */
function collect(cells: CellRow[], options: OcidOptions = { footprint: 'model' }) {
  const collector = new OpenCellIdCollector('c.csv', new CoordinateReader('auto'), options);
  cells.forEach((cell, i) => collector.add(createRow(cell).split(','), i + 2));
  const { rows, warnings } = collector.finish();
  return { rows, warnings, collector, rowWarnings: warnings.filter((w) => w.index !== null) };
}
const messages = (issues: readonly { message: string; vi?: string }[]) => issues.map((i) => [i.message, i.vi]);

describe('OpenCelliD export with mixed MCC, MNC and radio', () => {
  const source = 'opencellid-mixed.csv';
  const { sites, report } = importSitesText(readFixture(source), { source });

  test('LTE cells of one eNodeB are one site at their mean position; an NR cell without a usable id joins by distance', () => {
    expect(sites.map((s) => [s.id, s.operator, s.lng, s.lat, s.technologies, s.bands])).toEqual([
      ['ocid-04-enb-3', 'viettel', 105.8525375, 21.030025, ['4G', '5G'], ['B3', 'n41']],
      ['ocid-02-enb-11', 'vnpt', 105.8501, 21.03, ['4G'], ['B3']],
      ['ocid-01-enb-15', 'mobifone', 105.8, 21, ['4G'], ['B3']],
      ['ocid-05-enb-19', 'vietnamobile', 105.81, 21.01, ['4G'], ['B3']],
    ]);
  });

  test('unknown fields stay unknown: default height, omni, no on-air date, modelled range', () => {
    expect(sites[0]).toMatchObject({
      heightM: 30,
      azimuthsDeg: [],
      onAir: null,
      onAir5g: null,
      rangeM: null,
      sample: false,
    });
  });

  test('file-level notes and summaries come first, then one warning per row left out', () => {
    expect(report.warnings.map((i) => [i.rule, i.index, i.message])).toEqual([
      [
        'ocid-footprint',
        null,
        'opencellid-mixed.csv: footprints are modelled from the band implied by radio and operator (LTE: B3 1800 MHz (all four operators); NR: n41 2600 MHz (viettel), n78 3500 MHz (vnpt, mobifone), none (vietnamobile)) — OpenCelliD names no band; the table is in opencellid-bands.ts',
      ],
      [
        'ocid-created-not-on-air',
        null,
        'opencellid-mixed.csv: created is when OpenCelliD first heard of a cell, not when it went on air: on-air dates are left unknown — an on-air date must come from the operator',
      ],
      [
        'ocid-cells-grouped',
        null,
        'opencellid-mixed.csv: 8 cells grouped into 5 sites (sites started by eNodeB id 4, by gNodeB id 0, by distance 1; cells placed by eNodeB id 6, by gNodeB id 0, by distance 2) — LTE cells of one eNodeB (cell id ÷ 256) are one site, NR cells of one gNodeB (cell id ÷ 4096, an assumed 24-bit gNB id) are one site, other cells join a site of their operator whose first cell lies within 30 m',
      ],
      [
        'ocid-mcc-other',
        null,
        "opencellid-mixed.csv: 2 rows of other countries' networks left out (310: 1, 262: 1) — only Vietnam's networks (MCC 452) are imported",
      ],
      [
        'ocid-network-other',
        null,
        'opencellid-mixed.csv: 2 rows of networks that are not one of the four operators left out (452-07 Gmobile: 1, 452-08: 1) — the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile',
      ],
      [
        'ocid-radio-not-4g5g',
        null,
        'opencellid-mixed.csv: 2 rows of GSM, UMTS or CDMA cells left out (GSM: 1, UMTS: 1) — only LTE (4G) and NR (5G) cells are imported',
      ],
      [
        'ocid-network-other',
        9,
        'opencellid-mixed.csv: row 9 (id "ocid-07-50001-6001"): net "7" (Gmobile) is not one of the four operators: the row is left out — the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile',
      ],
      [
        'ocid-network-other',
        10,
        'opencellid-mixed.csv: row 10 (id "ocid-08-50001-6002"): net "8" is not one of the four operators: the row is left out — the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile',
      ],
      [
        'ocid-radio-not-4g5g',
        11,
        'opencellid-mixed.csv: row 11 (id "ocid-04-10001-7001"): radio "GSM" is not 4G or 5G: the row is left out — only LTE (4G) and NR (5G) cells are imported',
      ],
      [
        'ocid-radio-not-4g5g',
        12,
        'opencellid-mixed.csv: row 12 (id "ocid-01-30001-7002"): radio "UMTS" is not 4G or 5G: the row is left out — only LTE (4G) and NR (5G) cells are imported',
      ],
      [
        'ocid-mcc-other',
        13,
        'opencellid-mixed.csv: row 13 (id "ocid-260-1-1"): mcc "310" is not Vietnam\'s: the row is left out — only Vietnam\'s networks (MCC 452) are imported',
      ],
      [
        'ocid-mcc-other',
        14,
        'opencellid-mixed.csv: row 14 (id "ocid-01-1-1"): mcc "262" is not Vietnam\'s: the row is left out — only Vietnam\'s networks (MCC 452) are imported',
      ],
      [
        'ocid-node-far',
        16,
        'opencellid-mixed.csv: row 16 (id "ocid-04-10001-1004"): eNodeB 3 of 452-04 lies 1144.7 km from row 2, its first cell: grouped by distance instead — cells of one eNodeB more than 2000 m apart are a conflict, not one site',
      ],
    ]);
  });

  test('bad rows are errors with the column and value', () => {
    const own = (i: (typeof report.rejected)[number]) =>
      i.rule.startsWith('site-') ? [] : [i.column ?? null, i.value ?? null]; // checkSites' details are its own
    expect(report.rejected.map((i) => [i.rule, i.index, ...own(i), i.message])).toEqual([
      [
        'ocid-value-invalid',
        15,
        'cell',
        'x',
        'opencellid-mixed.csv: row 15: cell "x" is not a whole number — OpenCelliD rows need whole numbers in mcc, net, area and cell, and numbers in lon and lat',
      ],
      [
        'site-coordinate-outside',
        16,
        'opencellid-mixed.csv: row 16 (id "ocid-04-10001-1004"): position [106.7, 10.78] is outside Hà Nội — a site must lie in or near Hà Nội (lon 105.2–106.1, lat 20.5–21.5)',
      ],
      [
        'csv-field-count',
        17,
        null,
        '3',
        'opencellid-mixed.csv: row 17: 3 fields, expected 14 as in the OpenCelliD format — every row must have as many fields as the header (RFC 4180)',
      ],
      [
        'ocid-value-invalid',
        18,
        'radio',
        'WIFI',
        'opencellid-mixed.csv: row 18 (id "ocid-04-10001-1005"): radio "WIFI" is unknown — radio must be GSM, UMTS, CDMA, LTE or NR',
      ],
    ]);
  });

  test('every row is accounted for: accepted + rejected + left out + merged', () => {
    const { rows, accepted, rejectedRows, leftOut, merged, format, mapping } = report;
    expect([format, mapping, rows, accepted + rejectedRows + leftOut + merged]).toEqual(['opencellid', null, 17, 17]);
  });
});

test('an OpenCelliD export without header is recognised by its first row, numbered from row 1', () => {
  const { sites, report } = importSitesText(readFixture('opencellid-noheader.csv'), { source: 'n.csv' });
  expect(sites.map((s) => [s.id, s.technologies, s.onAir, s.onAir5g])).toEqual([
    ['ocid-04-enb-3', ['4G', '5G'], null, null],
  ]);
  expect([report.format, report.rows, report.leftOut, report.merged, report.coordinates.reason]).toEqual([
    'opencellid',
    3,
    1,
    1,
    'every position is within ±1000 (first: row 1: 105.85, 21.03), so read as WGS84 [lng, lat] degrees',
  ]);
});

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
    expect(messages(rowWarnings)).toEqual([
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
    expect(messages(warnings.filter((w) => w.rule === 'ocid-cells-grouped'))).toEqual([
      [
        'c.csv: 4 cells grouped into 3 sites (sites started by eNodeB id 1, by gNodeB id 1, by distance 1; cells placed by eNodeB id 2, by gNodeB id 1, by distance 1) — LTE cells of one eNodeB (cell id ÷ 256) are one site, NR cells of one gNodeB (cell id ÷ 4096, an assumed 24-bit gNB id) are one site, other cells join a site of their operator whose first cell lies within 30 m',
        'c.csv: 4 ô được gộp thành 3 trạm (trạm lập theo mã eNodeB 1, theo mã gNodeB 1, theo khoảng cách 1; ô xếp theo mã eNodeB 2, theo mã gNodeB 1, theo khoảng cách 1) — các ô LTE cùng một eNodeB (mã ô ÷ 256) là một trạm, các ô NR cùng một gNodeB (mã ô ÷ 4096, giả định mã gNB dài 24 bit) là một trạm, các ô khác nhập vào trạm cùng nhà mạng có ô đầu tiên cách không quá 30 m',
      ],
    ]);
  });
});

describe('footprint from range', () => {
  const range = { footprint: 'range' } as const;

  test("a site's range is the largest of its cells'; bands are still set", () => {
    const { rows } = collect(
      [
        { cell: 25600, range: 500 },
        { cell: 25601, range: 1200.5 },
      ],
      range,
    );
    expect([rows[0]!.raw.rangeM, rows[0]!.raw.bands]).toEqual([1200.5, ['B3']]);
  });

  test('empty, non-numeric, zero and negative ranges are row errors with the value', () => {
    const { rows, collector } = collect([{ range: '' }, { range: 'abc' }, { range: 0 }, { range: -5 }], range);
    expect(rows).toEqual([]);
    expect(collector.rejected.map((i) => [i.column, i.value, i.message, i.vi])).toEqual([
      [
        'range',
        '',
        'c.csv: row 2 (id "ocid-04-10001-25600"): range is empty — with footprints from OpenCelliD\'s range, range must be a number of metres above 0',
        'c.csv: dòng 2 (mã "ocid-04-10001-25600"): range trống — khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
      ],
      [
        'range',
        'abc',
        'c.csv: row 3 (id "ocid-04-10001-25600"): range "abc" is not a positive number of metres — with footprints from OpenCelliD\'s range, range must be a number of metres above 0',
        'c.csv: dòng 3 (mã "ocid-04-10001-25600"): range "abc" không phải số mét dương — khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
      ],
      [
        'range',
        '0',
        'c.csv: row 4 (id "ocid-04-10001-25600"): range "0" is not a positive number of metres — with footprints from OpenCelliD\'s range, range must be a number of metres above 0',
        'c.csv: dòng 4 (mã "ocid-04-10001-25600"): range "0" không phải số mét dương — khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
      ],
      [
        'range',
        '-5',
        'c.csv: row 5 (id "ocid-04-10001-25600"): range "-5" is not a positive number of metres — with footprints from OpenCelliD\'s range, range must be a number of metres above 0',
        'c.csv: dòng 5 (mã "ocid-04-10001-25600"): range "-5" không phải số mét dương — khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
      ],
    ]);
  });

  test('a range above 15,000 m is capped with a warning', () => {
    const { rows, rowWarnings } = collect([{ range: 40000 }], range);
    expect(rows[0]!.raw.rangeM).toBe(15000);
    expect(messages(rowWarnings)).toEqual([
      [
        'c.csv: row 2 (id "ocid-04-10001-25600"): range "40000" m is above 15000 m: capped at 15000 m — a cell reaches at most 15000 m (the coverage model\'s largest range)',
        'c.csv: dòng 2 (mã "ocid-04-10001-25600"): range "40000" m vượt quá 15000 m: giảm xuống 15000 m — một ô phủ xa nhất 15000 m (bán kính lớn nhất của mô hình vùng phủ)',
      ],
    ]);
  });

  test('in model mode the range column is not read', () => {
    const { rows, collector } = collect([{ range: '' }]);
    expect([rows[0]!.raw.rangeM, collector.rejected]).toEqual([null, []]);
  });
});

describe('repeats and conflicts', () => {
  test('an exact duplicate row is dropped with a warning naming the first row', () => {
    const { rows, rowWarnings, collector } = collect([{}, { cell: 25601 }, {}]);
    expect([rows.length, collector.leftOut, collector.merged]).toEqual([1, 1, 1]);
    expect(messages(rowWarnings)).toEqual([
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
    expect([collector.leftOut, ...messages(rowWarnings)]).toEqual([
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

describe('bands and footprints', () => {
  test('created is not an on-air date: a file-level note, on-air left unknown', () => {
    const { rows, warnings } = collect([{ created: 1500000000 }]);
    expect([rows[0]!.raw.onAir, rows[0]!.raw.onAir5g]).toEqual([null, null]);
    expect(messages(warnings.filter((w) => w.rule === 'ocid-created-not-on-air'))).toEqual([
      [
        'c.csv: created is when OpenCelliD first heard of a cell, not when it went on air: on-air dates are left unknown — an on-air date must come from the operator',
        'c.csv: created là lúc OpenCelliD ghi nhận ô lần đầu, không phải ngày phát sóng: ngày phát sóng để trống — ngày phát sóng phải lấy từ nhà mạng',
      ],
    ]);
  });

  test('an NR cell of an operator without an NR band is reported: no modelled 5G footprint', () => {
    const { rows, rowWarnings } = collect([{ radio: 'NR', net: 5, cell: 4096 }]);
    expect([rows[0]!.raw.technologies, rows[0]!.raw.bands]).toEqual([['5G'], []]);
    expect(messages(rowWarnings)).toEqual([
      [
        'c.csv: row 2 (id "ocid-05-10001-4096"): no NR band is known for vietnamobile: the cell has no modelled footprint — the band table (opencellid-bands.ts) gives a band per radio and operator',
        'c.csv: dòng 2 (mã "ocid-05-10001-4096"): không rõ băng tần NR của vietnamobile: ô này không có vùng phủ theo mô hình — bảng băng tần (opencellid-bands.ts) cho mỗi radio và nhà mạng một băng tần',
      ],
    ]);
  });

  test('a caller may pass its own band table', () => {
    const bands: OcidBandTable = { ...OCID_DEFAULT_BANDS, NR: { ...OCID_DEFAULT_BANDS.NR, viettel: 'n78' } };
    expect(collect([{ radio: 'NR', cell: 4096 }], { footprint: 'model', bands }).rows[0]!.raw.bands).toEqual(['n78']);
  });

  test('a site from a model-footprint import has a non-zero modelled range for each technology', () => {
    const { sites } = importSitesText(
      createExport([{ cell: 25600 }, { radio: 'NR', cell: 25600 * 16, lat: 21.0301 }]),
      { source: 'm.csv' },
    );
    expect(sites.map((s) => [s.technologies, s.bands])).toEqual([
      [
        ['4G', '5G'],
        ['B3', 'n41'],
      ],
    ]);
    expect(siteRangeM(sites[0]!, '4G', 'urban')).toBeGreaterThan(100);
    expect(siteRangeM(sites[0]!, '5G', 'urban')).toBeGreaterThan(100);
  });
});
