/**
 * Grouping of OpenCelliD cells into sites, for `OpenCellIdCollector` (`opencellid.ts`), which checks the rows first.
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
 * cell. `OpenCellIdCollector.finish()` reports the grouping (`ocid-cells-grouped`, see {@link OcidGrouping}).
 */
import type { DataIssue } from '../../domain/report.js';
import { BANDS, type Band, type Operator } from '../../domain/telecom.js';
import type { NumberedRow } from './check-rows.js';
import { importIssue, type Bilingual } from './issue.js';
import type { OcidRadio } from './opencellid-bands.js';

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

/** How the cells were grouped: sites by how they started, cells by how they were placed. */
export type OcidGrouping = {
  byEnb: { sites: number; cells: number };
  byGnb: { sites: number; cells: number };
  byDistance: { sites: number; cells: number };
  /** Cells further than {@link NODE_CONFLICT_DISTANCE_M} from their node's first cell (grouped by distance). */
  farCells: number;
};

/**
 * One cell that passed the row checks: its row `n`, its site id if it starts one, operator, MNC (two digits),
 * radio, cell id, position (`lng`, `lat` degrees), band and OpenCelliD range (metres, null unless used).
 */
export type OcidCell = {
  n: number;
  id: string;
  operator: Operator;
  mnc: string;
  radio: OcidRadio;
  cell: number;
  lng: number;
  lat: number;
  band: Band | null;
  rangeM: number | null;
};

/** Reports a per-row warning about a cell (`ocid-node-far`) in the row's place. */
export type OcidCellIssue = (
  s: 'warning',
  rule: string,
  id: string,
  what: Bilingual,
  why: Bilingual,
  column: 'cell',
  value: unknown,
) => void;

type Method = 'enb' | 'gnb' | 'distance';
type SiteAcc = {
  n: number;
  id: string;
  operator: Operator;
  firstLng: number;
  firstLat: number;
  sumLng: number;
  sumLat: number;
  cells: number;
  radios: Set<OcidRadio>;
  bands: Set<Band>;
  rangeM: number | null;
  nodes: Set<Method>;
};

const M_PER_DEG_LAT = 111_320;

/** Groups the cells of one file into sites, in the order they come; see the module comment. */
export class OcidSiteGrouper {
  private readonly sites: SiteAcc[] = [];
  private readonly nodes = new Map<string, number>();
  private readonly grid = new Map<string, number[]>();
  private readonly counts: OcidGrouping = {
    byEnb: { sites: 0, cells: 0 },
    byGnb: { sites: 0, cells: 0 },
    byDistance: { sites: 0, cells: 0 },
    farCells: 0,
  };
  /** Cells that joined an existing site. */
  merged = 0;

  /** Puts a cell into its node's site, a nearby site of its operator, or a new site. */
  place(cell: OcidCell, issue: OcidCellIssue): void {
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
      issue(
        'warning',
        'ocid-node-far',
        cell.id,
        {
          en: `${name} ${node} of 452-${cell.mnc} lies ${km} km from row ${site.n}, its first cell: grouped by distance instead`,
          vi: `${name} ${node} của 452-${cell.mnc} cách dòng ${site.n}, ô đầu tiên của nó, ${km.replace('.', ',')} km: gộp theo khoảng cách thay vào đó`,
        },
        {
          en: `cells of one ${name} more than ${NODE_CONFLICT_DISTANCE_M} m apart are a conflict, not one site`,
          vi: `các ô của một ${name} cách nhau hơn ${NODE_CONFLICT_DISTANCE_M} m là mâu thuẫn, không phải một trạm`,
        },
        'cell',
        String(cell.cell),
      );
    }
    const best = this.nearby(cell, () => true);
    if (best === null) this.start(cell, cell.id, 'distance');
    else this.join(best, cell, 'distance');
  }

  /** The earliest site of the cell's operator whose first cell lies within {@link SITE_GROUPING_DISTANCE_M} and that `accept`s. */
  private nearby(cell: OcidCell, accept: (site: SiteAcc) => boolean): number | null {
    const [gx, gy] = gridCell(cell.lng, cell.lat);
    let best: number | null = null;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const g of this.grid.get(`${cell.operator}|${gx + dx}|${gy + dy}`) ?? []) {
          const site = this.sites[g]!;
          if (
            (best === null || g < best) &&
            accept(site) &&
            distanceM(site.firstLng, site.firstLat, cell.lng, cell.lat) <= SITE_GROUPING_DISTANCE_M
          )
            best = g;
        }
      }
    }
    return best;
  }

  private start(cell: OcidCell, id: string, method: Method): number {
    const at = this.sites.length;
    this.sites.push({
      n: cell.n,
      id,
      operator: cell.operator,
      firstLng: cell.lng,
      firstLat: cell.lat,
      sumLng: 0,
      sumLat: 0,
      cells: 0,
      radios: new Set(),
      bands: new Set(),
      rangeM: null,
      nodes: new Set(),
    });
    const [gx, gy] = gridCell(cell.lng, cell.lat);
    const key = `${cell.operator}|${gx}|${gy}`;
    const list = this.grid.get(key);
    if (list) list.push(at);
    else this.grid.set(key, [at]);
    this.groupCounts(method).sites++;
    this.add1(at, cell, method);
    return at;
  }

  private join(at: number, cell: OcidCell, method: Method): void {
    this.merged++;
    this.add1(at, cell, method);
  }

  private add1(at: number, cell: OcidCell, method: Method): void {
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

  /** The raw site rows, numbered by their first cell's row, at the mean position of their cells. */
  rows(): NumberedRow[] {
    const bandOrder = Object.keys(BANDS) as Band[];
    return this.sites.map((s) => ({
      n: s.n,
      raw: {
        id: s.id,
        operator: s.operator,
        lng: round7(s.sumLng / s.cells),
        lat: round7(s.sumLat / s.cells),
        technologies: [s.radios.has('LTE') ? '4G' : null, s.radios.has('NR') ? '5G' : null].filter((t) => t !== null),
        bands: bandOrder.filter((b) => s.bands.has(b)),
        azimuthsDeg: [],
        onAir: null,
        onAir5g: null,
        rangeM: s.rangeM,
        sample: false,
      },
    }));
  }

  /** The file-level note `ocid-cells-grouped`: how many cells were grouped into how many sites, and how. */
  note(source: string): DataIssue {
    const { byEnb, byGnb, byDistance } = this.counts;
    const cells = byEnb.cells + byGnb.cells + byDistance.cells;
    const s = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
    return importIssue(
      'warning',
      'ocid-cells-grouped',
      source,
      { label: 'file' },
      {
        en: `${s(cells, 'cell', 'cells')} grouped into ${s(this.sites.length, 'site', 'sites')} (sites started by eNodeB id ${byEnb.sites}, by gNodeB id ${byGnb.sites}, by distance ${byDistance.sites}; cells placed by eNodeB id ${byEnb.cells}, by gNodeB id ${byGnb.cells}, by distance ${byDistance.cells})`,
        vi: `${cells} ô được gộp thành ${this.sites.length} trạm (trạm lập theo mã eNodeB ${byEnb.sites}, theo mã gNodeB ${byGnb.sites}, theo khoảng cách ${byDistance.sites}; ô xếp theo mã eNodeB ${byEnb.cells}, theo mã gNodeB ${byGnb.cells}, theo khoảng cách ${byDistance.cells})`,
      },
      {
        en: `LTE cells of one eNodeB (cell id ÷ 256) are one site, NR cells of one gNodeB (cell id ÷ ${2 ** (36 - NR_GNB_ID_BITS)}, an assumed ${NR_GNB_ID_BITS}-bit gNB id) are one site, other cells join a site of their operator whose first cell lies within ${SITE_GROUPING_DISTANCE_M} m`,
        vi: `các ô LTE cùng một eNodeB (mã ô ÷ 256) là một trạm, các ô NR cùng một gNodeB (mã ô ÷ ${2 ** (36 - NR_GNB_ID_BITS)}, giả định mã gNB dài ${NR_GNB_ID_BITS} bit) là một trạm, các ô khác nhập vào trạm cùng nhà mạng có ô đầu tiên cách không quá ${SITE_GROUPING_DISTANCE_M} m`,
      },
      { column: 'cell' },
    );
  }
}

/** The node a cell's id names: eNB id (LTE) or gNB id (NR), or null when the id is not usable; see the module comment. */
function nodeOf(cell: OcidCell): [Method, number | null] {
  if (cell.radio === 'LTE')
    return ['enb', cell.cell >= 256 && cell.cell < 2 ** 28 ? Math.floor(cell.cell / 256) : null];
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

/** Rounds degrees to 7 decimals (about 1 cm), so that a mean of positions prints cleanly. */
const round7 = (deg: number): number => Math.round(deg * 1e7) / 1e7;
