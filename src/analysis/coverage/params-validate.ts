/**
 * Validation of a parameters file (`--params FILE.json`, or parameters carried in a link) against the catalogue:
 * a partial CoverageParams whose fields override the defaults. Every problem is returned, none thrown: an error
 * names the field, the value and the rule, in English, with a message key for the interface.
 */
import { COVERAGE_DEFAULTS, type CoverageParams } from './params.js';
import { PARAMS_CATALOGUE, type ParamEntry } from './params-catalogue.js';

/** Message keys of the errors (strings in src/ui/messages/model.ts). */
export type ParamErrorKey =
  | 'model.params.error.notObject'
  | 'model.params.error.unknown'
  | 'model.params.error.type'
  | 'model.params.error.range'
  | 'model.params.error.integer'
  | 'model.params.error.enum';

/** One problem of a parameters file. */
export type ParamError = {
  /** Dotted path of the field, e.g. 'linkBudget.4G.txPowerDbm' ('' for the whole file). */
  path: string;
  value: unknown;
  /** The rule it broke, e.g. 'a number from 20 to 60'. */
  rule: string;
  /** English message: `<path>: <value> is not <rule>`. */
  message: string;
  key: ParamErrorKey;
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function ruleText(e: ParamEntry): string {
  const r = e.rule;
  if (r.kind === 'enum') return `one of ${r.values.map((v) => `'${v}'`).join(', ')}`;
  const kind = r.integer ? 'an integer' : 'a number';
  return `${kind} from ${r.min} to ${r.max}${r.nullable ? ' or null' : ''}`;
}

function error(path: string, value: unknown, rule: string, key: ParamErrorKey): ParamError {
  return { path, value, rule, key, message: `${path || 'parameters'}: ${JSON.stringify(value)} is not ${rule}` };
}

function check(e: ParamEntry, value: unknown): ParamErrorKey | null {
  const r = e.rule;
  if (r.kind === 'enum')
    return typeof value === 'string' && r.values.includes(value) ? null : 'model.params.error.enum';
  if (value === null) return r.nullable ? null : 'model.params.error.type';
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'model.params.error.type';
  if (r.integer && !Number.isInteger(value)) return 'model.params.error.integer';
  return value < r.min || value > r.max ? 'model.params.error.range' : null;
}

/** Deep copy of the defaults, so that valid fields can be written in place. */
function copyDefaults(): CoverageParams {
  return JSON.parse(JSON.stringify(COVERAGE_DEFAULTS)) as CoverageParams;
}

/** Paths of the catalogue's groups (objects), dotted, and of its leaves. */
const LEAVES = new Map(PARAMS_CATALOGUE.map((e) => [e.path.join('.'), e]));
const GROUPS = new Set(
  PARAMS_CATALOGUE.flatMap((e) => e.path.slice(0, -1).map((_, i) => e.path.slice(0, i + 1).join('.'))),
);

/**
 * Checks a parsed JSON value as parameters: an object with any subset of CoverageParams' fields. Returns the
 * defaults overridden by every valid field, and an error for every unknown field, wrong type or value out of its
 * catalogue range (then the default is kept). The ranges keep minRangeM ≤ 1000 m ≤ maxRangeM.
 */
export function validateParams(json: unknown): { params: CoverageParams; errors: ParamError[] } {
  const params = copyDefaults();
  const errors: ParamError[] = [];
  if (!isRecord(json)) return { params, errors: [error('', json, 'a JSON object', 'model.params.error.notObject')] };
  const walk = (obj: Record<string, unknown>, prefix: readonly string[]) => {
    for (const [k, v] of Object.entries(obj)) {
      const path = [...prefix, k];
      const dotted = path.join('.');
      const entry = LEAVES.get(dotted);
      if (entry !== undefined) {
        const bad = check(entry, v);
        if (bad !== null) errors.push(error(dotted, v, ruleText(entry), bad));
        else setAt(params, path, v);
      } else if (GROUPS.has(dotted)) {
        if (isRecord(v)) walk(v, path);
        else errors.push(error(dotted, v, 'an object', 'model.params.error.type'));
      } else errors.push(error(dotted, v, 'a parameter of the model', 'model.params.error.unknown'));
    }
  };
  walk(json, []);
  return { params, errors };
}

function setAt(target: object, path: readonly string[], value: unknown): void {
  let o = target as Record<string, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[path[path.length - 1]!] = value;
}
