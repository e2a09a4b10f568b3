/**
 * The path-loss model of a site, each formula inside its validity range, and its inversion (the distance at which
 * the loss reaches a budget). Frequencies in MHz, heights and 2D distances in metres, losses and σ in dB.
 *
 * - Below 1 km, and wherever the Hata family is not valid: 3GPP TR 38.901 (path-loss-3gpp.ts), NLOS: UMa in
 *   dense-urban, urban and suburban places, UMi street canyon for small cells (antenna at most 15 m, between
 *   UMi's 10 m and UMa's 25 m), RMa in rural places; LOS RMa on open land (no obstacle within a few hundred
 *   metres, Okumura's "open area", is line of sight).
 * - From 1 to 20 km at 150–2000 MHz for macro sites (antenna above 15 m): Okumura–Hata (150–1500 MHz) and
 *   COST-231 Hata (1500–2000 MHz): COST Action 231 final report (1999) §4.4.1, Hata (1980) IEEE Trans. Veh.
 *   Technol. 29(3). Area corrections: dense urban COST-231's metropolitan C_m = 3 dB (Okumura–Hata's large city
 *   below 1500 MHz); urban none; suburban Hata's −2·(log10(f/28))² − 5.4; rural the same suburban correction, not
 *   the open-area one, because Hà Nội's villages are dense clusters of houses and trees, and because it meets
 *   TR 38.901 RMa NLOS at 1 km within about 2 dB (the open-area correction lies 20 dB below it); open land
 *   Hata's −4.78·(log10 f)² + 18.33·log10 f − 40.94. Hata's stated antenna heights are 30–200 m; sites of
 *   15–30 m use it extrapolated, as LTE planning tools do. B1 (2100 MHz) and NR above 2 GHz stay on TR 38.901.
 * - The 1 km switch: from 1 km (where Hata starts) to 5 km (where TR 38.901 UMa and RMa NLOS end), the loss and
 *   σ are the mean of the two weighted linearly in log-distance (Hata's weight 0 at 1 km, 1 at 5 km), so that the
 *   loss is continuous. It increases with distance for antennas up to 60 m (path-loss.test.ts); above that,
 *   in suburban and rural places, Hata's height gain makes it dip by up to 0.6 dB at 100 m near 4 km, and
 *   {@link rangeForBudget} takes the first distance where the loss exceeds the budget.
 */
import type { Environment } from './environment.js';
import {
  rmaBreakpointM,
  tr38901LossDb,
  tr38901MaxDistanceM,
  UE_HEIGHT_M,
  type Tr38901Scenario,
} from './path-loss-3gpp.js';

export { UE_HEIGHT_M } from './path-loss-3gpp.js';

const log10 = Math.log10;

/** Sites at or below this antenna height, metres, are small cells (UMi). */
export const SMALL_CELL_MAX_HEIGHT_M = 15;
/** The Hata family's distance range, metres, and the end of the blend from TR 38.901 to Hata. */
export const HATA_MIN_M = 1000;
export const HATA_MAX_M = 20_000;
export const HATA_BLEND_END_M = 5000;
/** The Hata family's frequency range, MHz (Okumura–Hata from 150, COST-231 up to 2000). */
export const HATA_MIN_MHZ = 150;
export const HATA_MAX_MHZ = 2000;

/** Log-normal shadowing σ per model, dB (3GPP TR 38.901 Table 7.4.1-1; Hata-family planning value). */
export type ShadowSigmas = {
  /** UMa NLOS. @default 6 */
  umaNlos: number;
  /** UMi street canyon NLOS. @default 7.82 */
  umiNlos: number;
  /** RMa NLOS. @default 8 */
  rmaNlos: number;
  /** RMa LOS within the breakpoint distance. @default 4 */
  rmaLos: number;
  /** RMa LOS beyond the breakpoint distance. @default 6 */
  rmaLosFar: number;
  /** Okumura–Hata and COST-231 Hata (measured spreads of 6–10 dB; 8 dB is the usual planning value). @default 8 */
  hata: number;
};

/** The σ values of TR 38.901 Table 7.4.1-1 and the usual 8 dB for Hata. */
export const SHADOW_SIGMA_DEFAULTS: Readonly<ShadowSigmas> = {
  umaNlos: 6,
  umiNlos: 7.82,
  rmaNlos: 8,
  rmaLos: 4,
  rmaLosFar: 6,
  hata: 8,
};

/** Identifiers of the path-loss models, for the method page (names: 'model.pathLoss.<id>'). */
export const PATH_LOSS_MODEL_IDS = [
  'tr38901-uma-nlos',
  'tr38901-umi-nlos',
  'tr38901-rma-nlos',
  'tr38901-rma-los',
  'okumura-hata',
  'cost231-hata',
] as const;
export type PathLossModelId = (typeof PATH_LOSS_MODEL_IDS)[number];

/** Which models a site's loss uses at a distance, and how far its range may reach, metres. */
export type ModelChoice = {
  /** The TR 38.901 model (below 1 km, and everywhere when Hata does not apply). */
  near: PathLossModelId;
  /** The Hata-family model from 1 km, or null when the frequency or the antenna height is outside its range. */
  far: 'okumura-hata' | 'cost231-hata' | null;
  /** Weight of `far` at this distance, 0–1 (0 below 1 km, 1 from 5 km). */
  farWeight: number;
  /** The largest distance, metres, of the models' validity: ranges are clamped to it. */
  maxDistanceM: number;
};

type Near = { scenario: Tr38901Scenario; los: boolean };

function nearOf(hBaseM: number, env: Environment): Near {
  if (env === 'open') return { scenario: 'rma', los: true };
  if (env === 'rural') return { scenario: 'rma', los: false };
  return { scenario: hBaseM <= SMALL_CELL_MAX_HEIGHT_M ? 'umi' : 'uma', los: false };
}

function hataApplies(fMHz: number, hBaseM: number): boolean {
  return fMHz >= HATA_MIN_MHZ && fMHz <= HATA_MAX_MHZ && hBaseM > SMALL_CELL_MAX_HEIGHT_M;
}

function hataWeight(dM: number): number {
  if (dM <= HATA_MIN_M) return 0;
  if (dM >= HATA_BLEND_END_M) return 1;
  return log10(dM / HATA_MIN_M) / log10(HATA_BLEND_END_M / HATA_MIN_M);
}

/** The models behind a site's loss at distance `dM` metres (see the file comment). */
export function modelChoice(fMHz: number, hBaseM: number, env: Environment, dM: number): ModelChoice {
  const near = nearOf(hBaseM, env);
  const nearId = `tr38901-${near.scenario}-${near.los ? 'los' : 'nlos'}` as PathLossModelId;
  if (!hataApplies(fMHz, hBaseM))
    return { near: nearId, far: null, farWeight: 0, maxDistanceM: tr38901MaxDistanceM(near.scenario, near.los) };
  return {
    near: nearId,
    far: fMHz >= 1500 ? 'cost231-hata' : 'okumura-hata',
    farWeight: hataWeight(dM),
    maxDistanceM: HATA_MAX_M,
  };
}

/**
 * Hata-family median path loss, dB, at `dM` metres (COST-231 from 1500 MHz, Okumura–Hata below) with the area
 * correction of an environment (see the file comment). Valid from 1 to 20 km; evaluated as given elsewhere.
 */
export function hataLossDb(fMHz: number, hBaseM: number, dM: number, env: Environment): number {
  const lf = log10(fMHz);
  const lh = log10(Math.max(hBaseM, 1));
  const mediumCity = (1.1 * lf - 0.7) * UE_HEIGHT_M - (1.56 * lf - 0.8);
  // Okumura–Hata's large-city mobile-height term (f ≥ 300 MHz); COST-231 adds C_m = 3 dB instead.
  const largeCity = 3.2 * log10(11.75 * UE_HEIGHT_M) ** 2 - 4.97;
  const cost231 = fMHz >= 1500;
  const aHm = env === 'dense-urban' && !cost231 ? largeCity : mediumCity;
  const base = cost231 ? 46.3 + 33.9 * lf - 13.82 * lh - aHm : 69.55 + 26.16 * lf - 13.82 * lh - aHm;
  let correction = 0;
  if (env === 'dense-urban' && cost231) correction = 3;
  if (env === 'suburban' || env === 'rural') correction = -2 * log10(fMHz / 28) ** 2 - 5.4;
  if (env === 'open') correction = -4.78 * lf ** 2 + 18.33 * lf - 40.94;
  return base + correction + (44.9 - 6.55 * lh) * log10(Math.max(dM, 1) / 1000);
}

/** The 3GPP TR 38.901 loss of a site's near model, dB (UMa, UMi or RMa; see the file comment). */
export function nearLossDb(fMHz: number, hBaseM: number, dM: number, env: Environment): number {
  const near = nearOf(hBaseM, env);
  return tr38901LossDb(near.scenario, near.los, fMHz, hBaseM, dM);
}

function nearSigmaDb(fMHz: number, hBaseM: number, dM: number, env: Environment, s: ShadowSigmas): number {
  const near = nearOf(hBaseM, env);
  if (near.scenario === 'uma') return s.umaNlos;
  if (near.scenario === 'umi') return s.umiNlos;
  if (!near.los) return s.rmaNlos;
  return dM <= rmaBreakpointM(fMHz, Math.min(150, Math.max(10, hBaseM))) ? s.rmaLos : s.rmaLosFar;
}

/** The median path loss of a site, dB, at a 2D distance `dM` metres, in its environment (see the file comment). */
export function pathLossDb(fMHz: number, hBaseM: number, dM: number, env: Environment): number {
  const near = nearLossDb(fMHz, hBaseM, dM, env);
  if (!hataApplies(fMHz, hBaseM)) return near;
  const w = hataWeight(dM);
  return w === 0 ? near : (1 - w) * near + w * hataLossDb(fMHz, hBaseM, dM, env);
}

/** The shadowing σ, dB, of the models used at distance `dM` metres (blended as the loss is). */
export function shadowSigmaDb(
  fMHz: number,
  hBaseM: number,
  dM: number,
  env: Environment,
  s: ShadowSigmas = SHADOW_SIGMA_DEFAULTS,
): number {
  const near = nearSigmaDb(fMHz, hBaseM, dM, env, s);
  if (!hataApplies(fMHz, hBaseM)) return near;
  const w = hataWeight(dM);
  return (1 - w) * near + w * s.hata;
}

/**
 * The distance, metres, up to which `loss(d)` stays within `budgetDb`: the first crossing, found by stepping out
 * from 10 m by 5 % and bisecting the step that crosses (a loss that dips after rising, or a vertical antenna
 * pattern, does not extend the range past a gap). Returns 0 when even 10 m exceeds the budget, `maxM` when no
 * distance up to `maxM` does.
 */
export function rangeForBudget(loss: (dM: number) => number, budgetDb: number, maxM = 100_000): number {
  let lo = 10;
  if (loss(lo) > budgetDb) return 0;
  let hi = lo;
  for (;;) {
    hi = Math.min(maxM, lo * 1.05);
    if (loss(hi) > budgetDb) break;
    if (hi >= maxM) return maxM;
    lo = hi;
  }
  for (let i = 0; i < 40 && hi - lo > 0.05; i++) {
    const mid = (lo + hi) / 2;
    if (loss(mid) <= budgetDb) lo = mid;
    else hi = mid;
  }
  return lo;
}
