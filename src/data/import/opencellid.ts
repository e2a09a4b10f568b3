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
 * Grouping into sites (OpenCelliD lists cells, several per mast; its positions are estimates from crowd-sourced
 * measurements, so the sectors of one mast rarely share a position):
 * - LTE: by operator and eNodeB id. The 28-bit E-UTRAN cell identity is a 20-bit eNB id followed by an 8-bit
 *   local cell id (3GPP TS 36.300 §8.2, TS 36.413 §9.2.1.37 Global eNB ID): eNB = floor(cell / 256). Usable when
 *   256 ≤ cell < 2²⁸ (a smaller value has eNB id 0: the exporter wrote a local id, not the ECI).
 * - NR: by operator and gNodeB id. The 36-bit NR cell identity starts with the gNB id, 22 to 32 bits long as the
 *   operator chooses (3GPP TS 38.300 §8.2, TS 38.413 §9.3.1.6 Global gNB ID: BIT STRING SIZE(22..32)); no public
 *   source gives the Vietnamese operators' length. **Assumption**: {@link NR_GNB_ID_BITS} = 24, gNB =
 *   floor(NCI / 4096). A longer assumed length never merges two gNBs of a shorter real length (their local cell
 *   ids, a few sectors, stay below 4096); it splits a gNB only if a local id reaches 4096. Usable when
 *   4096 ≤ NCI < 2³⁶.
 * - A node's first cell joins a site of its operator whose first cell lies within {@link SITE_GROUPING_DISTANCE_M}
 *   and that holds no node of its kind (an NR gNB on an LTE eNB's mast), else it starts a site.
 * - A cell more than {@link NODE_CONFLICT_DISTANCE_M} from its eNodeB's (gNodeB's) first cell is a conflict
 *   (`ocid-node-far`, warning) and is grouped by distance instead; so is a cell whose id is not usable.
 * - By distance: a cell joins the earliest site of its operator whose first cell lies within
 *   {@link SITE_GROUPING_DISTANCE_M} (local equirectangular distance, exact to millimetres at this scale).
 * A site lies at the mean position of its cells, takes the union of their technologies and bands, and is named
 * `ocid-<mnc>-enb-<id>`, `ocid-<mnc>-gnb-<id>` or, grouped by distance, `ocid-<mnc>-<area>-<cell>` of its first
 * cell. `finish()` reports the grouping (`ocid-cells-grouped`, see {@link OcidGrouping}).
 *
 * Footprint (`footprint` option): `model`, the bands of {@link OcidBandTable} (radio and operator) and the coverage
 * model; `range`, OpenCelliD's `range` (its estimate of the cell's reach from the spread of its measurements,
 * metres) as the site's `rangeM`, the largest over its cells. Bands are set in both modes. Left unknown: height
 * (`checkSites` uses 30 m), azimuths (omni), and on-air dates: `created` is when OpenCelliD first heard of the
 * cell, not when it went on air (`ocid-created-not-on-air`, a file-level note).
 */
import { COVERAGE_DEFAULTS } from '../../analysis/coverage/model';
import type { DataIssue } from '../../domain/report';
import { BANDS, type Band, type Operator } from '../../domain/telecom';
import type { NumberedRow } from './check-rows';
import type { CoordinateReader } from './coordinates';
import { headerKey } from './headers';
import { importIssue, type Bilingual } from './issue';
import { describeBandTable, OCID_DEFAULT_BANDS, ocidBand, type OcidBandTable, type OcidRadio } from './opencellid-bands';
import type { FootprintSource } from './types';

/** The columns of an OpenCelliD export, in order. */
export const OPENCELLID_COLUMNS = [
  'radio', 'mcc', 'net', 'area', 'cell', 'unit', 'lon', 'lat', 'range', 'samples', 'changeable', 'created', 'updated', 'averageSignal',
] as const;
type Column = (typeof OPENCELLID_COLUMNS)[number];

/** Mobile country code of Vietnam. */
export const VIETNAM_MCC = 452;

/** Vietnamese network codes (MNC) of the four operators. */
export const OPERATOR_OF_MNC: Readonly<Record<number, Operator>> = { 1: 'mobifone', 2: 'vnpt', 4: 'viettel', 5: 'vietnamobile' };

/** Names of other Vietnamese networks, for messages. */
const OTHER_NETWORK_NAMES: Readonly<Record<number, string>> = { 3: 'S-Fone', 7: 'Gmobile' };

/** Cells of one operator within this distance of a site's first cell are that site (grouping by distance), metres. */
export const SITE_GROUPING_DISTANCE_M = 30;

/**
 * Cells of one eNodeB (gNodeB) further than this from its first cell are a conflict, not one site, metres: an LTE
 * macro cell in a city reaches 0.5–2 km, and OpenCelliD's estimated positions of a mast's sectors lie within a
 * cell radius of the mast; beyond 2 km the id is more likely reused or the position wrong.
 */
export const NODE_CONFLICT_DISTANCE_M = 2000;

/** Assumed length of the gNB id in an NR cell identity, bits (3GPP TS 38.413: 22 to 32); see the module comment. */
export const NR_GNB_ID_BITS = 24;

/**
 * Largest OpenCelliD `range` taken as a radius, metres; larger values are capped: the coverage model's own upper
 * bound on a modelled range (`COVERAGE_DEFAULTS.maxRangeM`, 15 km), tighter than `SITE_LIMITS.maxRangeM` (50 km).
 */
export const OCID_MAX_RANGE_M = COVERAGE_DEFAULTS.maxRangeM;

/** Options of {@link OpenCellIdCollector}. */
export type OcidOptions = {
  /** Where footprints come from; see `SiteImportOptions.footprint`. */
  footprint: FootprintSource;
  /** Band per radio and operator. @default OCID_DEFAULT_BANDS */
  bands?: OcidBandTable;
};

/** How the cells were grouped: sites by how they started, cells by how they were placed. */
export type OcidGrouping = {
  byEnb: { sites: number; cells: number };
  byGnb: { sites: number; cells: number };
  byDistance: { sites: number; cells: number };
  /** Cells further than {@link NODE_CONFLICT_DISTANCE_M} from their node's first cell (grouped by distance). */
  farCells: number;
};

const RADIOS: Readonly<Record<string, OcidRadio | null>> = { GSM: null, UMTS: null, CDMA: null, LTE: 'LTE', NR: 'NR' };
const M_PER_DEG_LAT = 111_320;
const WHOLE = /^\d+$/;

/** Whether a first record is the OpenCelliD header. */
export function isOpenCellIdHeader(fields: readonly string[]): boolean {
  return fields.length === OPENCELLID_COLUMNS.length && fields.every((f, i) => headerKey(f) === OPENCELLID_COLUMNS[i]!.toLowerCase());
}

/** Whether a first record is an OpenCelliD data row (a file without header). */
export function looksLikeOpenCellIdRow(fields: readonly string[]): boolean {
  return fields.length === OPENCELLID_COLUMNS.length && fields[0]!.trim().toUpperCase() in RADIOS && WHOLE.test(fields[1]!.trim());
}

type Method = 'enb' | 'gnb' | 'distance';
type Cell = { n: number; id: string; operator: Operator; mnc: string; radio: OcidRadio; cell: number; lng: number; lat: number; band: Band | null; rangeM: number | null };
type SiteAcc = { n: number; id: string; operator: Operator; firstLng: number; firstLat: number; sumLng: number; sumLat: number; cells: number; radios: Set<OcidRadio>; bands: Set<Band>; rangeM: number | null; nodes: Set<Method> };

/** Collects OpenCelliD rows of one file into sites; see the module comment. */
export class OpenCellIdCollector {
  private readonly sites: SiteAcc[] = [];
  private readonly nodes = new Map<string, number>();
  private readonly grid = new Map<string, number[]>();
  private readonly seenRows = new Map<string, number>();
  private readonly cellKeys = new Map<string, { n: number; lon: number; lat: number }>();
  private readonly left = { mcc: new Map<string, number>(), network: new Map<string, number>(), radio: new Map<string, number>() };
  private readonly rowWarnings: DataIssue[] = [];
  private readonly bands: OcidBandTable;
  private readonly counts: OcidGrouping = { byEnb: { sites: 0, cells: 0 }, byGnb: { sites: 0, cells: 0 }, byDistance: { sites: 0, cells: 0 }, farCells: 0 };
  private dropped = 0;
  readonly rejected: DataIssue[] = [];
  merged = 0;

  constructor(private readonly source: string, private readonly coordinates: CoordinateReader, private readonly options: OcidOptions = { footprint: 'model' }) {
    this.bands = options.bands ?? OCID_DEFAULT_BANDS;
  }

  /** Reads one data row (`n` its row number: the header is row 1). */
  add(fields: readonly string[], n: number): void {
    const issue = (severity: DataIssue['severity'], rule: string, id: string | null, what: Bilingual, why: Bilingual, column?: Column, value?: unknown): void => {
      const detail = { dataRow: n, ...(column === undefined ? {} : { column }), ...(value === undefined ? {} : { value }) };
      (severity === 'error' ? this.rejected : this.rowWarnings).push(importIssue(severity, rule, this.source, { label: 'row', n, id }, what, why, detail));
    };
    if (fields.length !== OPENCELLID_COLUMNS.length) {
      const s = fields.length === 1 ? '' : 's';
      return issue('error', 'csv-field-count', null, { en: `${fields.length} field${s}, expected ${OPENCELLID_COLUMNS.length} as in the OpenCelliD format`, vi: `${fields.length} trường, cần ${OPENCELLID_COLUMNS.length} như định dạng OpenCelliD` },
        { en: 'every row must have as many fields as the header (RFC 4180)', vi: 'mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)' }, undefined, fields.length);
    }
    const value = (c: Column): string => fields[OPENCELLID_COLUMNS.indexOf(c)]!.trim();
    const net = value('net');
    const id = WHOLE.test(net) && WHOLE.test(value('area')) && WHOLE.test(value('cell')) ? `ocid-${net.padStart(2, '0')}-${value('area')}-${value('cell')}` : null;
    const rowText = fields.map((f) => f.trim()).join('\u001f');
    const first = this.seenRows.get(rowText);
    if (first !== undefined) {
      this.dropped++;
      return issue('warning', 'ocid-row-duplicate', id, { en: `repeats row ${first} exactly: dropped`, vi: `lặp lại y hệt dòng ${first}: đã bỏ` },
        { en: 'an exact duplicate adds no cell', vi: 'dòng trùng y hệt không thêm ô nào' }, 'cell', value('cell'));
    }
    this.seenRows.set(rowText, n);
    for (const c of ['mcc', 'net', 'area', 'cell', 'lon', 'lat'] as const) {
      const v = value(c);
      const whole = c !== 'lon' && c !== 'lat';
      if (whole ? !WHOLE.test(v) : v === '' || !Number.isFinite(Number(v))) {
        return issue('error', 'ocid-value-invalid', id, whole ? { en: `${c} "${v}" is not a whole number`, vi: `${c} "${v}" không phải số nguyên` } : { en: `${c} "${v}" is not a number`, vi: `${c} "${v}" không phải là số` },
          { en: 'OpenCelliD rows need whole numbers in mcc, net, area and cell, and numbers in lon and lat', vi: 'dòng OpenCelliD cần số nguyên ở mcc, net, area, cell và số ở lon, lat' }, c, v);
      }
    }
    const radioText = value('radio');
    const radioKey = radioText.toUpperCase();
    if (!(radioKey in RADIOS)) {
      return issue('error', 'ocid-value-invalid', id, { en: `radio "${radioText}" is unknown`, vi: `radio "${radioText}" không nhận ra` },
        { en: 'radio must be GSM, UMTS, CDMA, LTE or NR', vi: 'radio phải là GSM, UMTS, CDMA, LTE hoặc NR' }, 'radio', radioText);
    }
    const leftOut: Bilingual = { en: 'the row is left out', vi: 'bỏ qua dòng này' };
    const mcc = Number(value('mcc'));
    if (mcc !== VIETNAM_MCC) {
      count(this.left.mcc, String(mcc));
      return issue('warning', 'ocid-mcc-other', id, { en: `mcc "${value('mcc')}" is not Vietnam's: ${leftOut.en}`, vi: `mcc "${value('mcc')}" không phải của Việt Nam: ${leftOut.vi}` },
        { en: `only Vietnam's networks (MCC ${VIETNAM_MCC}) are imported`, vi: `chỉ nhập mạng của Việt Nam (MCC ${VIETNAM_MCC})` }, 'mcc', value('mcc'));
    }
    const mnc = Number(net);
    const operator = OPERATOR_OF_MNC[mnc];
    if (operator === undefined) {
      const name = OTHER_NETWORK_NAMES[mnc];
      count(this.left.network, `452-${net.padStart(2, '0')}${name ? ` ${name}` : ''}`);
      return issue('warning', 'ocid-network-other', id, { en: `net "${net}"${name ? ` (${name})` : ''} is not one of the four operators: ${leftOut.en}`, vi: `net "${net}"${name ? ` (${name})` : ''} không thuộc bốn nhà mạng: ${leftOut.vi}` },
        { en: NETWORK_RULE.en, vi: NETWORK_RULE.vi }, 'net', net);
    }
    const radio = RADIOS[radioKey]!;
    if (radio === null) {
      count(this.left.radio, radioKey);
      return issue('warning', 'ocid-radio-not-4g5g', id, { en: `radio "${radioText}" is not 4G or 5G: ${leftOut.en}`, vi: `radio "${radioText}" không phải 4G hay 5G: ${leftOut.vi}` },
        { en: 'only LTE (4G) and NR (5G) cells are imported', vi: 'chỉ nhập ô LTE (4G) và NR (5G)' }, 'radio', radioText);
    }
    let rangeM: number | null = null;
    if (this.options.footprint === 'range') {
      const text = value('range');
      rangeM = text === '' ? NaN : Number(text);
      if (!Number.isFinite(rangeM) || rangeM <= 0) {
        const what = text === '' ? { en: 'range is empty', vi: 'range trống' } : { en: `range "${text}" is not a positive number of metres`, vi: `range "${text}" không phải số mét dương` };
        return issue('error', 'ocid-range-invalid', id, what,
          { en: "with footprints from OpenCelliD's range, range must be a number of metres above 0", vi: 'khi lấy vùng phủ theo range của OpenCelliD, range phải là số mét lớn hơn 0' }, 'range', text);
      }
      if (rangeM > OCID_MAX_RANGE_M) {
        rangeM = OCID_MAX_RANGE_M;
        issue('warning', 'ocid-range-capped', id, { en: `range "${text}" m is above ${OCID_MAX_RANGE_M} m: capped at ${OCID_MAX_RANGE_M} m`, vi: `range "${text}" m vượt quá ${OCID_MAX_RANGE_M} m: giảm xuống ${OCID_MAX_RANGE_M} m` },
          { en: `a cell reaches at most ${OCID_MAX_RANGE_M} m (the coverage model's largest range)`, vi: `một ô phủ xa nhất ${OCID_MAX_RANGE_M} m (bán kính lớn nhất của mô hình vùng phủ)` }, 'range', text);
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
        return issue('warning', 'ocid-cell-repeated', id, { en: `${cellName.en} is listed again at the position of row ${seen.n}: dropped`, vi: `${cellName.vi} được liệt kê lại ở cùng vị trí với dòng ${seen.n}: đã bỏ` },
          { en: 'one cell is one row; the first is kept', vi: 'mỗi ô một dòng; giữ dòng đầu' }, 'cell', value('cell'));
      }
      return issue('error', 'ocid-cell-conflict', id, { en: `${cellName.en} is at [${lon}, ${lat}], but row ${seen.n} puts it at [${seen.lon}, ${seen.lat}]`, vi: `${cellName.vi} nằm ở [${lon}, ${lat}] nhưng dòng ${seen.n} đặt nó ở [${seen.lon}, ${seen.lat}]` },
        { en: `one cell has one position: row ${seen.n} is kept, this row is rejected`, vi: `một ô chỉ có một vị trí: giữ dòng ${seen.n}, bỏ dòng này` }, 'lon', value('lon'));
    }
    this.cellKeys.set(`${cellKey}|${radio}`, { n, lon, lat });
    const band = ocidBand(this.bands, radio, operator);
    if (band === null && this.options.footprint === 'model') {
      issue('warning', 'ocid-band-unknown', id, { en: `no ${radio} band is known for ${operator}: the cell has no modelled footprint`, vi: `không rõ băng tần ${radio} của ${operator}: ô này không có vùng phủ theo mô hình` },
        { en: 'the band table (opencellid-bands.ts) gives a band per radio and operator', vi: 'bảng băng tần (opencellid-bands.ts) cho mỗi radio và nhà mạng một băng tần' }, 'radio', radioText);
    }
    const position = this.coordinates.read(lon, lat, n);
    if (position === null) {
      this.rejected.push(this.coordinates.heldIssue(n, id));
      return;
    }
    const [lng, latDeg] = position;
    this.place({ n, id: id!, operator, mnc: net.padStart(2, '0'), radio, cell: Number(value('cell')), lng, lat: latDeg, band, rangeM }, issue);
  }

  /** Puts a cell into its node's site, a nearby site of its operator, or a new site. */
  private place(cell: Cell, issue: (s: 'warning', rule: string, id: string, what: Bilingual, why: Bilingual, column: Column, value: unknown) => void): void {
    const [method, node] = nodeOf(cell);
    if (node !== null) {
      const key = `${cell.mnc}|${method}|${node}`;
      const at = this.nodes.get(key);
      if (at === undefined) {
        // A node's first cell joins a site of the other radio on the same mast (an LTE eNB and an NR gNB), never
        // another node of its own kind.
        const near = this.nearby(cell, (site) => !site.nodes.has(method));
        const site = near ?? this.start(cell, `ocid-${cell.mnc}-${method}-${node}`, method);
        if (near !== null) this.join(near, cell, method);
        this.sites[site]!.nodes.add(method);
        this.nodes.set(key, site);
        return;
      }
      const site = this.sites[at]!;
      const d = distanceM(site.firstLng, site.firstLat, cell.lng, cell.lat);
      if (d <= NODE_CONFLICT_DISTANCE_M) return this.join(at, cell, method);
      this.counts.farCells++;
      const name = method === 'enb' ? 'eNodeB' : 'gNodeB';
      const km = (d / 1000).toFixed(1);
      issue('warning', 'ocid-node-far', cell.id, { en: `${name} ${node} of 452-${cell.mnc} lies ${km} km from row ${site.n}, its first cell: grouped by distance instead`, vi: `${name} ${node} của 452-${cell.mnc} cách dòng ${site.n}, ô đầu tiên của nó, ${km.replace('.', ',')} km: gộp theo khoảng cách thay vào đó` },
        { en: `cells of one ${name} more than ${NODE_CONFLICT_DISTANCE_M} m apart are a conflict, not one site`, vi: `các ô của một ${name} cách nhau hơn ${NODE_CONFLICT_DISTANCE_M} m là mâu thuẫn, không phải một trạm` }, 'cell', String(cell.cell));
    }
    const best = this.nearby(cell, () => true);
    if (best === null) this.start(cell, cell.id, 'distance');
    else this.join(best, cell, 'distance');
  }

  /** The earliest site of the cell's operator whose first cell lies within {@link SITE_GROUPING_DISTANCE_M} and that `accept`s. */
  private nearby(cell: Cell, accept: (site: SiteAcc) => boolean): number | null {
    const [gx, gy] = gridCell(cell.lng, cell.lat);
    let best: number | null = null;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const g of this.grid.get(`${cell.operator}|${gx + dx}|${gy + dy}`) ?? []) {
          const site = this.sites[g]!;
          if ((best === null || g < best) && accept(site) && distanceM(site.firstLng, site.firstLat, cell.lng, cell.lat) <= SITE_GROUPING_DISTANCE_M) best = g;
        }
      }
    }
    return best;
  }

  private start(cell: Cell, id: string, method: Method): number {
    const at = this.sites.length;
    this.sites.push({ n: cell.n, id, operator: cell.operator, firstLng: cell.lng, firstLat: cell.lat, sumLng: 0, sumLat: 0, cells: 0, radios: new Set(), bands: new Set(), rangeM: null, nodes: new Set() });
    const [gx, gy] = gridCell(cell.lng, cell.lat);
    const key = `${cell.operator}|${gx}|${gy}`;
    const list = this.grid.get(key);
    if (list) list.push(at);
    else this.grid.set(key, [at]);
    this.groupCounts(method).sites++;
    this.add1(at, cell, method);
    return at;
  }

  private join(at: number, cell: Cell, method: Method): void {
    this.merged++;
    this.add1(at, cell, method);
  }

  private add1(at: number, cell: Cell, method: Method): void {
    const site = this.sites[at]!;
    site.sumLng += cell.lng;
    site.sumLat += cell.lat;
    site.cells++;
    site.radios.add(cell.radio);
    if (cell.band !== null) site.bands.add(cell.band);
    if (cell.rangeM !== null) site.rangeM = Math.max(site.rangeM ?? 0, cell.rangeM);
    this.groupCounts(method).cells++;
  }

  private groupCounts(method: Method): { sites: number; cells: number } {
    return method === 'enb' ? this.counts.byEnb : method === 'gnb' ? this.counts.byGnb : this.counts.byDistance;
  }

  /** How the cells were grouped so far (a copy). */
  get grouping(): OcidGrouping {
    const { byEnb, byGnb, byDistance, farCells } = this.counts;
    return { byEnb: { ...byEnb }, byGnb: { ...byGnb }, byDistance: { ...byDistance }, farCells };
  }

  /**
   * The raw site rows (numbered by their first cell's row) and the warnings: file-level notes (footprint source,
   * on-air dates, grouping), one summary per left-out rule, then the per-row warnings in row order.
   */
  finish(): { rows: NumberedRow[]; warnings: DataIssue[] } {
    const bandOrder = Object.keys(BANDS) as Band[];
    const rows = this.sites.map((s) => ({
      n: s.n,
      raw: {
        id: s.id, operator: s.operator, lng: round7(s.sumLng / s.cells), lat: round7(s.sumLat / s.cells),
        technologies: [s.radios.has('LTE') ? '4G' : null, s.radios.has('NR') ? '5G' : null].filter((t) => t !== null),
        bands: bandOrder.filter((b) => s.bands.has(b)), azimuthsDeg: [], onAir: null, onAir5g: null, rangeM: s.rangeM, sample: false,
      },
    }));
    const warnings: DataIssue[] = [];
    const note = (rule: string, what: Bilingual, why: Bilingual, detail: { column?: string } = {}): void => {
      warnings.push(importIssue('warning', rule, this.source, { label: 'file' }, what, why, detail));
    };
    if (this.sites.length > 0) {
      if (this.options.footprint === 'model') {
        const table = describeBandTable(this.bands);
        note('ocid-footprint', { en: `footprints are modelled from the band implied by radio and operator (${table.en})`, vi: `vùng phủ được tính theo mô hình với băng tần suy từ radio và nhà mạng (${table.vi})` },
          { en: 'OpenCelliD names no band; the table is in opencellid-bands.ts', vi: 'OpenCelliD không ghi băng tần; bảng nằm trong opencellid-bands.ts' }, { column: 'radio' });
      } else {
        note('ocid-footprint', { en: `footprints are circles of OpenCelliD's range, the largest of a site's cells (at most ${OCID_MAX_RANGE_M} m)`, vi: `vùng phủ là hình tròn bán kính range của OpenCelliD, lấy giá trị lớn nhất trong các ô của trạm (tối đa ${OCID_MAX_RANGE_M} m)` },
          { en: "range is OpenCelliD's estimate from the spread of its measurements, not a planned cell radius", vi: 'range là ước lượng của OpenCelliD từ độ phân tán của các lần đo, không phải bán kính ô theo quy hoạch' }, { column: 'range' });
      }
      note('ocid-created-not-on-air', { en: 'created is when OpenCelliD first heard of a cell, not when it went on air: on-air dates are left unknown', vi: 'created là lúc OpenCelliD ghi nhận ô lần đầu, không phải ngày phát sóng: ngày phát sóng để trống' },
        { en: 'an on-air date must come from the operator', vi: 'ngày phát sóng phải lấy từ nhà mạng' }, { column: 'created' });
      warnings.push(this.groupingNote());
    }
    const summary = (rule: string, counts: Map<string, number>, what: (n: number) => Bilingual, why: Bilingual): void => {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      if (total === 0) return;
      const list = [...counts].map(([k, v]) => `${k}: ${v}`).join(', ');
      const w = what(total);
      note(rule, { en: `${w.en} left out (${list})`, vi: `${w.vi} bị bỏ qua (${list})` }, why);
    };
    const rowsWord = (n: number): string => `${n} row${n === 1 ? '' : 's'}`;
    summary('ocid-mcc-other', this.left.mcc, (n) => ({ en: `${rowsWord(n)} of other countries' networks`, vi: `${n} dòng của mạng nước khác` }),
      { en: `only Vietnam's networks (MCC ${VIETNAM_MCC}) are imported`, vi: `chỉ nhập mạng của Việt Nam (MCC ${VIETNAM_MCC})` });
    summary('ocid-network-other', this.left.network, (n) => ({ en: `${rowsWord(n)} of networks that are not one of the four operators`, vi: `${n} dòng của mạng không thuộc bốn nhà mạng` }), NETWORK_RULE);
    summary('ocid-radio-not-4g5g', this.left.radio, (n) => ({ en: `${rowsWord(n)} of GSM, UMTS or CDMA cells`, vi: `${n} dòng ô GSM, UMTS hoặc CDMA` }),
      { en: 'only LTE (4G) and NR (5G) cells are imported', vi: 'chỉ nhập ô LTE (4G) và NR (5G)' });
    warnings.push(...[...this.rowWarnings].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)));
    return { rows, warnings };
  }

  private groupingNote(): DataIssue {
    const { byEnb, byGnb, byDistance } = this.counts;
    const cells = byEnb.cells + byGnb.cells + byDistance.cells;
    const s = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
    return importIssue('warning', 'ocid-cells-grouped', this.source, { label: 'file' }, {
      en: `${s(cells, 'cell', 'cells')} grouped into ${s(this.sites.length, 'site', 'sites')} (sites started by eNodeB id ${byEnb.sites}, by gNodeB id ${byGnb.sites}, by distance ${byDistance.sites}; cells placed by eNodeB id ${byEnb.cells}, by gNodeB id ${byGnb.cells}, by distance ${byDistance.cells})`,
      vi: `${cells} ô được gộp thành ${this.sites.length} trạm (trạm lập theo mã eNodeB ${byEnb.sites}, theo mã gNodeB ${byGnb.sites}, theo khoảng cách ${byDistance.sites}; ô xếp theo mã eNodeB ${byEnb.cells}, theo mã gNodeB ${byGnb.cells}, theo khoảng cách ${byDistance.cells})`,
    }, {
      en: `LTE cells of one eNodeB (cell id ÷ 256) are one site, NR cells of one gNodeB (cell id ÷ ${2 ** (36 - NR_GNB_ID_BITS)}, an assumed ${NR_GNB_ID_BITS}-bit gNB id) are one site, other cells join a site of their operator whose first cell lies within ${SITE_GROUPING_DISTANCE_M} m`,
      vi: `các ô LTE cùng một eNodeB (mã ô ÷ 256) là một trạm, các ô NR cùng một gNodeB (mã ô ÷ ${2 ** (36 - NR_GNB_ID_BITS)}, giả định mã gNB dài ${NR_GNB_ID_BITS} bit) là một trạm, các ô khác nhập vào trạm cùng nhà mạng có ô đầu tiên cách không quá ${SITE_GROUPING_DISTANCE_M} m`,
    }, { column: 'cell' });
  }

  /** Rows left out: by the MCC, network and radio rules, and dropped repeats (exact duplicates, repeated cells). */
  get leftOut(): number {
    return this.dropped + [this.left.mcc, this.left.network, this.left.radio].reduce((sum, m) => sum + [...m.values()].reduce((a, b) => a + b, 0), 0);
  }
}

const NETWORK_RULE: Bilingual = {
  en: 'the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile',
  vi: 'mã mạng phải là 01 MobiFone, 02 VinaPhone, 04 Viettel hoặc 05 Vietnamobile',
};

/** The node a cell's id names: eNB id (LTE) or gNB id (NR), or null when the id is not usable; see the module comment. */
function nodeOf(cell: Cell): [Method, number | null] {
  if (cell.radio === 'LTE') return ['enb', cell.cell >= 256 && cell.cell < 2 ** 28 ? Math.floor(cell.cell / 256) : null];
  const local = 2 ** (36 - NR_GNB_ID_BITS);
  return ['gnb', cell.cell >= local && cell.cell < 2 ** 36 ? Math.floor(cell.cell / local) : null];
}

/** The grid cell, {@link SITE_GROUPING_DISTANCE_M} on a side, that holds a position. */
function gridCell(lng: number, lat: number): [number, number] {
  const sizeDeg = SITE_GROUPING_DISTANCE_M / M_PER_DEG_LAT;
  return [Math.floor((lng * Math.cos((lat * Math.PI) / 180)) / sizeDeg), Math.floor(lat / sizeDeg)];
}

/** Local equirectangular distance, metres. */
function distanceM(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const cosLat = Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  return Math.hypot((lng2 - lng1) * cosLat, lat2 - lat1) * M_PER_DEG_LAT;
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Rounds degrees to 7 decimals (about 1 cm), so that a mean of positions prints cleanly. */
const round7 = (deg: number): number => Math.round(deg * 1e7) / 1e7;
