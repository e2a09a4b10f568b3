/**
 * Sector antenna patterns, relative to the boresight gain (dB, 0 at boresight, negative elsewhere).
 *
 * 3GPP TR 38.901 V17.0.0 Table 7.3-1 (and TR 36.814 V9.2.0 Table A.2.1.1-2):
 *   horizontal A_H(φ) = −min(12·(φ/φ_3dB)², A_m),
 *   vertical   A_V(θ) = −min(12·((θ − θ_tilt)/θ_3dB)², SLA_V),
 *   combined   A(φ, θ) = −min(−(A_H(φ) + A_V(θ)), A_m),
 * φ the azimuth off boresight, θ the elevation angle below the horizon toward the user, θ_tilt the downtilt.
 * Defaults: φ_3dB = 65°, A_m = 30 dB (TR 38.901; TR 36.814 uses 70° and 25 dB); vertically the 10° half-power
 * beam and 20 dB side-lobe level of a macro panel (TR 36.814), only used when a downtilt is set.
 */

/** Parameters of the sector antenna pattern. */
export type AntennaPattern = {
  /** Horizontal half-power beamwidth φ_3dB, degrees. @default 65 */
  hpbwDeg: number;
  /** Front-to-back ratio A_m, dB: the most the pattern attenuates. @default 30 */
  frontToBackDb: number;
  /** Electrical downtilt below the horizon, degrees; null for no vertical pattern (the default). @default null */
  downtiltDeg: number | null;
  /** Vertical half-power beamwidth θ_3dB, degrees. @default 10 */
  verticalHpbwDeg: number;
  /** Vertical side-lobe level SLA_V, dB. @default 20 */
  verticalSideLobeDb: number;
};

/** TR 38.901's horizontal pattern and TR 36.814's vertical beam, without downtilt. */
export const ANTENNA_DEFAULTS: Readonly<AntennaPattern> = {
  hpbwDeg: 65,
  frontToBackDb: 30,
  downtiltDeg: null,
  verticalHpbwDeg: 10,
  verticalSideLobeDb: 20,
};

/** The smallest angle, degrees 0–180, between a bearing and the nearest of the azimuths (clockwise from north). */
export function offBoresightDeg(azimuthsDeg: readonly number[], bearingDeg: number): number {
  let best = 180;
  for (const az of azimuthsDeg) {
    const d = Math.abs(((((bearingDeg - az) % 360) + 540) % 360) - 180);
    if (d < best) best = d;
  }
  return best;
}

/** Horizontal pattern A_H, dB (≤ 0), at `offDeg` degrees off boresight (TR 38.901 Table 7.3-1). */
export function horizontalPatternDb(offDeg: number, a: AntennaPattern): number {
  return -Math.min(12 * (offDeg / a.hpbwDeg) ** 2, a.frontToBackDb);
}

/** Vertical pattern A_V, dB (≤ 0), toward a user `belowDeg` degrees below the horizon; 0 without downtilt. */
export function verticalPatternDb(belowDeg: number, a: AntennaPattern): number {
  if (a.downtiltDeg === null) return 0;
  return -Math.min(12 * ((belowDeg - a.downtiltDeg) / a.verticalHpbwDeg) ** 2, a.verticalSideLobeDb);
}

/**
 * The best sector's combined pattern, dB (≤ 0), toward a user at `offDeg` degrees off the nearest boresight and
 * `belowDeg` below the horizon. Sectors share their height and tilt, so the nearest boresight is the best.
 */
export function patternDb(offDeg: number, belowDeg: number, a: AntennaPattern): number {
  return -Math.min(-(horizontalPatternDb(offDeg, a) + verticalPatternDb(belowDeg, a)), a.frontToBackDb);
}

/** The elevation angle below the horizon, degrees, from an antenna `heightM` up to a user at `distanceM`. */
export function depressionDeg(heightM: number, userHeightM: number, distanceM: number): number {
  return (Math.atan2(heightM - userHeightM, Math.max(distanceM, 1e-9)) * 180) / Math.PI;
}
