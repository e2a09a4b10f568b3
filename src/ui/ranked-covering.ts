/**
 * The ranked table's operators column (issue #17, operator comparison): its header and tooltip, and the order of
 * rows sorted by it. The count is `RowLead.covering` (ranking-lead.ts): how many operators cover at least
 * `OPERATOR_COVERS_MIN_PERCENT` percent of the area with the table's technology (analysis/operators-covering.ts),
 * the figure the area panel shows as "Số nhà mạng phủ 5G ít nhất 50 % diện tích" and the CSV writes. Pure.
 */
import { OPERATOR_COVERS_MIN_PERCENT } from '../analysis/operators-covering.js';
import type { Lang } from '../domain/lang.js';
import type { Technology } from '../domain/telecom.js';
import { rankedCoveringText } from './messages/ranked-covering.js';
import { sortRows, type SortDir, type TableRow } from './ranking.js';
import type { RowLead } from './ranking-lead.js';

/** The column's sort key beside ranking.ts's. */
export const COVERING_KEY = 'covering';

/** @default the direction the column starts in: the fewest operators first, as the table puts the worst first */
export const COVERING_SORT_DIR: SortDir = 'asc';

/** The column's header and tooltip for the table's technology (a generic text when it is not known). */
export function coveringHeader(lang: Lang, tech: Technology | null): { label: string; title: string } {
  const w = rankedCoveringText(lang);
  const fill = (text: string) =>
    text.replaceAll('{tech}', tech ?? '').replaceAll('{p}', String(OPERATOR_COVERS_MIN_PERCENT));
  return tech === null
    ? { label: w('rankedCovering.colAny'), title: fill(w('rankedCovering.titleAny')) }
    : { label: fill(w('rankedCovering.col')), title: fill(w('rankedCovering.title')) };
}

/**
 * Rows by their operators count in `dir`; rows with the same count keep the table's own first order (least covered
 * first, see ranking.ts), and a row without a count goes last.
 */
export function sortByCovering(
  rows: readonly TableRow[],
  leads: ReadonlyMap<string, RowLead>,
  dir: SortDir,
  lang: Lang,
): TableRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const count = (r: TableRow) => leads.get(r.id)?.covering ?? null;
  return sortRows(rows, 'percent', 'asc', lang).sort((a, b) => {
    const [ca, cb] = [count(a), count(b)];
    if (ca === null || cb === null) return ca === cb ? 0 : ca === null ? 1 : -1;
    return sign * (ca - cb);
  });
}
