/**
 * What the change map compares the figures in use with: the end of an earlier year (`YYYY-12-31`), or another
 * data source — the sample sites (`source:sample`, once imported sites are in use) or the imported sites alone
 * (`source:imported`, when they join the sample). Data sources are compared as of the map's date.
 */
export const COMPARE_SOURCES = ['source:sample', 'source:imported'] as const;
export type CompareSource = (typeof COMPARE_SOURCES)[number];

/** True when `compareWith` names a data source rather than a date. */
export function isSourceComparison(compareWith: string): compareWith is CompareSource {
  return (COMPARE_SOURCES as readonly string[]).includes(compareWith);
}

/**
 * Whether a data source can be compared with the sites in use: the sample once imported sites are in use
 * (instead of it or with it), the imported sites alone once they join the sample.
 */
export function sourceAvailable(source: CompareSource, sites: 'sample' | 'imported' | 'mixed'): boolean {
  return source === 'source:sample' ? sites !== 'sample' : sites === 'mixed';
}
