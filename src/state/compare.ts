/**
 * What the change map compares the figures in use with: the end of an earlier year, or another data source —
 * the sample sites (once imported sites are in use) or the imported sites alone (when they join the sample).
 * Data sources are compared as of the map's date.
 */
import type { DataSourceKind } from './slices/layers.js';
import type { SiteProvenance } from '../domain/provenance.js';

/** A comparison target: a year's end (`date` ISO `YYYY-12-31`), or a data source. */
export type CompareTarget = { kind: 'year-end'; date: string } | { kind: 'source'; source: DataSourceKind };

/** The data sources the change map can compare with, in the order the menu lists them. */
export const COMPARE_SOURCES: readonly DataSourceKind[] = ['sample', 'imported'];

/** The end of a year as a target. */
export function yearEnd(year: number): CompareTarget {
  return { kind: 'year-end', date: `${year}-12-31` };
}

/**
 * Whether a data source can be compared with the sites in use: the sample once imported sites are in use
 * (instead of it or with it), the imported sites alone once they join the sample.
 */
export function sourceAvailable(source: DataSourceKind, sites: SiteProvenance): boolean {
  return source === 'sample' ? sites !== 'sample' : sites === 'mixed';
}

/** True when a target is a data source that the sites in use no longer allow (its import was removed). */
export function targetGone(target: CompareTarget, sites: SiteProvenance): boolean {
  return target.kind === 'source' && !sourceAvailable(target.source, sites);
}

/**
 * A target as one string: the date (`2024-12-31`) or `source:sample` / `source:imported`. The menu's option
 * values, the translation keys (`compare.source:sample`) and the worker's `compare` message use it.
 */
export function targetKey(target: CompareTarget): string {
  return target.kind === 'year-end' ? target.date : `source:${target.source}`;
}

/** The target a `targetKey` string names, or null for anything else (the empty "no comparison" option). */
export function parseTargetKey(key: string): CompareTarget | null {
  if (key === 'source:sample' || key === 'source:imported')
    return { kind: 'source', source: key === 'source:sample' ? 'sample' : 'imported' };
  return /^\d{4}-12-31$/.test(key) ? { kind: 'year-end', date: key } : null;
}

/** Whether two targets name the same comparison (null: none). */
export function sameTarget(a: CompareTarget | null, b: CompareTarget | null): boolean {
  return a === null || b === null ? a === b : targetKey(a) === targetKey(b);
}
