/**
 * The steps of the calibration (`fit.ts`): the candidate servers of every measurement searched once, the best
 * server under a set of offsets, and the figures the fit needs from it: per class the count and the mean and spread of the residuals (measured − predicted), and
 * the error figures of a set of predictions.
 */
import type { SignalMeasurement } from '../../domain/measurement.js';
import { ENVIRONMENTS, type Environment } from '../coverage/environment.js';
import type { CoverageParams } from '../coverage/model.js';
import { CLASSES, serversByClass, type ServerIndex } from './best-server.js';
import type { CalibrationOptions, EnvOffsets, ErrorStats, NoServer } from './types.js';

/** Each measurement's best server under one set of offsets. */
export type Assignment = {
  /** Predicted median power of the best server, dBm (NaN without a server). */
  predicted: Float64Array;
  /** Class of the best server (null without a server). */
  env: (Environment | null)[];
};

/** Per measurement and class, the strongest server's predicted power under the parameters (`serversByClass`). */
export type ServerTable = {
  /** dBm, `CLASSES` per measurement; −∞ where the class has no candidate. */
  power: Float64Array;
  site: Int32Array;
  noServer: NoServer[];
};

/** Searches every measurement's candidate servers once under `params`; `xy` holds their plane positions, metres. */
export function serverTable(
  index: ServerIndex,
  measurements: readonly SignalMeasurement[],
  xy: Float64Array,
  params: CoverageParams,
  options: CalibrationOptions,
): ServerTable {
  const power = new Float64Array(measurements.length * CLASSES);
  const site = new Int32Array(measurements.length * CLASSES);
  const noServer: NoServer[] = [];
  measurements.forEach((m, k) => {
    const none = serversByClass(index, m, xy[2 * k]!, xy[2 * k + 1]!, params, options, power, site, k);
    if (none !== null) noServer.push({ index: k, reason: none });
  });
  return { power, site, noServer };
}

/** The best servers with `shiftDb` added to each class's predictions (offsets fitted on top of the parameters'). */
export function assign(table: ServerTable, shiftDb: EnvOffsets): Assignment {
  const n = table.power.length / CLASSES;
  const predicted = new Float64Array(n).fill(Number.NaN);
  const env: (Environment | null)[] = new Array<Environment | null>(n).fill(null);
  const shift = ENVIRONMENTS.map((e) => shiftDb[e]);
  for (let k = 0; k < n; k++) {
    let best = Number.NEGATIVE_INFINITY;
    let at = -1;
    for (let e = 0; e < CLASSES; e++) {
      const p = table.power[k * CLASSES + e]! + shift[e]!;
      if (p > best) {
        best = p;
        at = e;
      }
    }
    if (at < 0) continue;
    predicted[k] = best;
    env[k] = ENVIRONMENTS[at]!;
  }
  return { predicted, env };
}

/** Per class: measurements, mean residual (dB; 0 for none), and residual σ about it (dB; null below 2). */
export type ClassResiduals = Record<Environment, { n: number; meanDb: number; sigmaDb: number | null }>;

/** The residuals of an assignment, per class. */
export function classResiduals(measurements: readonly SignalMeasurement[], a: Assignment): ClassResiduals {
  const n = zeros();
  const sum = zeros();
  const sumSq = zeros();
  a.env.forEach((e, k) => {
    if (e === null) return;
    const r = measurements[k]!.rsrpDbm - a.predicted[k]!;
    n[e]++;
    sum[e] += r;
    sumSq[e] += r * r;
  });
  return Object.fromEntries(
    ENVIRONMENTS.map((e) => {
      const mean = n[e] > 0 ? sum[e] / n[e] : 0;
      // Σ(r − r̄)² = Σr² − n·r̄²; clamped at 0 against rounding.
      const ss = Math.max(0, sumSq[e] - n[e] * mean * mean);
      return [e, { n: n[e], meanDb: mean, sigmaDb: n[e] >= 2 ? Math.sqrt(ss / (n[e] - 1)) : null }];
    }),
  ) as ClassResiduals;
}

/** Error figures of an assignment, overall and per class. Covered: at or above `linkBudget[tech].rsrpThresholdDbm`. */
export function errorStats(
  measurements: readonly SignalMeasurement[],
  a: Assignment,
  params: CoverageParams,
): { all: ErrorStats; byClass: Record<Environment, ErrorStats> } {
  const all = new ErrorSum();
  const byClass = new Map(ENVIRONMENTS.map((e) => [e, new ErrorSum()]));
  a.env.forEach((e, k) => {
    if (e === null) return;
    const m = measurements[k]!;
    const threshold = params.linkBudget[m.technology].rsrpThresholdDbm;
    const p = a.predicted[k]!;
    const match = p >= threshold === m.rsrpDbm >= threshold;
    all.add(p - m.rsrpDbm, match);
    byClass.get(e)!.add(p - m.rsrpDbm, match);
  });
  return {
    all: all.stats(),
    byClass: Object.fromEntries(ENVIRONMENTS.map((e) => [e, byClass.get(e)!.stats()])) as Record<
      Environment,
      ErrorStats
    >,
  };
}

/** 0 for every class. */
export function zeros(): EnvOffsets {
  return Object.fromEntries(ENVIRONMENTS.map((e) => [e, 0])) as EnvOffsets;
}

/** Accumulates error figures one measurement at a time. */
class ErrorSum {
  n = 0;
  sum = 0;
  sumSq = 0;
  match = 0;
  add(errorDb: number, match: boolean): void {
    this.n++;
    this.sum += errorDb;
    this.sumSq += errorDb * errorDb;
    if (match) this.match++;
  }
  stats(): ErrorStats {
    const n = this.n;
    return n === 0
      ? { n: 0, meanErrorDb: 0, rmseDb: 0, levelMatch: 0 }
      : { n, meanErrorDb: this.sum / n, rmseDb: Math.sqrt(this.sumSq / n), levelMatch: this.match / n };
  }
}
