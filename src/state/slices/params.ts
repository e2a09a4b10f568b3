/**
 * The coverage model's parameters the user chose: overrides of the defaults (`{}`: the defaults), edited on the
 * method page, carried by a shared link or applied from a calibration, and the calibration in use with its
 * provenance. Both persist with the preferences; the session sends the parameters to the worker when they change.
 */
import type { StateCreator } from 'zustand/vanilla';
import { applyCalibration } from '../../analysis/calibration/fit.js';
import type { Calibration } from '../../analysis/calibration/types.js';
import { ENVIRONMENTS } from '../../analysis/coverage/environment.js';
import { NO_OVERRIDES, overridesOf, resolveParams, type ParamOverrides } from '../../analysis/params-overrides.js';

export type ParamsState = {
  /** Overrides of the coverage model's parameters over `COVERAGE_DEFAULTS` (units as in CoverageParams). */
  coverageParams: ParamOverrides;
  /**
   * The calibration whose offsets (`envOffsetDb`, dB per environment) are in `coverageParams`, with its provenance
   * (file, measurements, dates); null when none, or once an offset was edited by hand.
   */
  calibration: Calibration | null;
};

export type ParamsActions = {
  /** The user (or a shared link) chose parameters; a calibration whose offsets they no longer hold is dropped. */
  paramsChosen: (overrides: ParamOverrides) => void;
  /** The user applied a calibration: its offsets replace the parameters' own, and it is kept with its provenance. */
  calibrationApplied: (calibration: Calibration) => void;
  /** Back to the defaults, without calibration. */
  paramsReset: () => void;
};

export type ParamsSlice = ParamsState & ParamsActions;

export const INITIAL_PARAMS: ParamsState = { coverageParams: NO_OVERRIDES, calibration: null };

/** The overrides of the valid fields of `overrides` only, nothing that equals its default. */
export function cleanOverrides(overrides: unknown): ParamOverrides {
  return overridesOf(resolveParams(overrides).params);
}

/** True when the parameters of `overrides` hold every offset of `calibration`. */
function holds(overrides: ParamOverrides, calibration: Calibration): boolean {
  const { envOffsetDb } = resolveParams(overrides).params;
  return ENVIRONMENTS.every((e) => envOffsetDb[e] === calibration.envOffsetDb[e]);
}

export const createParamsSlice: StateCreator<ParamsSlice> = (set) => ({
  ...INITIAL_PARAMS,
  paramsChosen: (overrides) =>
    set((s) => {
      const coverageParams = cleanOverrides(overrides);
      return {
        coverageParams,
        calibration: s.calibration && holds(coverageParams, s.calibration) ? s.calibration : null,
      };
    }),
  calibrationApplied: (calibration) =>
    set((s) => ({
      coverageParams: overridesOf(applyCalibration(resolveParams(s.coverageParams).params, calibration)),
      calibration,
    })),
  paramsReset: () => set(INITIAL_PARAMS),
});
