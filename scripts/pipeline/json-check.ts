/**
 * Typed reading of the project's curated JSON files (`data/*.json`): each accessor returns the value with its
 * type or throws one error naming the file, the path inside it, the value and the rule it broke, e.g.
 * `data/sources.json: layers.city.sample: "no" — must be true or false`. No blind casts: a file that drifts
 * from its shape stops the pipeline at load, not three steps later.
 */

/** Accessors bound to one file; `at` is the path of the value inside the file (`layers.city.licence`; `''`, the root). */
export type JsonCheck = {
  fail(at: string, value: unknown, rule: string): never;
  object(value: unknown, at: string): Record<string, unknown>;
  /** A non-empty string. */
  string(value: unknown, at: string): string;
  /** A finite number within [min, max]. */
  number(value: unknown, at: string, min?: number, max?: number): number;
  boolean(value: unknown, at: string): boolean;
  /** One of the allowed strings. */
  oneOf<T extends string>(value: unknown, at: string, allowed: readonly T[]): T;
  /** An array, each item read by `item`. */
  array<T>(value: unknown, at: string, item: (v: unknown, at: string) => T): T[];
  /** An object with exactly the keys `keys` (none missing, none extra), each read by `item`. */
  record<K extends string, T>(
    value: unknown,
    at: string,
    keys: readonly K[],
    item: (v: unknown, at: string) => T,
  ): Record<K, T>;
};

function numberRule(min: number, max: number): string {
  if (min === -Infinity && max === Infinity) return 'must be a finite number';
  if (max === Infinity) return `must be a number ≥ ${min}`;
  if (min === -Infinity) return `must be a number ≤ ${max}`;
  return `must be a number from ${min} to ${max}`;
}

/** The path of key `k` inside the value at `at` (`''` is the file's root). */
const join = (at: string, k: string) => (at === '' ? k : `${at}.${k}`);

/** The accessors for one file, named as it should appear in errors (repository-relative, `data/x.json`). */
export function jsonCheck(file: string): JsonCheck {
  const show = (v: unknown): string => {
    const s = JSON.stringify(v);
    return s === undefined ? 'missing' : s.length > 60 ? `${s.slice(0, 57)}…` : s;
  };
  const fail = (at: string, value: unknown, rule: string): never => {
    throw new Error(`${file}: ${at || '(root)'}: ${show(value)} — ${rule}`);
  };
  const object = (value: unknown, at: string): Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : fail(at, value, 'must be an object');
  return {
    fail,
    object,
    string: (value, at) =>
      typeof value === 'string' && value.length > 0 ? value : fail(at, value, 'must be a non-empty string'),
    number: (value, at, min = -Infinity, max = Infinity) =>
      typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
        ? value
        : fail(at, value, numberRule(min, max)),
    boolean: (value, at) => (typeof value === 'boolean' ? value : fail(at, value, 'must be true or false')),
    oneOf: <T extends string>(value: unknown, at: string, allowed: readonly T[]): T =>
      allowed.includes(value as T) ? (value as T) : fail(at, value, `must be one of ${allowed.join(', ')}`),
    array: <T>(value: unknown, at: string, item: (v: unknown, at: string) => T): T[] =>
      Array.isArray(value) ? value.map((v, i) => item(v, `${at}[${i}]`)) : fail(at, value, 'must be an array'),
    record: <K extends string, T>(
      value: unknown,
      at: string,
      keys: readonly K[],
      item: (v: unknown, at: string) => T,
    ): Record<K, T> => {
      const o = object(value, at);
      for (const k of Object.keys(o))
        if (!keys.includes(k as K)) fail(join(at, k), o[k], `unknown key: the keys are ${keys.join(', ')}`);
      const out = {} as Record<K, T>;
      for (const k of keys) out[k] = item(o[k], join(at, k));
      return out;
    },
  };
}
