/**
 * OpenCelliD cell exports (`radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,
 * averageSignal`, with or without that header) → raw site rows with bands, so that every site has a footprint.
 *
 * Rows, checked in this order; each row ends in one place (a site, `merged` into one, an error in `rejected`, or
 * left out with a per-row warning and counted in `leftOut`), and every message names the row, column and value:
 * 1. wrong field count (`csv-field-count`, error);
 * 2. an exact repeat of an earlier row (`ocid-row-duplicate`, warning naming the first row; dropped);
 * 3. mcc, net, area, cell not whole numbers, lon, lat not numbers, radio unknown (`ocid-value-invalid`, error);
 * 4. MCC other than 452 Vietnam (`ocid-mcc-other`), MNC other than 01 MobiFone, 02 VinaPhone (operator `vnpt`),
 *    04 Viettel, 05 Vietnamobile (`ocid-network-other`, e.g. 07 Gmobile), radio GSM, UMTS or CDMA
 *    (`ocid-radio-not-4g5g`): a warning per row, and one summary warning per rule with the counts;
 * 5. footprint `range` only: `range` empty, not a number, zero or negative (`ocid-range-invalid`, error), above
 *    {@link OCID_MAX_RANGE_M} (`ocid-range-capped`, warning; capped);
 * 6. the cell key (mcc, net, area, cell, radio) seen before at another position (`ocid-cell-conflict`, error
 *    naming both rows; the first is kept) or at the same position (`ocid-cell-repeated`, warning; dropped);
 * 7. footprint `model` only: no band in the table for the radio and operator (`ocid-band-unknown`, warning; kept).
 *
 * Grouping into sites (LTE by eNodeB id, NR by gNodeB id, other cells by distance): see `opencellid-grouping.ts`;
 * `finish()` reports it (`ocid-cells-grouped`, see {@link OcidGrouping}).
 *
 * Footprint (`footprint` option): `model`, the bands of {@link OcidBandTable} (radio and operator) and the coverage
 * model; `range`, OpenCelliD's `range` (its estimate of the cell's reach from the spread of its measurements,
 * metres) as the site's `rangeM`, the largest over its cells. Bands are set in both modes. Left unknown: height
 * (`checkSites` uses 30 m), azimuths (omni), and on-air dates: `created` is when OpenCelliD first heard of the
 * cell, not when it went on air (`ocid-created-not-on-air`, a file-level note).
 */
import { COVERAGE_DEFAULTS } from '../../analysis/coverage/model.js';
import type { DataIssue } from '../../domain/report.js';
import type { Operator } from '../../domain/telecom.js';
import type { NumberedRow } from './check-rows.js';
import type { CoordinateReader } from './coordinates.js';
import { headerKey } from './headers.js';
import { importIssue, type Bilingual } from './issue.js';
import {
  describeBandTable,
  OCID_DEFAULT_BANDS,
  ocidBand,
  type OcidBandTable,
  type OcidRadio,
} from './opencellid-bands.js';
import { OcidSiteGrouper, type OcidGrouping } from './opencellid-grouping.js';
import type { FootprintSource } from './types.js';

/** The columns of an OpenCelliD export, in order. */
export const OPENCELLID_COLUMNS = [
  'radio',
  'mcc',
  'net',
  'area',
  'cell',
  'unit',
  'lon',
  'lat',
  'range',
  'samples',
  'changeable',
  'created',
  'updated',
  'averageSignal',
] as const;
type Column = (typeof OPENCELLID_COLUMNS)[number];

/** Mobile country code of Vietnam. */
export const VIETNAM_MCC = 452;

/** Vietnamese network codes (MNC) of the four operators. */
export const OPERATOR_OF_MNC: Readonly<Record<number, Operator>> = {
  1: 'mobifone',
  2: 'vnpt',
  4: 'viettel',
  5: 'vietnamobile',
};

/** Names of other Vietnamese networks, for messages. */
const OTHER_NETWORK_NAMES: Readonly<Record<number, string>> = { 3: 'S-Fone', 7: 'Gmobile' };

/**
 * Largest OpenCelliD `range` taken as a radius, metres; larger values are capped: the coverage model's own upper
 * bound on a modelled range (`COVERAGE_DEFAULTS.maxRangeM`, 15 km), tighter than `SITE_LIMITS.maxRangeM` (50 km).
 */
export const OCID_MAX_RANGE_M = COVERAGE_DEFAULTS.maxRangeM;

export {
  NODE_CONFLICT_DISTANCE_M,
  NR_GNB_ID_BITS,
  SITE_GROUPING_DISTANCE_M,
  type OcidGrouping,
} from './opencellid-grouping.js';

/** Options of {@link OpenCellIdCollector}. */
export type OcidOptions = {
  /** Where footprints come from; see `SiteImportOptions.footprint`. */
  footprint: FootprintSource;
  /** Band per radio and operator. @default OCID_DEFAULT_BANDS */
  bands?: OcidBandTable;
};

const RADIOS: Readonly<Record<string, OcidRadio | null>> = { GSM: null, UMTS: null, CDMA: null, LTE: 'LTE', NR: 'NR' };
const WHOLE = /^\d+$/;

/** Whether a first record is the OpenCelliD header. */
export function isOpenCellIdHeader(fields: readonly string[]): boolean {
  return (
    fields.length === OPENCELLID_COLUMNS.length &&
    fields.every((f, i) => headerKey(f) === OPENCELLID_COLUMNS[i]!.toLowerCase())
  );
}

/** Whether a first record is an OpenCelliD data row (a file without header). */
export function looksLikeOpenCellIdRow(fields: readonly string[]): boolean {
  return (
    fields.length === OPENCELLID_COLUMNS.length &&
    fields[0]!.trim().toUpperCase() in RADIOS &&
    WHOLE.test(fields[1]!.trim())
  );
}

/** Collects OpenCelliD rows of one file into sites; see the module comment. */
export class OpenCellIdCollector {
  private readonly seenRows = new Map<string, number>();
  private readonly cellKeys = new Map<string, { n: number; lon: number; lat: number }>();
  private readonly left = {
    mcc: new Map<string, number>(),
    network: new Map<string, number>(),
    radio: new Map<string, number>(),
  };
  private readonly rowWarnings: DataIssue[] = [];
  private readonly bands: OcidBandTable;
  private readonly grouper = new OcidSiteGrouper();
  private dropped = 0;
  readonly rejected: DataIssue[] = [];

  constructor(
    private readonly source: string,
    private readonly coordinates: CoordinateReader,
    private readonly options: OcidOptions = { footprint: 'model' },
  ) {
    this.bands = options.bands ?? OCID_DEFAULT_BANDS;
  }

  /** Reads one data row (`n` its row number: the header is row 1). */
  add(fields: readonly string[], n: number): void {
    const issue = (
      severity: DataIssue['severity'],
      rule: string,
      id: string | null,
      what: Bilingual,
      why: Bilingual,
      column?: Column,
      value?: unknown,
    ): void => {
      const detail = {
        dataRow: n,
        ...(column === undefined ? {} : { column }),
        ...(value === undefined ? {} : { value }),
      };
      (severity === 'error' ? this.rejected : this.rowWarnings).push(
        importIssue(severity, rule, this.source, { label: 'row', n, id }, what, why, detail),
      );
    };
    if (fields.length !== OPENCELLID_COLUMNS.length) {
      const s = fields.length === 1 ? '' : 's';
      return issue(
        'error',
        'csv-field-count',
        null,
        {
          en: `${fields.length} field${s}, expected ${OPENCELLID_COLUMNS.length} as in the OpenCelliD format`,
          vi: `${fields.length} trường, cần ${OPENCELLID_COLUMNS.length} như định dạng OpenCelliD`,
        },
        {
          en: 'every row must have as many fields as the header (RFC 4180)',
          vi: 'mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)',
        },
        undefined,
        fields.length,
      );
    }
    const value = (c: Column): string => fields[OPENCELLID_COLUMNS.indexOf(c)]!.trim();
    const net = value('net');
    const id =
      WHOLE.test(net) && WHOLE.test(value('area')) && WHOLE.test(value('cell'))
        ? `ocid-${net.padStart(2, '0')}-${value('area')}-${value('cell')}`
        : null;
    const rowText = fields.map((f) => f.trim()).join('\u001f');
    const first = this.seenRows.get(rowText);
    if (first !== undefined) {
      this.dropped++;
      return issue(
        'warning',
        'ocid-row-duplicate',
        id,
        { en: `repeats row ${first} exactly: dropped`, vi: `lặp lại y hệt dòng ${first}: đã bỏ` },
        { en: 'an exact duplicate adds no cell', vi: 'dòng trùng y hệt không thêm ô nào' },
        'cell',
        value('cell'),
      );
    }
    this.seenRows.set(rowText, n);
    for (const c of ['mcc', 'net', 'area', 'cell', 'lon', 'lat'] as const) {
      const v = value(c);
      const whole = c !== 'lon' && c !== 'lat';
      if (whole ? !WHOLE.test(v) : v === '' || !Number.isFinite(Number(v))) {
        return issue(
          'error',
          'ocid-value-invalid',
          id,
          whole
            ? { en: `${c} "${v}" is not a whole number`, vi: `${c} "${v}" không phải số nguyên` }
            : { en: `${c} "${v}" is not a number`, vi: `${c} "${v}" không phải là số` },
          {
            en: 'OpenCelliD rows need whole numbers in mcc, net, area and cell, and numbers in lon and lat',
            vi: 'dòng OpenCelliD cần số nguyên ở mcc, net, area, cell và số ở lon, lat',
          },
          c,
          v,
        );
      }
    }
    const radioText = value('radio');
    const radioKey = radioText.toUpperCase();
    if (!(radioKey in RADIOS)) {
      return issue(
        'error',
        'ocid-value-invalid',
        id,
        { en: `radio "${radioText}" is unknown`, vi: `radio "${radioText}" không nhận ra` },
        { en: 'radio must be GSM, UMTS, CDMA, LTE or NR', vi: 'radio phải là GSM, UMTS, CDMA, LTE hoặc NR' },
        'radio',
        radioText,
      );
    }
    const leftOut: Bilingual = { en: 'the row is left out', vi: 'bỏ qua dòng này' };
    const mcc = Number(value('mcc'));
    if (mcc !== VIETNAM_MCC) {
      count(this.left.mcc, String(mcc));
      return issue(
        'warning',
        'ocid-mcc-other',
        id,
        {
          en: `mcc "${value('mcc')}" is not Vietnam's: ${leftOut.en}`,
          vi: `mcc "${value('mcc')}" không phải của Việt Nam: ${leftOut.vi}`,
        },
        {
          en: `only Vietnam's networks (MCC ${VIETNAM_MCC}) are imported`,
          vi: `chỉ nhập mạng của Việt Nam (MCC ${VIETNAM_MCC})`,
        },
        'mcc',
        value('mcc'),
      );
    }
    const mnc = Number(net);
    const operator = OPERATOR_OF_MNC[mnc];
    if (operator === undefined) {
      const name = OTHER_NETWORK_NAMES[mnc];
      count(this.left.network, `452-${net.padStart(2, '0')}${name ? ` ${name}` : ''}`);
      return issue(
        'warning',
        'ocid-network-other',
        id,
        {
          en: `net "${net}"${name ? ` (${name})` : ''} is not one of the four operators: ${leftOut.en}`,
          vi: `net "${net}"${name ? ` (${name})` : ''} không thuộc bốn nhà mạng: ${leftOut.vi}`,
        },
        { en: NETWORK_RULE.en, vi: NETWORK_RULE.vi },
        'net',
        net,
      );
    }
    const radio = RADIOS[radioKey]!;
    if (radio === null) {
      count(this.left.radio, radioKey);
      return issue(
        'warning',
        'ocid-radio-not-4g5g',
        id,
        {
          en: `radio "${radioText}" is not 4G or 5G: ${leftOut.en}`,
          vi: `radio "${radioText}" không phải 4G hay 5G: ${leftOut.vi}`,
        },
        { en: 'only LTE (4G) and NR (5G) cells are imported', vi: 'chỉ nhập ô LTE (4G) và NR (5G)' },
        'radio',
        radioText,
      );
    }
    let rangeM: number | null = null;
    if (this.options.footprint === 'range') {
      const text = value('range');
      rangeM = text === '' ? NaN : Number(text);
      if (!Number.isFinite(rangeM) || rangeM <= 0) {
        const what =
          text === ''
            ? { en: 'range is empty', vi: 'range trống' }
            : {
                en: `range "${text}" is not a positive number of metres`,
                vi: `range "${text}" không phải số mét dương`,
              };
        return issue(
          'error',
          'ocid-range-invalid',
          id,
          what,
          {
            en: "with footprints from OpenCelliD's range, range must be a number of metres above 0",
            vi: 'khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0',
          },
          'range',
          text,
        );
      }
      if (rangeM > OCID_MAX_RANGE_M) {
        rangeM = OCID_MAX_RANGE_M;
        issue(
          'warning',
          'ocid-range-capped',
          id,
          {
            en: `range "${text}" m is above ${OCID_MAX_RANGE_M} m: capped at ${OCID_MAX_RANGE_M} m`,
            vi: `range "${text}" m vượt quá ${OCID_MAX_RANGE_M} m: giảm xuống ${OCID_MAX_RANGE_M} m`,
          },
          {
            en: `a cell reaches at most ${OCID_MAX_RANGE_M} m (the coverage model's largest range)`,
            vi: `một ô phủ xa nhất ${OCID_MAX_RANGE_M} m (bán kính lớn nhất của mô hình vùng phủ)`,
          },
          'range',
          text,
        );
      }
    }
    const lon = Number(value('lon'));
    const lat = Number(value('lat'));
    const cellKey = `${mcc}-${net.padStart(2, '0')}-${value('area')}-${value('cell')}`;
    const seen = this.cellKeys.get(`${cellKey}|${radio}`);
    if (seen !== undefined) {
      const cellName = { en: `cell ${cellKey} (${radio})`, vi: `ô ${cellKey} (${radio})` };
      if (seen.lon === lon && seen.lat === lat) {
        this.dropped++;
        return issue(
          'warning',
          'ocid-cell-repeated',
          id,
          {
            en: `${cellName.en} is listed again at the position of row ${seen.n}: dropped`,
            vi: `${cellName.vi} được liệt kê lại ở cùng vị trí với dòng ${seen.n}: đã bỏ`,
          },
          { en: 'one cell is one row; the first is kept', vi: 'mỗi ô một dòng; giữ dòng đầu' },
          'cell',
          value('cell'),
        );
      }
      return issue(
        'error',
        'ocid-cell-conflict',
        id,
        {
          en: `${cellName.en} is at [${lon}, ${lat}], but row ${seen.n} puts it at [${seen.lon}, ${seen.lat}]`,
          vi: `${cellName.vi} nằm ở [${lon}, ${lat}] nhưng dòng ${seen.n} đặt nó ở [${seen.lon}, ${seen.lat}]`,
        },
        {
          en: `one cell has one position: row ${seen.n} is kept, this row is rejected`,
          vi: `một ô chỉ có một vị trí: giữ dòng ${seen.n}, bỏ dòng này`,
        },
        'lon',
        value('lon'),
      );
    }
    this.cellKeys.set(`${cellKey}|${radio}`, { n, lon, lat });
    const band = ocidBand(this.bands, radio, operator);
    if (band === null && this.options.footprint === 'model') {
      issue(
        'warning',
        'ocid-band-unknown',
        id,
        {
          en: `no ${radio} band is known for ${operator}: the cell has no modelled footprint`,
          vi: `không rõ băng tần ${radio} của ${operator}: ô này không có vùng phủ theo mô hình`,
        },
        {
          en: 'the band table (opencellid-bands.ts) gives a band per radio and operator',
          vi: 'bảng băng tần (opencellid-bands.ts) cho mỗi radio và nhà mạng một băng tần',
        },
        'radio',
        radioText,
      );
    }
    const position = this.coordinates.read(lon, lat, n);
    if (position === null) {
      this.rejected.push(this.coordinates.heldIssue(n, id));
      return;
    }
    const [lng, latDeg] = position;
    this.grouper.place(
      {
        n,
        id: id!,
        operator,
        mnc: net.padStart(2, '0'),
        radio,
        cell: Number(value('cell')),
        lng,
        lat: latDeg,
        band,
        rangeM,
      },
      issue,
    );
  }

  /** How the cells were grouped so far (a copy). */
  get grouping(): OcidGrouping {
    return this.grouper.grouping;
  }

  /** Cells that joined an existing site (reported as `ImportReport.merged`). */
  get merged(): number {
    return this.grouper.merged;
  }

  /**
   * The raw site rows (numbered by their first cell's row) and the warnings: file-level notes (footprint source,
   * on-air dates, grouping), one summary per left-out rule, then the per-row warnings in row order.
   */
  finish(): { rows: NumberedRow[]; warnings: DataIssue[] } {
    const rows = this.grouper.rows();
    const warnings: DataIssue[] = [];
    const note = (rule: string, what: Bilingual, why: Bilingual, detail: { column?: string } = {}): void => {
      warnings.push(importIssue('warning', rule, this.source, { label: 'file' }, what, why, detail));
    };
    if (rows.length > 0) {
      if (this.options.footprint === 'model') {
        const table = describeBandTable(this.bands);
        note(
          'ocid-footprint',
          {
            en: `footprints are modelled from the band implied by radio and operator (${table.en})`,
            vi: `vùng phủ được tính theo mô hình với băng tần suy từ radio và nhà mạng (${table.vi})`,
          },
          {
            en: 'OpenCelliD names no band; the table is in opencellid-bands.ts',
            vi: 'OpenCelliD không ghi băng tần; bảng nằm trong opencellid-bands.ts',
          },
          { column: 'radio' },
        );
      } else {
        note(
          'ocid-footprint',
          {
            en: `footprints are circles of OpenCelliD's range, the largest of a site's cells (at most ${OCID_MAX_RANGE_M} m)`,
            vi: `vùng phủ là hình tròn bán kính range của OpenCelliD, lấy giá trị lớn nhất trong các ô của trạm (tối đa ${OCID_MAX_RANGE_M} m)`,
          },
          {
            en: "range is OpenCelliD's estimate from the spread of its measurements, not a planned cell radius",
            vi: 'range là ước lượng của OpenCelliD từ độ phân tán của các lần đo, không phải bán kính ô theo quy hoạch',
          },
          { column: 'range' },
        );
      }
      note(
        'ocid-created-not-on-air',
        {
          en: 'created is when OpenCelliD first heard of a cell, not when it went on air: on-air dates are left unknown',
          vi: 'created là lúc OpenCelliD ghi nhận ô lần đầu, không phải ngày phát sóng: ngày phát sóng để trống',
        },
        { en: 'an on-air date must come from the operator', vi: 'ngày phát sóng phải lấy từ nhà mạng' },
        { column: 'created' },
      );
      warnings.push(this.grouper.note(this.source));
    }
    const summary = (
      rule: string,
      counts: Map<string, number>,
      what: (n: number) => Bilingual,
      why: Bilingual,
    ): void => {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      if (total === 0) return;
      const list = [...counts].map(([k, v]) => `${k}: ${v}`).join(', ');
      const w = what(total);
      note(rule, { en: `${w.en} left out (${list})`, vi: `${w.vi} bị bỏ qua (${list})` }, why);
    };
    const rowsWord = (n: number): string => `${n} row${n === 1 ? '' : 's'}`;
    summary(
      'ocid-mcc-other',
      this.left.mcc,
      (n) => ({ en: `${rowsWord(n)} of other countries' networks`, vi: `${n} dòng của mạng nước khác` }),
      {
        en: `only Vietnam's networks (MCC ${VIETNAM_MCC}) are imported`,
        vi: `chỉ nhập mạng của Việt Nam (MCC ${VIETNAM_MCC})`,
      },
    );
    summary(
      'ocid-network-other',
      this.left.network,
      (n) => ({
        en: `${rowsWord(n)} of networks that are not one of the four operators`,
        vi: `${n} dòng của mạng không thuộc bốn nhà mạng`,
      }),
      NETWORK_RULE,
    );
    summary(
      'ocid-radio-not-4g5g',
      this.left.radio,
      (n) => ({ en: `${rowsWord(n)} of GSM, UMTS or CDMA cells`, vi: `${n} dòng ô GSM, UMTS hoặc CDMA` }),
      { en: 'only LTE (4G) and NR (5G) cells are imported', vi: 'chỉ nhập ô LTE (4G) và NR (5G)' },
    );
    warnings.push(...[...this.rowWarnings].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)));
    return { rows, warnings };
  }

  /** Rows left out: by the MCC, network and radio rules, and dropped repeats (exact duplicates, repeated cells). */
  get leftOut(): number {
    return (
      this.dropped +
      [this.left.mcc, this.left.network, this.left.radio].reduce(
        (sum, m) => sum + [...m.values()].reduce((a, b) => a + b, 0),
        0,
      )
    );
  }
}

const NETWORK_RULE: Bilingual = {
  en: 'the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile',
  vi: 'mã mạng phải là 01 MobiFone, 02 VinaPhone, 04 Viettel hoặc 05 Vietnamobile',
};

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
