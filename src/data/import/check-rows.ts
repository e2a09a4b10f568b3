/**
 * Runs the site checks (`SiteChecker` in `../../analysis/site-check.ts`) on rows that carry their own numbers, so
 * that every message names the row a person sees: a CSV file's one-based row (the header is row 1, rows spanning
 * several lines or blank lines shift the numbers) or a GeoJSON feature's zero-based index (`feature 0`). The
 * checker is given the number of each row, so no array as long as the file is made, and with the `feature` label
 * it writes `feature n` / `đối tượng n` and `repeats feature n` itself.
 *
 * A row's problems found while it was built (`RowProblems` of `site-rows.ts`: a held position, bands, dates) are
 * listed with the checker's own, in the checker's order, and the row is rejected once. A site keeps its row's
 * tower id (`withTowerId`), which the checker does not read.
 */
import { SiteChecker, type RowPrior, type SiteCheck } from '../../analysis/site-check.js';
import type { SiteCheckField } from '../../analysis/site-issue.js';
import type { DataIssue } from '../../domain/report.js';
import type { RawSiteRow, RowResult } from './site-rows.js';
import { withTowerId } from './tower-id.js';
import type { ColumnMapping, SiteField } from './types.js';

/** A raw row with its number: one-based row (delimited text) or zero-based feature index (GeoJSON). */
export type NumberedRow = { raw: RawSiteRow; n: number; prior?: RowPrior };

/** The numbered row of a built row, carrying its problems when it has any (see `buildSiteRow`). */
export function numberedRow(result: RowResult, n: number): NumberedRow {
  return result.ok ? { raw: result.raw, n } : { raw: result.raw, n, prior: result.problems };
}

/** `checkSites` with the rows' own numbers in every message and `index`; `columns`: header names for `column`. */
export function checkNumberedRows(
  rows: readonly NumberedRow[],
  source: string,
  label: 'row' | 'feature' = 'row',
  columns: Partial<Record<SiteCheckField, string>> = {},
): SiteCheck {
  const checker = new SiteChecker(source, { label, columns });
  const sites: SiteCheck['sites'] = [];
  const issues: DataIssue[] = [];
  for (const { raw, n, prior } of rows) {
    const site = checker.check(raw, n, issues, prior);
    if (site !== null) sites.push(withTowerId(site, raw));
  }
  return { sites, issues };
}

/** The header name of each mapped field, for messages' `column`. */
export function columnNames(mapping: ColumnMapping): Partial<Record<SiteField, string>> {
  const names: Partial<Record<SiteField, string>> = {};
  for (const [field, column] of Object.entries(mapping.columns) as [SiteField, number | null][]) {
    if (column !== null && mapping.header[column] !== undefined) names[field] = mapping.header[column];
  }
  return names;
}

/** How many distinct rows (or features) a list of row errors names; file-level entries (`index` null) count none. */
export function distinctRows(issues: readonly DataIssue[]): number {
  const rows = new Set<number>();
  for (const i of issues) if (i.index !== null) rows.add(i.index);
  return rows.size;
}
