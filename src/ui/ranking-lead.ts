/**
 * The ranked table's operator comparison (issue #17.5): the leading operator of each row's area for the table's
 * technology, basis and coverage level (operator-lead.ts), and the ranked table's CSV with it as extra columns.
 * Pure: no React, no DOM.
 */
import type { AreaResult } from '../analysis/engine/types.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { Basis } from '../domain/basis.js';
import { OPERATOR_NAMES, type Technology } from '../domain/telecom.js';
import type { Lang } from '../domain/lang.js';
import { operatorLead, type OperatorLead } from '../analysis/operator-lead.js';
import { OPERATOR_COVERS_MIN_PERCENT, operatorsCovering } from '../analysis/operators-covering.js';
import { toCsv, type CsvMeta, type TableRow } from './ranking.js';
import { figuresText } from './messages/figures.js';

/** A row's comparison: the lead (percent 0–100 on the table's basis) and how many operators cover half the area. */
export type RowLead = OperatorLead & { covering: number };

/** The lead of each area of `results`, by id, for `tech` on `basis` at `level`. */
export function leadsOf(
  results: readonly AreaResult[],
  tech: Technology,
  basis: Basis,
  level: CoverageLevel,
): Map<string, RowLead> {
  return new Map(
    results.map((r) => [
      r.id,
      { ...operatorLead(r, tech, basis, level), covering: operatorsCovering(r, tech, level).length },
    ]),
  );
}

/** The leading operators' names, tied ones joined by ` = `; empty when none covers the area. */
export function leadNames(lead: OperatorLead): string {
  return lead.operators.map((o) => OPERATOR_NAMES[o]).join(' = ');
}

/**
 * The ranked table's CSV (ranking.ts `toCsv`: BOM, RFC 4180, dot decimals) with four columns after its own: the
 * leading operator(s), their share with 2 decimals, the number of operators with the technology and the coverage
 * level's name. A row without a lead leaves the first two empty.
 */
export function toCsvWithLead(
  rows: readonly TableRow[],
  leads: ReadonlyMap<string, RowLead>,
  lang: Lang,
  meta: CsvMeta & { levelLabel: string },
): string {
  const f = figuresText(lang);
  const empty = toCsv([], lang, meta);
  const header = empty.slice(0, -2);
  const extraHeader = ['figures.csv.lead', 'figures.csv.leadPct', 'figures.csv.covering', 'figures.csv.level'] as const;
  const p = String(OPERATOR_COVERS_MIN_PERCENT);
  const lines = [[header, ...extraHeader.map((k) => field(f(k).replace('{p}', p)))].join(',')];
  for (const r of rows) {
    // One row at a time through toCsv keeps its quoting and number formats: its line follows the header.
    const line = toCsv([r], lang, meta).slice(empty.length, -2);
    const lead = leads.get(r.id);
    const extra = lead
      ? [
          field(leadNames(lead)),
          lead.operators.length > 0 ? lead.percent.toFixed(2) : '',
          String(lead.covering),
          field(meta.levelLabel),
        ]
      : ['', '', '', field(meta.levelLabel)];
    lines.push([line, ...extra].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 quoting (names hold no formula characters; `=` between tied names is mid-field). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
