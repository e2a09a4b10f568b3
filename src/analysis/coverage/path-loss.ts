/**
 * Path-loss models and their inversion (the distance at which the loss reaches a budget).
 *
 * - Okumura–Hata (150–1500 MHz) and COST-231 Hata (1500–2000 MHz): COST Action 231, "Digital mobile radio
 *   towards future generation systems", final report (1999), §4.4.1; with the suburban and open-area
 *   corrections of Hata (1980), IEEE Trans. Veh. Technol. 29(3). Used for 4G (700, 900, 1800, 2100 MHz; 2100 MHz
 *   is just beyond COST-231's range and is extrapolated, as is usual in LTE planning).
 * - 3GPP TR 38.901 V17.0.0 (2022), Table 7.4.1-1: UMa NLOS and RMa NLOS, for 5G NR (700 MHz–3.5 GHz).
 *
 * Distances in metres, frequencies in MHz, heights in metres, losses in dB.
 */
import type { Environment } from './environment.js';

const log10 = Math.log10;

/** Mobile (user) antenna height, metres. */
export const UE_HEIGHT_M = 1.5;

/**
 * Hata-family median path loss, dB, at distance `dM` metres (COST-231 above 1500 MHz, Okumura–Hata below).
 * Dense urban gets COST-231's metropolitan +3 dB; suburban and rural get Hata's corrections.
 */
export function hataLossDb(fMHz: number, hBaseM: number, dM: number, env: Environment): number {
  const { a, b } = hataCoefficients(fMHz, hBaseM, env);
  return a + b * log10(Math.max(dM, 1) / 1000);
}

function hataCoefficients(fMHz: number, hBaseM: number, env: Environment): { a: number; b: number } {
  const lf = log10(fMHz);
  const lh = log10(Math.max(hBaseM, 1));
  const aHm = (1.1 * lf - 0.7) * UE_HEIGHT_M - (1.56 * lf - 0.8);
  const base = fMHz >= 1500 ? 46.3 + 33.9 * lf - 13.82 * lh - aHm : 69.55 + 26.16 * lf - 13.82 * lh - aHm;
  const metropolitan = fMHz >= 1500 && env === 'dense-urban' ? 3 : 0;
  let correction = 0;
  if (env === 'suburban') correction = -2 * log10(fMHz / 28) ** 2 - 5.4;
  if (env === 'rural' || env === 'open') correction = -4.78 * lf ** 2 + 18.33 * lf - 40.94;
  return { a: base + metropolitan + correction, b: 44.9 - 6.55 * lh };
}

/**
 * 3GPP TR 38.901 NLOS path loss, dB: UMa for dense urban, urban and suburban, RMa for rural
 * (street width 20 m, building height 5 m, the standard's defaults). `dM` is the 2D distance.
 */
export function nrLossDb(fMHz: number, hBaseM: number, dM: number, env: Environment): number {
  const fc = fMHz / 1000;
  const d3 = Math.hypot(Math.max(dM, 10), hBaseM - UE_HEIGHT_M);
  if (env !== 'rural' && env !== 'open') return 13.54 + 39.08 * log10(d3) + 20 * log10(fc) - 0.6 * (UE_HEIGHT_M - 1.5);
  const W = 20;
  const h = 5;
  const hBS = Math.max(hBaseM, 10);
  return (
    161.04 -
    7.1 * log10(W) +
    7.5 * log10(h) -
    (24.37 - 3.7 * (h / hBS) ** 2) * log10(hBS) +
    (43.42 - 3.1 * log10(hBS)) * (log10(d3) - 3) +
    20 * log10(fc) -
    (3.2 * log10(11.75 * UE_HEIGHT_M) ** 2 - 4.97)
  );
}

/**
 * The largest distance, metres, at which `loss(d)` stays within `budgetDb`, by bisection on
 * [10 m, 100 km] (every model here increases with distance). Returns 0 when even 10 m exceeds the budget.
 */
export function rangeForBudget(loss: (dM: number) => number, budgetDb: number): number {
  let lo = 10;
  let hi = 100_000;
  if (loss(lo) > budgetDb) return 0;
  if (loss(hi) <= budgetDb) return hi;
  for (let i = 0; i < 60 && hi - lo > 0.5; i++) {
    const mid = Math.sqrt(lo * hi);
    if (loss(mid) <= budgetDb) lo = mid;
    else hi = mid;
  }
  return lo;
}
