/**
 * 3GPP TR 38.901 V17.0.0 (2022) Table 7.4.1-1 path loss, dB, with the standard's default parameters (user
 * height 1.5 m, RMa street width W = 20 m and building height h = 5 m, UMa/UMi effective environment height
 * h_E = 1 m, which holds for users below 13 m). Frequencies in MHz (fc below in GHz), heights and 2D distances in
 * metres; d_3D = √(d_2D² + (h_BS − h_UT)²). Validity (Table 7.4.1-1): d_2D from 10 m to 5 km (RMa LOS to 10 km),
 * fc 0.5–100 GHz (RMa to 30 GHz), h_BS 25 m (UMa), 10 m (UMi), 10–150 m (RMa).
 */

const log10 = Math.log10;
const C_M_PER_S = 299_792_458;

/** Mobile (user) antenna height, metres. */
export const UE_HEIGHT_M = 1.5;

/** The scenarios used: urban macro, urban micro street canyon, rural macro. */
export type Tr38901Scenario = 'uma' | 'umi' | 'rma';

/** Largest 2D distance, metres, for which Table 7.4.1-1 states a scenario (NLOS; RMa LOS to 10 km). */
export function tr38901MaxDistanceM(scenario: Tr38901Scenario, los: boolean): number {
  return scenario === 'rma' && los ? 10_000 : 5_000;
}

function d3(hBaseM: number, dM: number): number {
  return Math.hypot(Math.max(dM, 10), hBaseM - UE_HEIGHT_M);
}

/** UMa LOS (two slopes around the breakpoint d'_BP = 4·h'_BS·h'_UT·f/c). */
function umaLos(fc: number, hBS: number, dM: number): number {
  const dBp = (4 * (hBS - 1) * (UE_HEIGHT_M - 1) * fc * 1e9) / C_M_PER_S;
  const d = d3(hBS, dM);
  if (Math.max(dM, 10) <= dBp) return 28 + 22 * log10(d) + 20 * log10(fc);
  return 28 + 40 * log10(d) + 20 * log10(fc) - 9 * log10(dBp ** 2 + (hBS - UE_HEIGHT_M) ** 2);
}

/** UMi street canyon LOS. */
function umiLos(fc: number, hBS: number, dM: number): number {
  const dBp = (4 * (hBS - 1) * (UE_HEIGHT_M - 1) * fc * 1e9) / C_M_PER_S;
  const d = d3(hBS, dM);
  if (Math.max(dM, 10) <= dBp) return 32.4 + 21 * log10(d) + 20 * log10(fc);
  return 32.4 + 40 * log10(d) + 20 * log10(fc) - 9.5 * log10(dBp ** 2 + (hBS - UE_HEIGHT_M) ** 2);
}

const RMA_W_M = 20;
const RMA_H_M = 5;

/** RMa breakpoint d_BP = 2π·h_BS·h_UT·f/c, metres. */
export function rmaBreakpointM(fMHz: number, hBaseM: number): number {
  return (2 * Math.PI * hBaseM * UE_HEIGHT_M * fMHz * 1e6) / C_M_PER_S;
}

/** RMa LOS. */
function rmaLos(fc: number, hBS: number, dM: number): number {
  const h172 = RMA_H_M ** 1.72;
  const pl1 = (d: number) =>
    20 * log10((40 * Math.PI * d * fc) / 3) +
    Math.min(0.03 * h172, 10) * log10(d) -
    Math.min(0.044 * h172, 14.77) +
    0.002 * log10(RMA_H_M) * d;
  const dBp = rmaBreakpointM(fc * 1000, hBS);
  if (Math.max(dM, 10) <= dBp) return pl1(d3(hBS, dM));
  return pl1(dBp) + 40 * log10(d3(hBS, dM) / dBp);
}

/** RMa NLOS: the larger of LOS and PL'_RMa-NLOS. */
function rmaNlos(fc: number, hBS: number, dM: number): number {
  const nlos =
    161.04 -
    7.1 * log10(RMA_W_M) +
    7.5 * log10(RMA_H_M) -
    (24.37 - 3.7 * (RMA_H_M / hBS) ** 2) * log10(hBS) +
    (43.42 - 3.1 * log10(hBS)) * (log10(d3(hBS, dM)) - 3) +
    20 * log10(fc) -
    (3.2 * log10(11.75 * UE_HEIGHT_M) ** 2 - 4.97);
  return Math.max(rmaLos(fc, hBS, dM), nlos);
}

/**
 * TR 38.901 path loss, dB, of a scenario, LOS or NLOS (NLOS is the larger of the LOS loss and PL'_NLOS, as the
 * standard defines it). The base height is clamped to the scenario's range (RMa 10–150 m; UMa/UMi above 1.5 m).
 */
export function tr38901LossDb(
  scenario: Tr38901Scenario,
  los: boolean,
  fMHz: number,
  hBaseM: number,
  dM: number,
): number {
  const fc = fMHz / 1000;
  if (scenario === 'rma') {
    const hBS = Math.min(150, Math.max(10, hBaseM));
    return los ? rmaLos(fc, hBS, dM) : rmaNlos(fc, hBS, dM);
  }
  const hBS = Math.max(hBaseM, 2);
  const d = d3(hBS, dM);
  if (scenario === 'uma') {
    const lineOfSight = umaLos(fc, hBS, dM);
    return los ? lineOfSight : Math.max(lineOfSight, 13.54 + 39.08 * log10(d) + 20 * log10(fc));
  }
  const lineOfSight = umiLos(fc, hBS, dM);
  return los ? lineOfSight : Math.max(lineOfSight, 35.3 * log10(d) + 22.4 + 21.3 * log10(fc));
}
