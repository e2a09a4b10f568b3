/**
 * Runs `checkSites` on rows that carry their own numbers, so that its messages name the row a person sees.
 *
 * `checkSites` numbers its input from 1 (`rows[0]` is "row 1"), but a CSV file's first data row is row 2 (the
 * header is row 1, as `csv.ts` and `DataIssue` count), and rows spanning several lines or skipped blank lines
 * shift the numbers further. Rather than re-implement its rules, each raw row is placed at index `row − 1` of a
 * sparse array: `checkSites` walks it with `forEach`, which skips holes (ECMAScript Array.prototype.forEach), so
 * "row n" and "repeats row n" in its messages are the file's row numbers.
 *
 * GeoJSON features are numbered from 0 (`feature 0`, as in `geojson-input.ts`): their messages are rewritten from
 * `row n` to `feature n − 1`, the only place the word appears in `checkSites`' fixed prefix and duplicate wording.
 */
import { checkSites, type SiteCheck } from '../../analysis/site-check';
import type { DataIssue } from '../../domain/report';
import type { RawSiteRow } from './site-rows';

/** A raw row with its number: one-based row (delimited text) or zero-based feature index (GeoJSON). */
export type NumberedRow = { raw: RawSiteRow; n: number };

/** `checkSites` with the rows' own numbers in every message and `index`. */
export function checkNumberedRows(rows: readonly NumberedRow[], source: string, label: 'row' | 'feature' = 'row'): SiteCheck {
  const offset = label === 'row' ? 0 : 1;
  let length = 0;
  for (const { n } of rows) length = Math.max(length, n + offset);
  const sparse: unknown[] = new Array(length);
  for (const { raw, n } of rows) sparse[n + offset - 1] = raw;
  const result = checkSites(sparse, source);
  if (label === 'row') return result;
  const prefix = `${source}: row `;
  const issues = result.issues.map((issue) => {
    const index = (issue.index ?? 1) - 1;
    const message = issue.message
      .replace(`${prefix}${index + 1}`, () => `${source}: feature ${index}`)
      .replace(/ repeats row (\d+)/, (_, r: string) => ` repeats feature ${Number(r) - 1}`);
    return { ...issue, index, message };
  });
  return { sites: result.sites, issues };
}

/** How many distinct rows (or features) a list of row errors names; file-level entries (`index` null) count none. */
export function distinctRows(issues: readonly DataIssue[]): number {
  return new Set(issues.filter((i) => i.index !== null).map((i) => i.index)).size;
}
