/**
 * Reads a row's position as WGS84 degrees or VN-2000 metres, and explains the choice for the report.
 *
 * Detection (`auto`), per row: a pair with either value beyond ±1000 is projected metres (no degree is that large;
 * Hà Nội's VN-2000 eastings are about 540 000–610 000 m and northings 2 270 000–2 370 000 m) and is converted from
 * VN-2000 Hà Nội's zone; any other pair is WGS84 `[lng, lat]` degrees and passes unchanged. Deciding per row keeps
 * a file that mixes both usable; the report says how many rows were read which way. A forced mode reads every row
 * that way (forced `wgs84` leaves metres to `checkSites`, which names them).
 *
 * Vietnamese surveying order: survey tables name the northing X and the easting Y, so a VN-2000 row whose
 * lng/x column holds the larger value is read as (northing, easting). Everywhere in Vietnam the northing
 * (over 900 000 m) exceeds a TM-3 easting (under 800 000 m), so the order is never ambiguous.
 */
import type { CoordinateMode, CoordinateReport } from './types';
import { looksProjected, VN2000_HANOI_NAME, vn2000ToWgs84 } from './vn2000';

/** Formats a number as written in the report (up to 4 decimals, trailing zeros dropped). */
const fmt = (v: number): string => String(Math.round(v * 1e4) / 1e4);

/** Reads positions and counts how; one per imported file. */
export class CoordinateReader {
  private wgs84Rows = 0;
  private vn2000Rows = 0;
  private northingFirstRows = 0;
  private firstWgs84: string | null = null;
  private firstVn2000: string | null = null;

  /** `label` names a row in the report: `row` (delimited text) or `feature` (GeoJSON). */
  constructor(private readonly mode: CoordinateMode, private readonly label: 'row' | 'feature' = 'row') {}

  /** `[lng, lat]` degrees of the pair `(a, b)` as found in the lng/x and lat/y columns of row (or feature) `n`. */
  read(a: number, b: number, n: number): [number, number] {
    const projected = this.mode === 'vn2000' || (this.mode === 'auto' && looksProjected(a, b));
    if (!projected) {
      this.wgs84Rows++;
      this.firstWgs84 ??= `${this.label} ${n}: ${fmt(a)}, ${fmt(b)}`;
      return [a, b];
    }
    this.vn2000Rows++;
    this.firstVn2000 ??= `${this.label} ${n}: ${fmt(a)}, ${fmt(b)}`;
    if (a > b) {
      this.northingFirstRows++;
      return vn2000ToWgs84(b, a);
    }
    return vn2000ToWgs84(a, b);
  }

  /** The coordinate part of the import report. */
  report(): CoordinateReport {
    const { wgs84Rows, vn2000Rows, northingFirstRows } = this;
    const forced = this.mode !== 'auto';
    const system = wgs84Rows > 0 && vn2000Rows > 0 ? 'mixed' : wgs84Rows > 0 ? 'wgs84' : vn2000Rows > 0 ? 'vn2000' : 'none';
    const vn = `read as ${VN2000_HANOI_NAME} and converted to WGS84`;
    const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
    let reason: string;
    if (system === 'none') reason = `no ${this.label} had a numeric position`;
    else if (forced) reason = `forced by the caller: every position ${this.mode === 'vn2000' ? vn : 'read as WGS84 [lng, lat] degrees'}`;
    else if (system === 'wgs84') reason = `every position is within ±1000 (first: ${this.firstWgs84}), so read as WGS84 [lng, lat] degrees`;
    else if (system === 'vn2000') reason = `${this.firstVn2000} exceed ±1000, so they are projected metres: every position ${vn}`;
    else {
      reason = `${plural(wgs84Rows, this.label)} within ±1000 read as WGS84 degrees (first: ${this.firstWgs84}), ` +
        `${plural(vn2000Rows, this.label)} beyond ±1000 ${vn} (first: ${this.firstVn2000}); each ${this.label} was read by its own values`;
    }
    if (northingFirstRows > 0) {
      reason += `; ${plural(northingFirstRows, this.label)} held X = northing before Y = easting (Vietnamese surveying order) and were read so`;
    }
    return { system, forced, reason, reasonVi: reason, wgs84Rows, vn2000Rows, northingFirstRows, heldRows: 0, heldSample: [], declared: null };
  }
}
