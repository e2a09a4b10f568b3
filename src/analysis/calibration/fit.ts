/**
 * Calibration of the coverage model against signal measurements: one offset per environment class, fitted by least
 * squares, with the error before and after.
 *
 * Model: measured = predicted + o_env + ε, with ε ~ N(0, σ_env²) the shadowing (log-normal, in dB) and `predicted`
 * the best server's median received power (`best-server.ts`; the environment is the best server's, as the engine
 * classifies sites). For fixed best servers, minimising Σ (measured − predicted − o_env)² over o_env has the closed
 * form o_env = the mean residual of the class (the normal equations of a model with one indicator per class
 * decouple by class); σ_env is the residuals' sample standard deviation about that mean. The offsets change which
 * site is strongest where classes meet, so the fit alternates (as k-means does): best servers under the current
 * offsets, then the closed form, until no offset moves by more than `TOLERANCE_DB` or after `MAX_PASSES` passes;
 * each pass lowers the sum of squares or leaves it. An offset adds to every prediction of its class, so the sites
 * are searched and the model evaluated once (`serverTable`); a pass only re-picks the best class per measurement. Classes below `minSamples` keep their offset: a mean of few
 * measurements is mostly noise (its standard error is σ/√n, 1.5 dB at σ = 8 dB and n = 30).
 *
 * The parameters' own offsets (`envOffsetDb`) are in the predictions already (`receivedPowerDbm` adds them); the
 * calibration adds the fitted offsets to them, so fitting a calibrated model again moves it only by what is still
 * wrong. "Before" is the parameters as given, "after" the calibrated ones, each with its own best servers.
 */
import type { SignalMeasurement } from '../../domain/measurement.js';
import type { Site } from '../../domain/telecom.js';
import { ENVIRONMENTS, type Environment } from '../coverage/environment.js';
import type { CoverageParams } from '../coverage/model.js';
import { HANOI_LAEA } from '../projection.js';
import { assign, classResiduals, errorStats, serverTable, zeros } from './assign.js';
import { buildServerIndex } from './best-server.js';
import {
  CALIBRATION_DEFAULTS,
  type Calibration,
  type CalibrationFit,
  type CalibrationOptions,
  type EnvOffsets,
} from './types.js';

/** Passes of the alternating fit at most. */
export const MAX_PASSES = 50;
/** The fit stops when no class's offset moves by more than this, dB. */
export const TOLERANCE_DB = 0.01;

/** What a fit is made from. */
export type CalibrationInput = {
  measurements: readonly SignalMeasurement[];
  sites: readonly Site[];
  params: CoverageParams;
  /** The environment class of a site, as the engine decides it. */
  environmentOf: (site: Site) => Environment;
  /** The measurement file's name, for the provenance. */
  file: string;
  /** When the fit runs, ISO 8601 (given, so that a fit is a pure function of its input). */
  fitDate: string;
  options?: Partial<CalibrationOptions>;
};

/** The parameters with a calibration's offsets (`envOffsetDb`, dB per environment) in place of their own. */
export function applyCalibration(
  params: CoverageParams,
  calibration: Pick<Calibration, 'envOffsetDb'>,
): CoverageParams {
  return { ...params, envOffsetDb: { ...params.envOffsetDb, ...calibration.envOffsetDb } };
}

/** Fits the offsets; see the module comment. Pure: the same input gives the same calibration. */
export function fitCalibration(input: CalibrationInput): CalibrationFit {
  const options: CalibrationOptions = { ...CALIBRATION_DEFAULTS, ...input.options };
  const { measurements, params } = input;
  const index = buildServerIndex(input.sites, input.environmentOf);
  const xy = new Float64Array(measurements.length * 2);
  let from: string | null = null;
  let to: string | null = null;
  measurements.forEach((m, k) => {
    [xy[2 * k], xy[2 * k + 1]] = HANOI_LAEA.forward([m.lng, m.lat]);
    if (m.date !== null && (from === null || m.date < from)) from = m.date;
    if (m.date !== null && (to === null || m.date > to)) to = m.date;
  });

  const table = serverTable(index, measurements, xy, params, options);
  const shift = zeros();
  const first = assign(table, shift);
  let current = first;
  let residuals = classResiduals(measurements, first);
  let passes = 1;
  for (;;) {
    let moved = 0;
    for (const e of ENVIRONMENTS) {
      const step = residuals[e].n >= options.minSamples ? residuals[e].meanDb : 0;
      shift[e] += step;
      moved = Math.max(moved, Math.abs(step));
    }
    current = assign(table, shift);
    if (moved <= TOLERANCE_DB || passes >= MAX_PASSES) break;
    residuals = classResiduals(measurements, current);
    passes++;
  }
  // Counts and σ of the classes as the calibrated parameters assign them.
  residuals = classResiduals(measurements, current);
  const before = errorStats(measurements, first, params);
  const after = errorStats(measurements, current, params);
  const base = params.envOffsetDb;
  const offsets = Object.fromEntries(ENVIRONMENTS.map((e) => [e, base[e] + shift[e]])) as EnvOffsets;

  const calibration: Calibration = {
    version: 1,
    envOffsetDb: offsets,
    classes: ENVIRONMENTS.map((env) => ({
      env,
      n: residuals[env].n,
      fitted: residuals[env].n >= options.minSamples,
      offsetDb: shift[env],
      sigmaDb: residuals[env].sigmaDb,
      before: before.byClass[env],
      after: after.byClass[env],
    })),
    before: before.all,
    after: after.all,
    passes,
    options,
    provenance: {
      file: input.file,
      measurements: measurements.length,
      withServer: measurements.length - table.noServer.length,
      noServer: table.noServer.length,
      from,
      to,
      fitDate: input.fitDate,
      sites: input.sites.length,
    },
  };
  return { calibration, noServer: table.noServer };
}
