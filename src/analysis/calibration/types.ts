/**
 * Shapes of the calibration of the coverage model against signal measurements (`fit.ts`): its options, the error
 * figures before and after, the fit per environment class, and the `Calibration` kept with its provenance.
 *
 * Sign convention: an error is predicted − measured, dB (positive: the model promises more signal than was
 * measured); a residual is measured − predicted; an environment's offset is the mean residual of its class, added
 * to the link budget (`CoverageParams.envOffsetDb`).
 */
import type { CoverageLevel } from '../../domain/coverage-level.js';
import type { Environment } from '../coverage/environment.js';

/** Offsets added to the link budget per environment class, dB (the shape of `CoverageParams.envOffsetDb`). */
export type EnvOffsets = Record<Environment, number>;

/** Options of the fit. */
export type CalibrationOptions = {
  /**
   * A measurement farther than this from every site of its operator and technology (and band, when it gives one)
   * has no server: it is reported, not fitted. Metres. @default 5000 (beyond every modelled urban and suburban
   * range: such a phone is on a site the list lacks, or its position is wrong)
   */
  searchRadiusM: number;
  /**
   * The best server is the strongest predicted of this many nearest candidate sites within the radius: a farther
   * site wins through a taller mast, a lower band or a sector facing the point. On the shipped sample (12,500
   * sites, 20,000 synthetic measurements up to 3 km from a site) the 20 nearest miss the best of the 60 nearest
   * for 0.09 % of measurements, by at most 2.1 dB (12 nearest: 0.5 %, 6.6 dB). @default 20
   */
  nearestSites: number;
  /** Classes with fewer fitted measurements keep offset 0 and are reported. @default 30 */
  minSamples: number;
  /** The level the measurements were taken at (drive tests: outdoor; indoor speed tests: indoor). @default 'outdoor' */
  level: CoverageLevel;
};

/** Defaults of {@link CalibrationOptions}. */
export const CALIBRATION_DEFAULTS: Readonly<CalibrationOptions> = {
  searchRadiusM: 5000,
  nearestSites: 20,
  minSamples: 30,
  level: 'outdoor',
};

/** Error figures of a set of measurements against the predictions. */
export type ErrorStats = {
  /** Measurements counted. */
  n: number;
  /** Mean error (predicted − measured), dB; 0 for none. */
  meanErrorDb: number;
  /** Root-mean-square error, dB; 0 for none. */
  rmseDb: number;
  /**
   * Share, fraction 0–1, of measurements inside the predicted level: measured and predicted median both reach the
   * technology's coverage threshold (`linkBudget[tech].rsrpThresholdDbm`), or both fall short. 0 for none.
   */
  levelMatch: number;
};

/** The fit of one environment class. */
export type ClassFit = {
  env: Environment;
  /** Measurements whose best server stands in this class (under the calibrated parameters). */
  n: number;
  /** True when `n` reached `minSamples`: the class got its offset; false: it keeps 0 and is reported. */
  fitted: boolean;
  /** The offset fitted on top of the parameters' own, dB (the mean residual; 0 when not fitted). */
  offsetDb: number;
  /** Standard deviation of the residuals about their mean, dB (the shadowing σ seen); null below 2 measurements. */
  sigmaDb: number | null;
  /** The measurements whose best server was in this class before the fit, against the parameters as given. */
  before: ErrorStats;
  /** The measurements of `n`, against the calibrated parameters. */
  after: ErrorStats;
};

/** Where a calibration comes from. */
export type CalibrationProvenance = {
  /** The measurement file's name. */
  file: string;
  /** Measurements given to the fit. */
  measurements: number;
  /** Of them, those with a best server (fitted or counted in a class that kept 0). */
  withServer: number;
  /** Of them, those without a server within the search radius (not fitted). */
  noServer: number;
  /** First and last day of the measurements that have one, ISO `YYYY-MM-DD`; null when none has. */
  from: string | null;
  to: string | null;
  /** When the fit ran, ISO 8601. */
  fitDate: string;
  /** Sites the best servers were chosen from. */
  sites: number;
};

/** A fitted calibration, kept with its provenance (written as JSON by `npm run calibrate`). */
export type Calibration = {
  /** Format version of this object. */
  version: 1;
  /**
   * The offsets to use, dB per environment: the parameters' own offsets (`envOffsetDb`) plus the fitted ones.
   * `applyCalibration` sets them.
   */
  envOffsetDb: EnvOffsets;
  /** Per environment class, in `ENVIRONMENTS` order. */
  classes: ClassFit[];
  /** Every measurement with a server, before and after. */
  before: ErrorStats;
  after: ErrorStats;
  /** Passes of the alternating fit (best servers, then offsets) it took to settle. */
  passes: number;
  options: CalibrationOptions;
  provenance: CalibrationProvenance;
};

/** Why a measurement has no server. */
export type NoServerReason = 'no-site-in-radius' | 'no-band';

/** A measurement left out of the fit: its index in the input and why. */
export type NoServer = { index: number; reason: NoServerReason };

/** What `fitCalibration` returns: the calibration and the measurements it could not use. */
export type CalibrationFit = { calibration: Calibration; noServer: NoServer[] };
