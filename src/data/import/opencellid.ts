/**
 * OpenCelliD cell exports (`radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,
 * averageSignal`, with or without that header; `created`/`updated` in Unix seconds) → raw site rows.
 *
 * Which rows are kept, checked in this order; a row left out is counted under the first rule it fails, and each
 * rule gives one file-level warning with the counts (nothing per row, nothing silent):
 * 1. MCC 452 (Vietnam) only (`ocid-mcc-other`);
 * 2. MNC 01 MobiFone, 02 VinaPhone (operator `vnpt`), 04 Viettel, 05 Vietnamobile only; 07 Gmobile, 08 and any
 *    other network are left out (`ocid-network-other`);
 * 3. radio LTE (→ 4G) or NR (→ 5G) only; GSM, UMTS and CDMA cells are left out (`ocid-radio-not-4g5g`).
 * A row with the wrong field count or a value that is not a number is an error (`csv-field-count`,
 * `ocid-value-invalid`), e.g. `c.csv: row 3 (id "ocid-04-10-20"): lat "x" is not a number — OpenCelliD rows need
 * numeric mcc, net, area, cell, lon, lat and created (Unix seconds)`.
 *
 * Grouping into sites: OpenCelliD lists cells, several per mast. A cell joins the site of the earliest earlier
 * cell of the same operator whose first cell lies within {@link SITE_GROUPING_DISTANCE_M} (local equirectangular
 * distance, exact to millimetres at this scale), found through a grid of cells that size; otherwise it starts a
 * new site. The site keeps its first cell's position and id `ocid-<mnc, 2 digits>-<area>-<cell>`, and takes the
 * union of the technologies, `onAir` = the earliest `created` (UTC date), `onAir5g` = the earliest `created` of
 * its NR cells. Folded cells are counted in `merged` and one `ocid-cells-grouped` warning.
 *
 * Left unknown on purpose: bands `[]` (OpenCelliD has no band; `checkSites` accepts an empty list), height empty
 * (`checkSites` then uses its default, 30 m), azimuths `[]` (omni), `rangeM` null: OpenCelliD's `range` is the
 * spread of the crowd-sourced measurements around the estimated position, not the cell's coverage range, so the
 * coverage model decides the range.
 */
import type { DataIssue } from '../../domain/report';
import type { Operator } from '../../domain/telecom';
import type { NumberedRow } from './check-rows';
import type { CoordinateReader } from './coordinates';
import { headerKey } from './headers';

/** The columns of an OpenCelliD export, in order. */
export const OPENCELLID_COLUMNS = [
  'radio', 'mcc', 'net', 'area', 'cell', 'unit', 'lon', 'lat', 'range', 'samples', 'changeable', 'created', 'updated', 'averageSignal',
] as const;

/** Mobile country code of Vietnam. */
export const VIETNAM_MCC = 452;

/** Vietnamese network codes (MNC) of the four operators. */
export const OPERATOR_OF_MNC: Readonly<Record<number, Operator>> = { 1: 'mobifone', 2: 'vnpt', 4: 'viettel', 5: 'vietnamobile' };

/** Names of other Vietnamese networks, for messages. */
const OTHER_NETWORK_NAMES: Readonly<Record<number, string>> = { 7: 'Gmobile' };

/** Cells of one operator within this distance of a site's first cell are that site, metres. */
export const SITE_GROUPING_DISTANCE_M = 30;

const RADIOS: Readonly<Record<string, '4G' | '5G' | null>> = { GSM: null, UMTS: null, CDMA: null, LTE: '4G', NR: '5G' };
const M_PER_DEG_LAT = 111_320;

/** Whether a first record is the OpenCelliD header. */
export function isOpenCellIdHeader(fields: readonly string[]): boolean {
  return fields.length === OPENCELLID_COLUMNS.length && fields.every((f, i) => headerKey(f) === OPENCELLID_COLUMNS[i]!.toLowerCase());
}

/** Whether a first record is an OpenCelliD data row (a file without header). */
export function looksLikeOpenCellIdRow(fields: readonly string[]): boolean {
  return fields.length === OPENCELLID_COLUMNS.length && fields[0]!.trim().toUpperCase() in RADIOS && /^\d+$/.test(fields[1]!.trim());
}

type Group = { n: number; id: string; operator: Operator; lng: number; lat: number; techs: Set<'4G' | '5G'>; created: number | null; created5g: number | null };

/** Collects OpenCelliD rows of one file into sites. */
export class OpenCellIdCollector {
  private readonly groups: Group[] = [];
  private readonly grid = new Map<string, number[]>();
  private readonly left = { mcc: new Map<string, number>(), network: new Map<string, number>(), radio: new Map<string, number>() };
  readonly rejected: DataIssue[] = [];
  merged = 0;

  constructor(private readonly source: string, private readonly coordinates: CoordinateReader) {}

  /** Reads one data row (`n` its row number). */
  add(fields: readonly string[], n: number): void {
    const fail = (rule: string, id: string | null, what: string, why: string): void => {
      const message = `${this.source}: row ${n}${id ? ` (id "${id}")` : ''}: ${what} — ${why}`;
      this.rejected.push({ severity: 'error', rule, file: this.source, index: n, key: id, message });
    };
    if (fields.length !== OPENCELLID_COLUMNS.length) {
      return fail('csv-field-count', null, `${fields.length} field${fields.length === 1 ? '' : 's'}, expected ${OPENCELLID_COLUMNS.length} as in the OpenCelliD format`, 'every row must have as many fields as the header (RFC 4180)');
    }
    const value = (c: (typeof OPENCELLID_COLUMNS)[number]): string => fields[OPENCELLID_COLUMNS.indexOf(c)]!.trim();
    const radio = value('radio').toUpperCase();
    const ints = { mcc: value('mcc'), net: value('net'), area: value('area'), cell: value('cell') };
    const id = /^\d+$/.test(ints.net) && /^\d+$/.test(ints.area) && /^\d+$/.test(ints.cell)
      ? `ocid-${ints.net.padStart(2, '0')}-${ints.area}-${ints.cell}` : null;
    const numericRule = 'OpenCelliD rows need numeric mcc, net, area, cell, lon, lat and created (Unix seconds)';
    for (const [name, v] of Object.entries({ ...ints, lon: value('lon'), lat: value('lat'), created: value('created') })) {
      if (v === '' || !Number.isFinite(Number(v))) return fail('ocid-value-invalid', id, `${name} "${v}" is not a number`, numericRule);
    }
    if (!(radio in RADIOS)) return fail('ocid-value-invalid', id, `radio "${value('radio')}" is unknown`, 'radio must be GSM, UMTS, CDMA, LTE or NR');
    const mcc = Number(ints.mcc);
    const mnc = Number(ints.net);
    if (mcc !== VIETNAM_MCC) return count(this.left.mcc, String(mcc));
    const operator = OPERATOR_OF_MNC[mnc];
    if (operator === undefined) return count(this.left.network, `452-${ints.net.padStart(2, '0')}${OTHER_NETWORK_NAMES[mnc] ? ` ${OTHER_NETWORK_NAMES[mnc]}` : ''}`);
    const tech = RADIOS[radio];
    if (!tech) return count(this.left.radio, radio);
    const [lng, lat] = this.coordinates.read(Number(value('lon')), Number(value('lat')), n);
    const createdS = Number(value('created'));
    const created = createdS > 0 ? createdS : null;
    this.place({ n, id: id!, operator, lng, lat, techs: new Set([tech]), created, created5g: tech === '5G' ? created : null });
  }

  /** Adds a cell to a nearby site of its operator, or starts a site. */
  private place(cell: Group): void {
    const cosLat = Math.cos((cell.lat * Math.PI) / 180);
    const sizeDeg = SITE_GROUPING_DISTANCE_M / M_PER_DEG_LAT;
    const gx = Math.floor((cell.lng * cosLat) / sizeDeg);
    const gy = Math.floor(cell.lat / sizeDeg);
    let best: number | null = null;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const g of this.grid.get(`${cell.operator}|${gx + dx}|${gy + dy}`) ?? []) {
          const site = this.groups[g]!;
          const d = Math.hypot((site.lng - cell.lng) * cosLat, site.lat - cell.lat) * M_PER_DEG_LAT;
          if (d <= SITE_GROUPING_DISTANCE_M && (best === null || g < best)) best = g;
        }
      }
    }
    if (best === null) {
      const key = `${cell.operator}|${gx}|${gy}`;
      this.grid.set(key, [...(this.grid.get(key) ?? []), this.groups.length]);
      this.groups.push(cell);
      return;
    }
    const site = this.groups[best]!;
    for (const t of cell.techs) site.techs.add(t);
    site.created = minDate(site.created, cell.created);
    site.created5g = minDate(site.created5g, cell.created5g);
    this.merged++;
  }

  /** The raw site rows (numbered by their first cell's row) and the file-level warnings. */
  finish(): { rows: NumberedRow[]; warnings: DataIssue[] } {
    const rows = this.groups.map((g) => ({
      n: g.n,
      raw: {
        id: g.id, operator: g.operator, lng: g.lng, lat: g.lat, technologies: ['4G', '5G'].filter((t) => g.techs.has(t as '4G')),
        bands: [], azimuthsDeg: [], onAir: isoDate(g.created), onAir5g: isoDate(g.created5g), rangeM: null, sample: false,
      },
    }));
    const warnings: DataIssue[] = [];
    const warn = (rule: string, counts: Map<string, number>, what: (n: number) => string, why: string): void => {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      if (total === 0) return;
      const list = [...counts].map(([k, v]) => `${k}: ${v}`).join(', ');
      warnings.push({ severity: 'warning', rule, file: this.source, index: null, key: null, message: `${this.source}: ${what(total)} left out (${list}) — ${why}` });
    };
    const rowsWord = (n: number): string => `${n} row${n === 1 ? '' : 's'}`;
    warn('ocid-mcc-other', this.left.mcc, (n) => `${rowsWord(n)} of other countries' networks`, `only Vietnam's networks (MCC ${VIETNAM_MCC}) are imported`);
    warn('ocid-network-other', this.left.network, (n) => `${rowsWord(n)} of networks that are not one of the four operators`, 'the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile');
    warn('ocid-radio-not-4g5g', this.left.radio, (n) => `${rowsWord(n)} of GSM, UMTS or CDMA cells`, 'only LTE (4G) and NR (5G) cells are imported');
    if (this.merged > 0) {
      const cells = this.merged + this.groups.length;
      const sites = `${this.groups.length} site${this.groups.length === 1 ? '' : 's'}`;
      const joined = `${this.merged} cell${this.merged === 1 ? '' : 's'} joined an earlier cell's site`;
      const message = `${this.source}: ${cells} cells grouped into ${sites} (${joined}) — cells of one operator within ${SITE_GROUPING_DISTANCE_M} m of a site's first cell are one site`;
      warnings.push({ severity: 'warning', rule: 'ocid-cells-grouped', file: this.source, index: null, key: null, message });
    }
    return { rows, warnings };
  }

  /** Rows left out by the MCC, network and radio rules. */
  get leftOut(): number {
    return [this.left.mcc, this.left.network, this.left.radio].reduce((sum, m) => sum + [...m.values()].reduce((a, b) => a + b, 0), 0);
  }
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

const minDate = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

const isoDate = (seconds: number | null): string | null => (seconds === null ? null : new Date(seconds * 1000).toISOString().slice(0, 10));
