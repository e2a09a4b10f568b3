/**
 * Results as JSON without repeating themselves: an area's `coverage` is the same object as its
 * `byLevel.outdoor` (engine/types.ts), so it is left out when written and linked again when read. A third of a
 * stored first view's size.
 */

type Linked = { byLevel?: { outdoor?: unknown }; coverage?: unknown };

const isResult = (v: unknown): v is Linked =>
  typeof v === 'object' && v !== null && 'byLevel' in v && typeof (v as Linked).byLevel === 'object';

/** JSON text of `value` (any results: an area, a service's answer), each area's `coverage` left out. */
export function resultsToJson(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key, v: unknown) {
    return key === 'coverage' && isResult(this) && this.coverage === this.byLevel?.outdoor ? undefined : v;
  });
}

/** Parses text written by {@link resultsToJson}: each area's `coverage` is its `byLevel.outdoor` again. */
export function resultsFromJson<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (isResult(v) && v.coverage === undefined) v.coverage = v.byLevel!.outdoor;
    return v;
  }) as T;
}
