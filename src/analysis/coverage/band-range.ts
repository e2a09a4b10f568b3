/**
 * The range of one band of a site, metres, per level and per direction: the distance at which the median path
 * loss plus the level's loss plus the fade margin reaches the link budget less the antenna pattern's attenuation,
 *   PL(d) + L_level + σ(d)·Q⁻¹(1 − p) + A(φ, θ) ≤ P_RE + G − L_feeder − RSRP_min + offset(env),
 * where P_RE = P_tx − 10·log10(subcarriers) is the power per resource element (3GPP TS 36.214 RSRP and TS 38.215
 * SS-RSRP are per resource element), σ the shadowing of the model at that distance (indoors combined with the
 * building-entry spread, √(σ_SF² + σ_P²)), A ≤ 0 the sector pattern (antenna.ts).
 *
 * Sites share a few hundred (band, height, environment, level) cases: each case's ranges are memoised per
 * parameter object, as a table of range by pattern attenuation (0 to A_m in 0.5 dB steps) from one sweep.
 */
import type { CoverageLevel } from '../../domain/coverage-level.js';
import type { Band } from '../../domain/telecom.js';
import { BANDS } from '../../domain/telecom.js';
import { depressionDeg, patternDb } from './antenna.js';
import { buildingEntryLossDb, buildingLossSigmaDb } from './building-loss.js';
import type { Environment } from './environment.js';
import { normalQuantile } from './margins.js';
import type { CoverageParams } from './params.js';
import { modelChoice, pathLossDb, rangeForBudget, shadowSigmaDb, UE_HEIGHT_M } from './path-loss.js';

/** Step of the range tables, dB of pattern attenuation. */
const TABLE_STEP_DB = 0.5;
/** Growth of the distance grid of a table sweep (3 %: interpolation errors far below a metre per kilometre). */
const SWEEP_GROWTH = 1.03;

/** The link budget of a band before path loss, dB: P_RE + G − L_feeder − RSRP_min + the environment's offset. */
export function budgetDb(band: Band, env: Environment, p: CoverageParams): number {
  const b = p.linkBudget[BANDS[band].tech];
  return (
    b.txPowerDbm -
    10 * Math.log10(b.subcarriers) +
    b.antennaGainDbi -
    b.feederLossDb -
    b.rsrpThresholdDbm +
    p.envOffsetDb[env]
  );
}

/** The median loss a level adds to the outdoor path, dB: 0 outdoors, the building-entry loss indoors. */
export function levelLossDb(level: CoverageLevel, band: Band, p: CoverageParams): number {
  if (level === 'outdoor') return 0;
  return buildingEntryLossDb(p.buildingLoss.model, BANDS[band].mhz, p.buildingLoss.indoorDepthM);
}

/** The loss a budget must cover at distance `dM` metres, dB: path loss, level loss and fade margin. */
export function effectiveLossDb(
  band: Band,
  heightM: number,
  env: Environment,
  level: CoverageLevel,
  p: CoverageParams,
): (dM: number) => number {
  const f = BANDS[band].mhz;
  const z = normalQuantile(p.edgeProbability);
  const extra = levelLossDb(level, band, p);
  const spread = level === 'outdoor' ? 0 : buildingLossSigmaDb(p.buildingLoss.model);
  return (d) =>
    pathLossDb(f, heightM, d, env) + extra + z * Math.hypot(shadowSigmaDb(f, heightM, d, env, p.shadowSigmaDb), spread);
}

/** One (band, height, environment, level) case of the model: its range toward any direction. */
export type BandCase = {
  /**
   * The unclamped range, metres, `offDeg` degrees off the nearest sector's boresight (`omni` true for an antenna
   * without pattern): the first distance where the effective loss exceeds the budget less the pattern's
   * attenuation, 0 when even 10 m does.
   */
  rangeAt(offDeg: number, omni: boolean): number;
};

const memo = new WeakMap<CoverageParams, Map<string, BandCase>>();

/** The memoised case of a band of a site (per parameter object: sites share a few hundred cases). */
export function bandCase(
  band: Band,
  heightM: number,
  env: Environment,
  level: CoverageLevel,
  p: CoverageParams,
): BandCase {
  const cases = memo.get(p) ?? (memo.set(p, new Map()).get(p) as Map<string, BandCase>);
  const key = `${band}|${heightM}|${env}|${level}`;
  let c = cases.get(key);
  if (c === undefined) {
    c =
      p.antenna.downtiltDeg === null ? tableCase(band, heightM, env, level, p) : tiltCase(band, heightM, env, level, p);
    cases.set(key, c);
  }
  return c;
}

function tableCase(band: Band, heightM: number, env: Environment, level: CoverageLevel, p: CoverageParams): BandCase {
  const table = rangeTable(band, heightM, env, level, p);
  const last = table.length - 1;
  const scale = 12 / p.antenna.hpbwDeg ** 2 / TABLE_STEP_DB;
  const cap = p.antenna.frontToBackDb / TABLE_STEP_DB;
  return {
    rangeAt(offDeg, omni) {
      if (omni || offDeg === 0) return table[0]!;
      const x = Math.min(scale * offDeg * offDeg, cap);
      const i = Math.min(Math.floor(x), last);
      const a = table[i]!;
      const b = table[Math.min(i + 1, last)]!;
      if (b === 0 || a === 0) return x - i < 0.5 ? a : b;
      return a * (b / a) ** (x - i);
    },
  };
}

function tiltCase(band: Band, heightM: number, env: Environment, level: CoverageLevel, p: CoverageParams): BandCase {
  const loss = effectiveLossDb(band, heightM, env, level, p);
  const budget = budgetDb(band, env, p);
  const maxM = modelChoice(BANDS[band].mhz, heightM, env, 0).maxDistanceM;
  const byHalfDegree = new Map<number, number>();
  return {
    rangeAt(offDeg, omni) {
      const slot = omni ? -1 : Math.round(offDeg * 2);
      let r = byHalfDegree.get(slot);
      if (r === undefined) {
        const off = slot / 2;
        const withPattern = omni
          ? loss
          : (d: number) => loss(d) - patternDb(off, depressionDeg(heightM, UE_HEIGHT_M, d), p.antenna);
        byHalfDegree.set(slot, (r = rangeForBudget(withPattern, budget, maxM)));
      }
      return r;
    },
  };
}

function rangeTable(band: Band, heightM: number, env: Environment, level: CoverageLevel, p: CoverageParams) {
  const loss = effectiveLossDb(band, heightM, env, level, p);
  const budget = budgetDb(band, env, p);
  const maxM = modelChoice(BANDS[band].mhz, heightM, env, 0).maxDistanceM;
  const table = new Float64Array(Math.ceil(Math.max(0, p.antenna.frontToBackDb) / TABLE_STEP_DB) + 1);
  const r0 = rangeForBudget(loss, budget, maxM);
  if (r0 === 0) return table;
  table[0] = r0;
  // One sweep out to the boresight range; the running maximum makes every entry the first crossing.
  const ds: number[] = [];
  const ms: number[] = [];
  let top = Number.NEGATIVE_INFINITY;
  for (let d = 10; d < r0; d *= SWEEP_GROWTH) {
    top = Math.max(top, loss(d));
    ds.push(d);
    ms.push(top);
  }
  ds.push(r0);
  ms.push(Math.max(top, budget));
  for (let i = 1; i < table.length; i++) {
    const target = budget - i * TABLE_STEP_DB;
    if (ms[0]! > target) break;
    let lo = 0;
    let hi = ms.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]! <= target) lo = mid;
      else hi = mid;
    }
    const t = ms[hi]! > ms[lo]! ? (target - ms[lo]!) / (ms[hi]! - ms[lo]!) : 0;
    table[i] = ds[lo]! * (ds[hi]! / ds[lo]!) ** t;
  }
  return table;
}

/** The unclamped range of a band, metres, `offDeg` degrees off boresight (see {@link BandCase}). */
export function bandRangeAtM(
  band: Band,
  heightM: number,
  env: Environment,
  level: CoverageLevel,
  offDeg: number,
  omni: boolean,
  p: CoverageParams,
): number {
  return bandCase(band, heightM, env, level, p).rangeAt(offDeg, omni);
}
