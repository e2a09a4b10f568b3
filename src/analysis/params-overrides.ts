/**
 * Parameter overrides: the coverage model's parameters as the app keeps, shares and exports them, only the fields
 * that differ from the defaults (`{}` means the defaults), at any depth (`{"linkBudget": {"5G": {"txPowerDbm": 50}}}`
 * changes one figure). Resolved to full parameters by the catalogue's validation (coverage/params-validate.ts), so
 * the store, a shared link, a parameters file and the worker all read them with the same rules.
 */
import { COVERAGE_DEFAULTS, type CoverageParams } from './coverage/model.js';
import { PARAMS_CATALOGUE } from './coverage/params-catalogue.js';
import { validateParams, type ParamError } from './coverage/params-validate.js';

/** A deep-partial copy of T: every field optional at every depth (arrays and scalars are leaves). */
export type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Overrides of the coverage model's parameters over `COVERAGE_DEFAULTS` (units as in CoverageParams). */
export type ParamOverrides = DeepPartial<CoverageParams>;

/** No override: the defaults. */
export const NO_OVERRIDES: Readonly<ParamOverrides> = Object.freeze({});

/** A value of a parameter: a number in the catalogue's unit, a choice, or null (e.g. no downtilt). */
export type ParamValue = number | string | null;

/** The value at a catalogue path of `params` (undefined when the path names nothing). */
export function valueAt(params: unknown, path: readonly string[]): unknown {
  let o: unknown = params;
  for (const k of path) {
    if (typeof o !== 'object' || o === null) return undefined;
    o = (o as Record<string, unknown>)[k];
  }
  return o;
}

/** The full parameters of `overrides`, with every problem (field, value, rule); invalid fields keep the default. */
export function resolveParams(overrides: unknown): { params: CoverageParams; errors: ParamError[] } {
  return validateParams(overrides ?? {});
}

/** The overrides that give `params`: every catalogue field whose value differs from the default, nested. */
export function overridesOf(params: CoverageParams): ParamOverrides {
  const out: Record<string, unknown> = {};
  for (const e of PARAMS_CATALOGUE) {
    const v = valueAt(params, e.path);
    if (v === undefined || v === valueAt(COVERAGE_DEFAULTS, e.path)) continue;
    let o = out;
    for (const k of e.path.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
    o[e.path[e.path.length - 1]!] = v;
  }
  return out as ParamOverrides;
}

/** The overrides with one field set (`path` from the catalogue); a value equal to the default drops the override. */
export function withOverride(overrides: ParamOverrides, path: readonly string[], value: ParamValue): ParamOverrides {
  const { params } = resolveParams(overrides);
  const copy = JSON.parse(JSON.stringify(params)) as Record<string, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[path[path.length - 1]!] = value;
  return overridesOf(copy as CoverageParams);
}

/** True when the overrides change nothing (every field they name equals its default, or they name none). */
export function isDefaultOverrides(overrides: ParamOverrides): boolean {
  return Object.keys(overridesOf(resolveParams(overrides).params)).length === 0;
}

/** True when two sets of overrides give the same parameters. */
export function sameOverrides(a: ParamOverrides, b: ParamOverrides): boolean {
  return JSON.stringify(overridesOf(resolveParams(a).params)) === JSON.stringify(overridesOf(resolveParams(b).params));
}

/**
 * The parameters of a parameters file: a JSON object of overrides, or what `npm run calibrate` writes
 * (`{"params": {…}, "calibration": {…}}`, whose `params` are used).
 */
export function paramsOfFile(json: unknown): unknown {
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const o = json as Record<string, unknown>;
    if ('calibration' in o && typeof o['params'] === 'object' && o['params'] !== null) return o['params'];
  }
  return json;
}

/** The English message of each problem of a parameters file, prefixed with the file's name. */
export function paramFileErrors(errors: readonly ParamError[], file: string): string[] {
  return errors.map((e) => `${file}: ${e.message}`);
}
