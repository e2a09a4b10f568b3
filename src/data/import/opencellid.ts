/**
 * OpenCelliD cell exports (`radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,
 * averageSignal`, with or without that header) → raw site rows with bands, so that every site has a footprint.
 *
 * Rows, checked in this order (rules 3–5 in `opencellid-rules.ts`); each row ends in one place (a site, `merged` into one, an error in `rejected`, or
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
import type { DataIssue } from '../../domain/report.js';
import type { NumberedRow } from './check-rows.js';
import type { CoordinateReader } from './coordinates.js';
import { importIssue } from './issue.js';
import { OCID_DEFAULT_BANDS, ocidBand, type OcidBandTable } from './opencellid-bands.js';
import { OPENCELLID_COLUMNS, WHOLE, type OcidColumn, type OcidRowIssue } from './opencellid-format.js';
import { OcidSiteGrouper, type OcidGrouping } from './opencellid-grouping.js';
import { ocidLeftOutNotes, ocidSiteNotes } from './opencellid-notes.js';
import { checkScope, readRange, type OcidLeftOut } from './opencellid-rules.js';
import type { FootprintSource } from './types.js';

export {
  isOpenCellIdHeader,
  looksLikeOpenCellIdRow,
  OCID_MAX_RANGE_M,
  OPENCELLID_COLUMNS,
  OPERATOR_OF_MNC,
  VIETNAM_MCC,
} from './opencellid-format.js';
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

/** Collects OpenCelliD rows of one file into sites; see the module comment. */
export class OpenCellIdCollector {
  private readonly seenRows = new Map<string, number>();
  private readonly cellKeys = new Map<string, { n: number; lon: number; lat: number }>();
  private readonly left: OcidLeftOut = {
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
    const issue: OcidRowIssue = (severity, rule, id, what, why, column, value) => {
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
    const value = (c: OcidColumn): string => fields[OPENCELLID_COLUMNS.indexOf(c)]!.trim();
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
    const scope = checkScope(value, id, this.left, issue);
    if (scope === null) return;
    const { operator, radio } = scope;
    const mcc = Number(value('mcc'));
    let rangeM: number | null = null;
    if (this.options.footprint === 'range') {
      rangeM = readRange(value('range'), id, issue);
      if (rangeM === null) return;
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
        value('radio'),
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
    if (rows.length > 0) {
      warnings.push(...ocidSiteNotes(this.source, this.options.footprint, this.bands));
      warnings.push(this.grouper.note(this.source));
    }
    warnings.push(...ocidLeftOutNotes(this.source, this.left));
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
