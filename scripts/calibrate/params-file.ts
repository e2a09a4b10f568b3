/**
 * A coverage-parameter file for `npm run calibrate -- --params FILE.json`: a JSON object whose members replace the
 * defaults' (`COVERAGE_DEFAULTS`), at any depth (`{"linkBudget": {"4G": {"rsrpThresholdDbm": -112}}}` changes one
 * figure), or a calibration this command wrote (`{"params": {…}, "calibration": {…}}`: its `params` are used, so
 * a calibrated model can be fitted again). Each member must exist in the defaults and have the same JSON type;
 * every mistake is reported, naming the file, the member's path, the value and what it must be.
 */
import { COVERAGE_DEFAULTS, type CoverageParams } from '../../src/analysis/coverage/model.js';

/** The parameters a file gives, or every mistake in it (English messages naming the file). */
export function parseParamsJson(text: string, name: string): { params: CoverageParams } | { errors: string[] } {
  let root: unknown;
  try {
    root = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (err) {
    return { errors: [`${name}: not JSON (${err instanceof Error ? err.message : String(err)})`] };
  }
  if (isObject(root) && isObject(root['params']) && 'calibration' in root) root = root['params'];
  const errors: string[] = [];
  const merged = merge(COVERAGE_DEFAULTS, root, '', name, errors);
  return errors.length > 0 ? { errors } : { params: merged as CoverageParams };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** `value` over `base`, member by member; mistakes go to `errors`. */
function merge(base: unknown, value: unknown, at: string, name: string, errors: string[]): unknown {
  const where = at === '' ? 'the file' : `"${at}"`;
  if (isObject(base)) {
    if (!isObject(value)) {
      errors.push(`${name}: ${where} is ${kindOf(value)} — it must be an object of parameters`);
      return base;
    }
    const out: Record<string, unknown> = { ...base };
    for (const [key, v] of Object.entries(value)) {
      const path = at === '' ? key : `${at}.${key}`;
      if (!Object.hasOwn(base, key)) {
        errors.push(`${name}: "${path}" is no parameter — the parameters here are ${Object.keys(base).join(', ')}`);
        continue;
      }
      out[key] = merge(base[key], v, path, name, errors);
    }
    return out;
  }
  if (typeof base === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) {
    errors.push(`${name}: ${where} is ${JSON.stringify(value)} — it must be a number`);
    return base;
  }
  if (typeof base !== 'number' && kindOf(value) !== kindOf(base)) {
    errors.push(`${name}: ${where} is ${JSON.stringify(value)} — it must be a ${kindOf(base)}`);
    return base;
  }
  return value;
}
