/**
 * Signal measurements: what a phone measured at one point, as drive-test tools and speed-test apps with signal
 * fields export it. The calibration of the coverage model (`analysis/calibration/`) compares them with the
 * model's predicted median received power.
 */
import type { Band, Operator, Technology } from './telecom.js';

/**
 * Lowest and highest RSRP (4G) or SS-RSRP (5G) a phone reports, dBm: the reporting range of 3GPP TS 36.133
 * §9.1.4 (RSRP, extended range) and TS 38.133 §10.1.6 (SS-RSRP), −156 to −31 dBm. A value outside it is a unit
 * or column mistake (a positive "95" written for −95 dBm, an RSRQ or SINR column).
 */
export const MIN_RSRP_DBM = -156;
export const MAX_RSRP_DBM = -31;

/**
 * One measurement of the reference-signal power a phone received at a point `[lng, lat]` (WGS84 degrees): RSRP
 * for 4G (3GPP TS 36.214 §5.1.1), SS-RSRP for 5G (TS 38.215 §5.1.1), both per resource element.
 */
export type SignalMeasurement = {
  lng: number;
  lat: number;
  /** Measured RSRP (4G) or SS-RSRP (5G), dBm, within [{@link MIN_RSRP_DBM}, {@link MAX_RSRP_DBM}]. */
  rsrpDbm: number;
  /** The network the phone was on. */
  operator: Operator;
  technology: Technology;
  /** The band the phone was on, when the file says (a band of `technology`); null otherwise. */
  band: Band | null;
  /** The Vietnam day (UTC+07:00) of the measurement, ISO `YYYY-MM-DD`; null when the file gives no time. */
  date: string | null;
};
