/**
 * Line and data-row numbers of a streamed site import (`import-sites.ts`): the physical line a record starts on
 * and its ordinal among the data records differ after a quoted line break or a blank line. The stream notes where
 * that gap changes; issues found after the stream (OpenCelliD, checked at the end) get both numbers from it.
 *
 * Split from `import-sites.ts`: a small piece of state with its own search, apart from reading records.
 */
import type { DataIssue } from '../../domain/report.js';

/**
 * Data row (1-based, among records after the header) of the record starting on `line`, from the points where the
 * gap between lines and data rows changed (multi-line records, blank lines): `[line, dataRow]` pairs in order.
 */
export function dataRowOf(breaks: readonly (readonly [number, number])[], line: number): number {
  let lo = 0;
  let hi = breaks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (breaks[mid]![0] <= line) lo = mid;
    else hi = mid - 1;
  }
  const [l, d] = breaks[lo] ?? [2, 1];
  return d + (line - l);
}

/** The points where line − data row changes, noted as records arrive, to number issues found later. */
export class RowLines {
  // Where line − data row changes (a record over several lines, blank lines): [line, data row].
  private readonly breaks: [number, number][] = [];
  private gap = -1;

  /** Notes that the record starting on `line` is data row `dataRow`. */
  note(line: number, dataRow: number): void {
    if (line - dataRow !== this.gap) {
      this.gap = line - dataRow;
      this.breaks.push([line, dataRow]);
    }
  }

  /** Gives a row issue without a line its line and data row (in place); returns it. */
  place(issue: DataIssue): DataIssue {
    if (issue.index !== null && issue.line === undefined) {
      issue.line = issue.index;
      issue.dataRow = dataRowOf(this.breaks, issue.index);
    }
    return issue;
  }
}
